package dev.clausius.app.session;

import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.SliderRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The span of a parameter's slider (docs/conventions.md, "Sliders"): the preset's {@code ranges}
 * entry for its path if there is one, else a default from its kind; then kept inside the
 * parameter's bounds and shrunk to the values the preset reader accepts, so no slider position
 * gives a preset the reader refuses (dimension and memory limits, end/dt, temperature ratios).
 * The accepted values are assumed to form one interval around the current value, which holds for
 * every limit the reader has (each is a threshold on one number).
 */
public final class ParameterRange {
    /** A default span reaches this many times the current value. */
    public static final double FEW_TIMES = 4;
    /** A rate or temperature slider is logarithmic when its span covers this many decades (and min > 0). */
    public static final double LOG_DECADES = 1.5;
    /** A default log span reaches down to the value divided by this, at most. */
    public static final double LOG_REACH = 100;
    /** Grid steps across a linear span, at most: the grid is the 1-2-5 step at or above span / this. */
    static final int GRID_STEPS = 100;
    /** A reader limit inside the span is found to this part of the span (the ends then snap inward to the grid). */
    private static final double BISECTION_TOLERANCE = 1e-4;

    private ParameterRange() {
    }

    /** The slider of {@code p} in a preset with {@code options}, checked against the preset reader. */
    public static SliderScale of(Parameter p, PresetOptions options) {
        return of(p, options, v -> SliderSpans.readerAccepts(p, v));
    }

    /** The slider of {@code p} before the reader is asked: the span within the parameter's own bounds. */
    public static SliderScale unchecked(Parameter p, PresetOptions options) {
        return of(p, options, v -> true);
    }

    /** The preset's span for {@code p}: keyed by its path ($.A.omega) or the same without "$." (A.omega). */
    public static Optional<SliderRange> given(Parameter p, PresetOptions options) {
        Optional<SliderRange> range = options.range(p.path());
        if (range.isEmpty() && p.path().startsWith("$.")) {
            range = options.range(p.path().substring(2));
        }
        return range;
    }

    /**
     * The slider of {@code p}: the preset's span or the default, within the parameter's bounds,
     * shrunk toward the current value until {@code accepted} takes both ends, its ends snapped inward
     * to the grid, and widened to hold the current value.
     */
    public static SliderScale of(Parameter p, PresetOptions options, DoublePredicate accepted) {
        double v = p.value();
        Optional<SliderRange> given = given(p, options);
        double[] span = given.map(r -> new double[] {r.min(), r.max()}).orElseGet(() -> defaultSpan(p));
        double lo = Math.max(p.min(), span[0]);
        double hi = Math.min(p.max(), span[1]);
        double quantum = quantum(p.kind());
        if (quantum > 0) {
            lo = Math.ceil(lo / quantum) * quantum;
            hi = Math.floor(hi / quantum) * quantum;
        }
        boolean logKind = p.kind() == Parameter.Kind.RATE || p.kind() == Parameter.Kind.TEMPERATURE;
        if (accepted.test(v)) {
            lo = Math.min(v, shrink(v, lo, quantum, accepted));
            hi = Math.max(v, shrink(v, hi, quantum, accepted));
            if (given.isEmpty() && logKind && lo > 0) {
                lo = Math.max(lo, v / LOG_REACH); // 0 refused (classical ln T): a log span below the value
            }
        } else {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(lo < hi)) {
            return new SliderScale(v, v, false, quantum > 0 ? quantum : 1);
        }
        boolean log = logKind && lo > 0 && Math.log10(hi / lo) >= LOG_DECADES;
        if (log) {
            double a = twoDigits(lo, RoundingMode.CEILING);
            double b = twoDigits(hi, RoundingMode.FLOOR);
            return a < b ? new SliderScale(Math.min(a, v), Math.max(b, v), true, 0) : new SliderScale(lo, hi, true, 0);
        }
        double grid = Math.max(quantum, SliderScale.roundStep((hi - lo) / GRID_STEPS));
        double a = onGrid(lo, grid, RoundingMode.CEILING);
        double b = onGrid(hi, grid, RoundingMode.FLOOR);
        return a < b ? new SliderScale(Math.min(a, v), Math.max(b, v), false, grid) : new SliderScale(lo, hi, false, grid);
    }

    /**
     * The default span: counts and spins from their least value to a few times the current one; a
     * signed amount from 0 to a few times its value (on its side of 0, -1 to 1 for a zero); any other
     * from 0, or the parameter's least value when that is above 0, to a few times its value (1 above
     * that least value for a zero). A rate or temperature whose least value is above 0 starts at the
     * larger of that and a hundredth of its value: a log slider over about two and a half decades.
     */
    static double[] defaultSpan(Parameter p) {
        double v = p.value();
        return switch (p.kind()) {
            case COUNT, HALF_INTEGER -> new double[] {p.min(), Math.max(p.min() + 1, FEW_TIMES * v)};
            default -> {
                if (p.min() < 0) {
                    yield v > 0 ? new double[] {0, FEW_TIMES * v}
                            : v < 0 ? new double[] {FEW_TIMES * v, 0} : new double[] {-1, 1};
                }
                double least = Math.max(0, p.min());
                boolean logKind = p.kind() == Parameter.Kind.RATE || p.kind() == Parameter.Kind.TEMPERATURE;
                double from = logKind && least > 0 ? Math.max(least, v / LOG_REACH) : least;
                yield new double[] {from, v > least ? FEW_TIMES * v : least + 1};
            }
        };
    }

    /** The values a kind takes are multiples of this (0: any real). */
    static double quantum(Parameter.Kind kind) {
        return switch (kind) {
            case COUNT -> 1;
            case HALF_INTEGER -> 0.5;
            default -> 0;
        };
    }

    /** The accepted value nearest {@code end} between {@code from} (accepted) and {@code end}. */
    private static double shrink(double from, double end, double quantum, DoublePredicate accepted) {
        if (end == from || accepted.test(end)) {
            return end;
        }
        if (quantum > 0) {
            long good = Math.round(from / quantum);
            long bad = Math.round(end / quantum);
            while (Math.abs(bad - good) > 1) {
                long middle = good + (bad - good) / 2;
                if (accepted.test(middle * quantum)) {
                    good = middle;
                } else {
                    bad = middle;
                }
            }
            return good * quantum;
        }
        double good = from;
        double bad = end;
        double tolerance = Math.abs(end - from) * BISECTION_TOLERANCE;
        while (Math.abs(bad - good) > tolerance) {
            double middle = good + (bad - good) / 2;
            if (middle == good || middle == bad) {
                break;
            }
            if (accepted.test(middle)) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good;
    }

    private static double onGrid(double x, double grid, RoundingMode mode) {
        BigDecimal step = BigDecimal.valueOf(grid);
        return BigDecimal.valueOf(x).divide(step, 0, mode).multiply(step).doubleValue();
    }

    private static double twoDigits(double x, RoundingMode mode) {
        return BigDecimal.valueOf(x).round(new java.math.MathContext(2, mode)).doubleValue();
    }
}
