package dev.clausius.app.session;

import dev.clausius.preset.Preset;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One editable number of a preset: where it sits in the JSON, its bounds, and how to build the
 * preset with a new value (records are immutable, so a change makes a new Preset).
 *
 * @param category the sheet's group, e.g. "A", "temperatures", "time"
 * @param path     the JSON path, e.g. {@code $.A.omega}, in messages
 * @param integer  true for counts (levels, spins, cycles)
 */
public record Parameter(String category, String name, String path, String description, double value,
                        double min, double max, boolean integer, DoubleFunction<Preset> with) {

    /** Null if {@code candidate} is in bounds, else the one-line reason. */
    public String boundsProblem(double candidate) {
        if (Double.isNaN(candidate)) {
            return path + ": not a number";
        }
        if (integer && candidate != Math.rint(candidate)) {
            return path + ": must be a whole number, got " + format(candidate);
        }
        if (candidate < min || candidate > max) {
            return path + ": must be between " + format(min) + " and " + format(max) + ", got " + format(candidate);
        }
        return null;
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
