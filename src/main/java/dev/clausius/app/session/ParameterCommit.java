package dev.clausius.app.session;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.write.PresetWriter;

/**
 * Turns the text typed into a parameter's field into a validated preset, or the one-line reason it
 * is not one. The bounds are checked first; then the new preset goes through the preset writer and
 * reader, so the message is the reader's own (with its JSON path) and no check is written twice.
 */
public final class ParameterCommit {
    private ParameterCommit() {
    }

    /** Exactly one of the two is non-null. */
    public record Result(Preset preset, String problem) {
    }

    public static Result commit(Parameter parameter, String text, String source) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return new Result(null, parameter.path() + ": not a number: \"" + text.trim() + "\"");
        }
        return commit(parameter, value, source);
    }

    /** As {@link #commit(Parameter, String, String)} for a number (a slider's value). */
    public static Result commit(Parameter parameter, double value, String source) {
        String bounds = parameter.boundsProblem(value);
        if (bounds != null) {
            return new Result(null, bounds);
        }
        try {
            Preset candidate = parameter.with().apply(value);
            return new Result(PresetReader.parse(PresetWriter.toJson(candidate), source), null);
        } catch (PresetException e) {
            return new Result(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Result(null, parameter.path() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}
