package dev.clausius.thermo;

import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/**
 * The numerical guards of every frame and the one place their thresholds are defined: the CSV's
 * {@code warnings} column and the explorer's status bar both read them. Each guarded quantity is
 * zero in exact arithmetic (docs/conventions.md, checks 2-4); the thresholds are far above double round-off
 * for the presets' sizes and far below anything a reader of the charts could see.
 */
public enum InvariantLimit {
    /** Every evolver that checks at all checks the trace: NaN there means a state full of NaN. */
    TRACE("trace", Invariants::traceError, 1e-10, true),
    /** Positivity: the smallest eigenvalue of the reduced states, breached when below minus this. */
    POSITIVITY("positivity", i -> -i.minEigenvalue(), 1e-12, false),
    ENTROPY_AB("S_AB", Invariants::entropyDriftAB, 1e-8, false),
    ENERGY("energy", Invariants::energyDrift, 1e-8, false),
    INTERIOR("interior", Invariants::interiorMagnitude, 1e-10, false),
    HERMITICITY("hermiticity", Invariants::hermiticityError, 1e-10, false);

    /** The CSV column that lists the breached guards of each row (after the required columns). */
    public static final String WARNINGS_COLUMN = "warnings";

    private final String shortName;
    private final ToDoubleFunction<Invariants> value;
    private final double threshold;
    /** False where NaN means "does not apply here" (the closed-mode drifts in open mode). */
    private final boolean nanIsBreach;

    InvariantLimit(String shortName, ToDoubleFunction<Invariants> value, double threshold, boolean nanIsBreach) {
        this.shortName = shortName;
        this.value = value;
        this.threshold = threshold;
        this.nanIsBreach = nanIsBreach;
    }

    /** The name in the CSV's warnings column, e.g. {@code positivity}. */
    public String shortName() {
        return shortName;
    }

    /** The guarded size (NaN where the check does not apply); breached above {@link #threshold()}. */
    public double value(Invariants invariants) {
        return value.applyAsDouble(invariants);
    }

    public double threshold() {
        return threshold;
    }

    /**
     * True when the check applies and is beyond its threshold. An evolver that does not check at
     * all ({@link Invariants#UNKNOWN}) breaches nothing.
     */
    public boolean breached(Invariants invariants) {
        double v = value(invariants);
        return v > threshold || (nanIsBreach && Double.isNaN(v) && !Invariants.UNKNOWN.equals(invariants));
    }

    /** The breached guards as {@code trace;positivity}, or the empty string when all is well. */
    public static String warnings(Invariants invariants) {
        StringJoiner joined = new StringJoiner(";");
        for (InvariantLimit limit : values()) {
            if (limit.breached(invariants)) {
                joined.add(limit.shortName);
            }
        }
        return joined.toString();
    }
}
