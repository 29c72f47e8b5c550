package dev.clausius.app.session;

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
        String pin = "pin " + number;
        if (pinned.equals(live)) {
            return pin + " (same)";
        }
        List<String> parts = new ArrayList<>();
        if (!pinned.name().equals(live.name())) {
            parts.add(pinned.name());
        }
        parts.addAll(differences(pinned, live));
        return parts.isEmpty() ? pin + " (same parameters)" : pin + ": " + String.join(", ", parts);
    }

    /**
     * {@code name = value} for every parameter of {@code pinned} that {@code live} lacks or has at
     * another value, matched by JSON path, in the sheet's order.
     */
    public static List<String> differences(Preset pinned, Preset live) {
        Map<String, Double> liveValues = new HashMap<>();
        for (Parameter parameter : PresetParameters.of(live)) {
            liveValues.put(parameter.path(), parameter.value());
        }
        List<Parameter> parameters = PresetParameters.of(pinned);
        List<String> out = new ArrayList<>();
        for (Parameter parameter : parameters) {
            Double value = liveValues.get(parameter.path());
            if (value == null || Double.compare(value, parameter.value()) != 0) {
                out.add(name(parameter, parameters) + " = " + Parameter.format(parameter.value()));
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
