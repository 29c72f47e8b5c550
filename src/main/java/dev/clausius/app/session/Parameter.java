package dev.clausius.app.session;

import dev.clausius.preset.Preset;

import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * One editable number of a preset: where it sits in the JSON, its bounds, what kind of quantity it
 * is (which decides its slider's scale and grid, {@link SliderScale}) and how to build the preset
 * with a new value (records are immutable, so a change makes a new Preset).
 *
 * @param category the sheet's group, e.g. "A", "temperatures", "time" (in the sheet's language)
 * @param name     the symbol, e.g. T_A, g, omega (never translated)
 * @param path     the JSON path, e.g. {@code $.A.omega}, in messages and as the key of the preset's {@code ranges}
 * @param kind     what the number is: a count, a half-integer spin, a rate, a temperature or another amount
 */
public record Parameter(String category, String name, String path, String description, double value,
                        double min, double max, Kind kind, DoubleFunction<Preset> with) {

    /** What a parameter counts or measures, as far as its slider cares. */
    public enum Kind {
        /** Any real amount (frequencies, couplings, times), linear slider. */
        AMOUNT,
        /** A rate (bath coupling): log slider when its span covers decades. */
        RATE,
        /** A temperature: log slider when its span covers decades. */
        TEMPERATURE,
        /** A whole number (levels, spins, cycles). */
        COUNT,
        /** A multiple of 1/2 (a spin's j). */
        HALF_INTEGER
    }

    /** True for counts (levels, spins, cycles). */
    public boolean integer() {
        return kind == Kind.COUNT;
    }

    /** Null if {@code candidate} is in bounds, else the one-line reason. */
    public String boundsProblem(double candidate) {
        if (Double.isNaN(candidate)) {
            return path + ": not a number";
        }
        if (integer() && candidate != Math.rint(candidate)) {
            return path + ": must be a whole number, got " + format(candidate);
        }
        if (candidate < min || candidate > max) {
            return path + ": must be between " + format(min) + " and " + format(max) + ", got " + format(candidate);
        }
        return null;
    }

    /**
     * {@code v} as the sheet shows it in {@code texts}' language: {@link #format} in English, else the
     * same digits with the language's decimal sign and numerals (0,05; ۰٫۰۵), which
     * {@link ParameterCommit} reads back. Slider ends, pin legends and the fields all write it so.
     */
    public static String format(Texts texts, double v) {
        if (texts.language() == Language.ENGLISH) {
            return format(v);
        }
        NumberFormat shown = NumberFormat.getNumberInstance(texts.locale());
        shown.setMaximumFractionDigits(12);
        shown.setGroupingUsed(false);
        return shown.format(Double.parseDouble(format(v)));
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
