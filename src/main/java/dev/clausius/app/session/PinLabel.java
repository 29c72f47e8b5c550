package dev.clausius.app.session;

import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pin's legend text: what its preset has that the live one has not, in the parameter sheet's
 * names and numbers ({@code pin 1: g = 0.1, T_B = 3}); the pin's preset name first when it is
 * another preset; {@code pin 1 (same)} when the two presets are equal.
 */
public final class PinLabel {
    private PinLabel() {
    }

    public static String of(int number, Preset pinned, Preset live) {
        return of(Texts.english(), number, pinned, live);
    }

    /** As {@link #of(int, Preset, Preset)}, in {@code texts}' words and numbers (Pin 1: g = 0,05). */
    public static String of(Texts texts, int number, Preset pinned, Preset live) {
        if (pinned.equals(live)) {
            return texts.get("pin.same", number);
        }
        List<String> parts = new ArrayList<>();
        if (!pinned.name().equals(live.name())) {
            parts.add(PresetTexts.of(pinned, texts.language()).name());
        }
        parts.addAll(differences(texts, pinned, live));
        return parts.isEmpty() ? texts.get("pin.sameParameters", number)
                : texts.get("pin.label", number, String.join(", ", parts));
    }

    /**
     * {@code name = value} for every parameter of {@code pinned} that {@code live} lacks or has at
     * another value, matched by JSON path, in the sheet's order.
     */
    public static List<String> differences(Preset pinned, Preset live) {
        return differences(Texts.english(), pinned, live);
    }

    /** As {@link #differences(Preset, Preset)}, with the numbers in {@code texts}' language. */
    public static List<String> differences(Texts texts, Preset pinned, Preset live) {
        Map<String, Double> liveValues = new HashMap<>();
        for (Parameter parameter : PresetParameters.of(live)) {
            liveValues.put(parameter.path(), parameter.value());
        }
        List<Parameter> parameters = PresetParameters.of(pinned);
        List<String> out = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Double value = liveValues.get(parameter.path());
            if (value == null || Double.compare(value, parameter.value()) != 0) {
                out.add(name(parameter, parameters) + " = " + Parameter.format(texts, parameter.value()));
            }
        }
        return out;
    }

    /**
     * The sheet's name without its note in brackets ("g (real part)" is g), with the group as a
     * subscript where two groups share the name (omega_A, omega_B).
     */
    static String name(Parameter parameter, List<Parameter> all) {
        String name = bare(parameter.name());
        long same = all.stream().filter(p -> bare(p.name()).equals(name)).count();
        return same > 1 ? name + "_" + parameter.category() : name;
    }

    private static String bare(String name) {
        int bracket = name.indexOf(" (");
        return bracket < 0 ? name : name.substring(0, bracket);
    }
}
