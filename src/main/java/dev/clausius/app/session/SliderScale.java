package dev.clausius.app.session;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a parameter's slider maps its track to values: the span [min, max], linear or logarithmic,
 * and the round values it snaps to. Positions run from 0 (min) to 1 (max); every value a position
 * or a key gives is snapped and lies in [min, max] (docs/conventions.md, "Sliders").
 * <ul>
 * <li>Linear: values snap to multiples of {@code grid}, the 1-2-5 number at or above span/100 (at
 * least 1 for counts, 1/2 for spins); an arrow key moves one grid step, PageUp/PageDown ten.</li>
 * <li>Log: values snap to two significant digits; an arrow key moves 1/100 of the track (at least
 * to the next two-digit value), PageUp/PageDown 1/10.</li>
 * </ul>
 * Home and End go to the ends. min == max is a slider that cannot move.
 *
 * @param grid the linear snapping step (unused on a log scale)
 */
public record SliderScale(double min, double max, boolean log, double grid) {
    /** Arrow-key steps in one PageUp/PageDown. */
    public static final int PAGE = 10;
    /** A log slider's arrow step, as a part of its track. */
    static final double LOG_ARROW = 0.01;
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    public SliderScale {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("slider span must be finite with min <= max, got [" + min + ", " + max + "]");
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("a log slider needs min > 0, got " + min);
        }
        if (!log && !(grid > 0)) {
            throw new IllegalArgumentException("a linear slider needs a grid > 0, got " + grid);
        }
    }

    /** The 1-2-5 number (1, 2, 5, 10, 20, ... times a power of ten) at or above {@code x > 0}. */
    public static double roundStep(double x) {
        int exponent = (int) Math.floor(Math.log10(x));
        for (int e = exponent - 1; e <= exponent + 1; e++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                double step = new BigDecimal(mantissa).scaleByPowerOfTen(e).doubleValue();
                if (step >= x * (1 - 1e-12)) {
                    return step;
                }
            }
        }
        return new BigDecimal(1).scaleByPowerOfTen(exponent + 2).doubleValue();
    }

    /** The nearest snapped value to {@code value}, kept in [min, max]. */
    public double snap(double value) {
        double snapped;
        if (log) {
            snapped = value <= 0 ? min : BigDecimal.valueOf(value).round(TWO_DIGITS).doubleValue();
        } else {
            // k * grid in decimal: 3 * 0.1 is 0.3, not 0.30000000000000004
            snapped = BigDecimal.valueOf(Math.round(value / grid)).multiply(BigDecimal.valueOf(grid)).doubleValue();
        }
        return Math.max(min, Math.min(max, snapped));
    }

    /** The snapped value at {@code position} (clamped to [0, 1]) of the track. */
    public double value(double position) {
        double p = Math.max(0, Math.min(1, position));
        if (min == max) {
            return min;
        }
        double raw = log ? Math.exp(Math.log(min) + p * (Math.log(max) - Math.log(min))) : min + p * (max - min);
        return snap(raw);
    }

    /** Where {@code value} sits on the track, 0 to 1 (clamped). */
    public double position(double value) {
        if (min == max) {
            return 0;
        }
        double p = log ? (Math.log(Math.max(value, Double.MIN_NORMAL)) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (value - min) / (max - min);
        return Math.max(0, Math.min(1, p));
    }

    /** True if {@code value} lies in [min, max]. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * The value {@code steps} arrow-key steps from {@code value} ({@link #PAGE} for PageUp, negative
     * down), snapped and kept in [min, max]; a step from inside the span always moves unless at an end.
     */
    public double step(double value, int steps) {
        if (steps == 0 || min == max) {
            return snap(value);
        }
        double next;
        if (log) {
            next = value(position(value) + steps * LOG_ARROW);
            if (next == value || (steps > 0 ? next < value : next > value)) {
                // the two-digit rounding undid a small step: go to the neighbouring two-digit value
                double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
                next = snap(value + Math.signum(steps) * unit * (steps > 0 ? 1 : lowerUnit(value)));
            }
        } else {
            next = snap(value + steps * grid);
        }
        return next;
    }

    /** Below a power of ten the two-digit values are ten times closer (1.0 -> 0.99). */
    private static double lowerUnit(double value) {
        double mantissa = value / Math.pow(10, Math.floor(Math.log10(value)));
        return mantissa <= 1.0000001 ? 0.1 : 1;
    }
}
