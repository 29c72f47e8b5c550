package dev.clausius.figures.describe;

import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.optional.Translation;

import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;

/**
 * The pieces every panel's description is made of, in the words of one {@link Texts}: numbers at
 * three significant digits in the language's digits, "not defined" for NaN, symbols as they are
 * (S_AB, T_gen), and lists joined with the language's separators ({@code a11y.list}, {@code a11y.groups}).
 */
final class Phrases {
    /** Significant digits of every value a description reads out. */
    static final int DIGITS = 3;
    /** Magnitudes below this are round-off, read out as 0 (as the scene draws them as nothing). */
    static final double ZERO = 1e-12;

    private final Texts texts;

    Phrases(Texts texts) {
        this.texts = texts;
    }

    String get(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /** {@code value} at {@link #DIGITS} significant digits; "not defined" for NaN; round-off as 0. */
    String number(double value) {
        if (Double.isNaN(value)) {
            return texts.get("a11y.notDefined");
        }
        return texts.number(Math.abs(value) < ZERO ? 0.0 : value, DIGITS);
    }

    /** A time as the transport shows it: at most two decimals, no trailing zeros, in the language's digits. */
    String time(double t) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(t);
    }

    /** "S_A 0.663" */
    String value(String symbol, double value) {
        return texts.get("a11y.value", symbol, number(value));
    }

    /** "S_AB 1.03 constant": a value whose invariant holds. */
    String constant(String symbol, double value) {
        return texts.get("a11y.constant", value(symbol, value));
    }

    /** Items joined as a list ("a, b, c"). */
    String list(List<String> items) {
        return join(items, "a11y.list");
    }

    /** Groups of items joined ("a, b; c"). */
    String groups(List<String> groups) {
        return join(groups, "a11y.groups");
    }

    private String join(List<String> items, String key) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            joined = texts.get(key, joined, items.get(i));
        }
        return joined;
    }

    /** The preset's name in this language where its {@code translations} give one, else its own. */
    String presetName(Preset preset) {
        return preset.options().translation(texts.language().tag()).map(Translation::name).filter(Objects::nonNull)
                .orElse(preset.name());
    }

    /** "Entropies at t = 31.25: ..." for the panel {@code panel} (its name under {@code a11y.panel.*}). */
    String at(String panel, double t, String what) {
        return texts.get("a11y.at", panelName(panel), time(t), what);
    }

    /** "Entropies: no frame yet" */
    String noFrame(String panel) {
        return texts.get("a11y.noFrame", panelName(panel));
    }

    String panelName(String panel) {
        return texts.get("a11y.panel." + panel);
    }
}
