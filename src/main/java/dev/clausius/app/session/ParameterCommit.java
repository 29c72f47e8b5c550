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
            value = Double.parseDouble(asciiNumber(text.trim()));
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

    /**
     * A number as typed in any of the explorer's languages, in Java's form: Persian and Arabic-Indic
     * digits become 0-9, and the decimal sign (Persian ٫, the comma of German and Spanish) a point.
     * The sheet writes no grouping, so a comma is never a thousands separator here.
     */
    static String asciiNumber(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u066B' || c == ',') {
                out.append('.');
            } else if (c == '\u2212') {
                out.append('-'); // the minus sign a locale may print
            } else if (c != '\u200E' && c != '\u200F' && c != '\u061C') {
                out.append(c); // direction marks are dropped
            }
        }
        return out.toString();
    }
}
