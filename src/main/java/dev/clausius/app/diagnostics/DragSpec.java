package dev.clausius.app.diagnostics;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.preset.Preset;

import java.util.Optional;

/**
 * The drag the diagnostics perform, {@code -Dclausius.drag=PATH=FROM:TO} (a parameter of the sheet
 * by its JSON path, e.g. {@code $.coupling[0].g=0.05:0.1}); with no property, the first coupling's g
 * from its value to twice it.
 */
record DragSpec(String path, double from, double to) {
    static final String PROPERTY = "clausius.drag";
    private static final String DEFAULT_PATH = "$.coupling[0].g";

    static DragSpec fromSystem(Preset preset) {
        String text = System.getProperty(PROPERTY);
        if (text == null) {
            double g = value(preset, DEFAULT_PATH).orElseThrow(() -> new IllegalArgumentException(
                    "-D" + PROPERTY + "=PATH=FROM:TO is needed: " + preset.name() + " has no " + DEFAULT_PATH));
            return new DragSpec(DEFAULT_PATH, g, 2 * g);
        }
        int equals = text.lastIndexOf('=');
        int colon = text.lastIndexOf(':');
        if (equals < 1 || colon < equals) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be PATH=FROM:TO, got " + text);
        }
        return new DragSpec(text.substring(0, equals), Double.parseDouble(text.substring(equals + 1, colon)),
                Double.parseDouble(text.substring(colon + 1)));
    }

    /** The sheet's parameter at {@link #path} of {@code preset}. */
    Parameter parameter(Preset preset) {
        return PresetParameters.of(preset).stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(preset.name() + " has no parameter " + path));
    }

    /** The {@code k}-th of {@code n} values from {@code start} to {@code end}. */
    static double between(double start, double end, int k, int n) {
        return n < 2 ? end : start + (end - start) * k / (n - 1);
    }

    static Optional<Double> value(Preset preset, String path) {
        return PresetParameters.of(preset).stream().filter(p -> p.path().equals(path)).findFirst().map(Parameter::value);
    }
}
