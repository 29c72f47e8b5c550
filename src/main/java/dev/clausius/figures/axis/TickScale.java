package dev.clausius.figures.axis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the ticks of one axis are written: plain decimals when the axis' largest magnitude lies in
 * [{@value #PLAIN_FROM}, {@value #PLAIN_BELOW}), otherwise mantissas under one power of ten shared
 * by every tick of the axis (named once, as "×10⁻⁴"). Never Java's "9.009477E-2".
 *
 * @param exponent the shared power of ten n (0: plain decimals)
 * @param decimals digits after the point of every label, enough to tell neighbouring ticks apart
 */
public record TickScale(int exponent, int decimals) {
    static final double PLAIN_FROM = 1e-3;
    static final double PLAIN_BELOW = 1e5;
    /** Beyond this many decimals a step is not a tick step but round-off (never reached by JFreeChart's units). */
    private static final int MAX_DECIMALS = 15;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char MINUS = '−';
    private static final char SUPERSCRIPT_MINUS = '⁻';

    /** The scale of an axis from {@code lower} to {@code upper} with ticks every {@code step}. */
    public static TickScale of(double lower, double upper, double step) {
        double magnitude = Math.max(Math.abs(lower), Math.abs(upper));
        int exponent = 0;
        if (Double.isFinite(magnitude) && magnitude > 0
                && (magnitude < PLAIN_FROM || magnitude >= PLAIN_BELOW)) {
            exponent = (int) Math.floor(Math.log10(magnitude));
            // log10 of 1e-5 may round to -5.000000000000001: keep the mantissa of the largest tick >= 1
            if (magnitude / Math.pow(10, exponent) >= 10) {
                exponent++;
            }
        }
        return new TickScale(exponent, decimalsFor(step / Math.pow(10, exponent)));
    }

    /** The fewest decimals that write {@code step} (a scaled tick step such as 0.25 or 5) exactly. */
    static int decimalsFor(double step) {
        if (!Double.isFinite(step) || step <= 0) {
            return 0;
        }
        for (int d = 0; d < MAX_DECIMALS; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-6 * scaled) {
                return d;
            }
        }
        return MAX_DECIMALS;
    }

    /** The tick label of {@code value}: its mantissa under this scale, a true minus sign, no "-0". */
    public String label(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : MINUS + "∞";
        }
        BigDecimal mantissa = new BigDecimal(value).movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_EVEN);
        if (mantissa.signum() == 0) {
            mantissa = mantissa.abs();
        }
        String text = mantissa.toPlainString();
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    /** "×10ⁿ" to set after the axis label, or "" for plain decimals. */
    public String power() {
        return exponent == 0 ? "" : "×" + powerOfTen(exponent);
    }

    /** The label with its power written out ("2.5×10⁻⁴"), for an axis whose label cannot carry it. */
    public String labelWithPower(double value) {
        return exponent == 0 ? label(value) : label(value) + power();
    }

    /** "10" with {@code n} as a Unicode superscript: 10⁻¹⁶. */
    public static String powerOfTen(int n) {
        StringBuilder text = new StringBuilder("10");
        if (n < 0) {
            text.append(SUPERSCRIPT_MINUS);
        }
        for (char digit : Integer.toString(Math.abs(n)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }

    /** The n of a "10ⁿ" written by {@link #powerOfTen}, or null if {@code text} is not one. */
    static Integer exponentOf(String text) {
        if (!text.startsWith("10") || text.length() < 3) {
            return null;
        }
        boolean negative = text.charAt(2) == SUPERSCRIPT_MINUS;
        if (negative && text.length() < 4) {
            return null;
        }
        int n = 0;
        for (int i = negative ? 3 : 2; i < text.length(); i++) {
            int digit = SUPERSCRIPT_DIGITS.indexOf(text.charAt(i));
            if (digit < 0 || i > 12) {
                return null;
            }
            n = 10 * n + digit;
        }
        return negative ? -n : n;
    }
}
