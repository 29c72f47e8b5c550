package dev.clausius.app.model;

import dev.clausius.i18n.Texts;

import java.text.NumberFormat;

/**
 * Numbers as the explorer shows them, in the window's language: its decimal separator and its
 * digits ("12,50" in German, "۱۲٫۵۰" in Persian). Files (CSV, JSON, the clipboard's data) never
 * use these; they keep Locale.ROOT at full precision.
 */
public final class ScreenNumber {
    private ScreenNumber() {
    }

    /** {@code value} with {@code decimals} decimals: the status bar's and the transport's times. */
    public static String fixed(Texts texts, double value, int decimals) {
        return String.format(texts.locale(), "%." + decimals + "f", value);
    }

    /** {@code value} as short as it is, up to six decimals ("0.5", "12.25"): a time in a notice. */
    public static String plain(Texts texts, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    /** A small check value, one decimal in scientific notation ("2.2e-16"), or "n/a" for NaN. */
    public static String scientific(Texts texts, double value) {
        return Double.isNaN(value) ? texts.get("number.na") : String.format(texts.locale(), "%.1e", value);
    }

    /** As {@link dev.clausius.figures.Charts#number}: four decimals, scientific when very small or large. */
    public static String of(Texts texts, double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5)) {
            return String.format(texts.locale(), "%.3e", value);
        }
        return fixed(texts, value, 4);
    }
}
