package dev.clausius.app;

import dev.clausius.thermo.Invariants;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One live invariant of the status bar and the size above which it turns amber. Each is zero in
 * exact arithmetic (PHYSICS.md oracles 2-4); the thresholds are far above double round-off for the
 * presets' sizes and far below anything a reader of the charts could see.
 */
public record InvariantCheck(String id, String label, ToDoubleFunction<Invariants> value, double threshold,
                             String meaning) {

    public static final List<InvariantCheck> ALL = List.of(
            new InvariantCheck("traceError", "|tr ρ − 1|", Invariants::traceError, 1e-10,
                    "trace of the state minus one: probability is conserved"),
            new InvariantCheck("minEigenvalue", "min eig", i -> -i.minEigenvalue(), 1e-12,
                    "smallest eigenvalue of the reduced states: amber when below -1e-12 (not a state)"),
            new InvariantCheck("entropyDrift", "ΔS_AB", Invariants::entropyDriftAB, 1e-8,
                    "drift of the joint entropy S_AB, constant under unitary evolution"),
            new InvariantCheck("energyDrift", "ΔE", Invariants::energyDrift, 1e-8,
                    "drift of the total energy E_A + E_B + E_V, constant in a closed system"),
            new InvariantCheck("interior", "|interior|", Invariants::interiorMagnitude, 1e-10,
                    "|interior production| of Eq. 11, zero by Theorem 1"));

    /** True when the check applies here and is above its threshold. */
    public boolean amber(Invariants invariants) {
        double v = value.applyAsDouble(invariants);
        return !Double.isNaN(v) && v > threshold;
    }

    /** The shown text, e.g. {@code |tr ρ − 1| 2.2e-16}; "n/a" where the check does not apply. */
    public String text(Invariants invariants) {
        double v = invariants == null ? Double.NaN : value.applyAsDouble(invariants);
        if (this == ALL.get(1) && !Double.isNaN(v)) {
            v = -v;
        }
        return label + " " + (Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1e", v));
    }
}
