package dev.clausius.app.model;

import dev.clausius.thermo.InvariantLimit;
import dev.clausius.thermo.Invariants;

import dev.clausius.i18n.Texts;

import java.util.List;

/**
 * One live invariant of the status bar: its label and meaning here (in the typeset markup,
 * dev.clausius.typeset.Markup), its value and the threshold
 * above which it turns amber in {@link InvariantLimit} (shared with the CSV's warnings column).
 */
public record InvariantCheck(String id, String label, InvariantLimit limit, String meaning) {
    // meaning: the English text, also the bundle's "invariant.<id>" (the status bar shows the window's language)

    public static final List<InvariantCheck> ALL = List.of(
            new InvariantCheck("traceError", "|tr ρ − 1|", InvariantLimit.TRACE,
                    "trace of the state minus one: probability is conserved"),
            new InvariantCheck("minEigenvalue", "min eig", InvariantLimit.POSITIVITY,
                    "smallest eigenvalue of the reduced states: amber when below -1e-12 (not a state)"),
            new InvariantCheck("entropyDrift", "ΔS_{AB}", InvariantLimit.ENTROPY_AB,
                    "drift of the joint entropy S_{AB}, constant under unitary evolution"),
            new InvariantCheck("energyDrift", "ΔE", InvariantLimit.ENERGY,
                    "drift of the total energy E_{A} + E_{B} + E_{V}, constant in a closed system"),
            new InvariantCheck("interior", "|interior|", InvariantLimit.INTERIOR,
                    "|interior production| of Eq. 11, zero by Theorem 1"),
            new InvariantCheck("hermiticity", "|ρ − ρ†|", InvariantLimit.HERMITICITY,
                    "largest entry of ρ − ρ†: a density matrix is Hermitian"));

    public double threshold() {
        return limit.threshold();
    }

    /** True when the check applies here and is above its threshold. */
    public boolean amber(Invariants invariants) {
        return limit.breached(invariants);
    }

    /** The shown text in English, e.g. {@code |tr ρ − 1| 2.2e-16}; "n/a" where the check does not apply. */
    public String text(Invariants invariants) {
        return text(Texts.english(), invariants);
    }

    /** The meaning in {@code texts}' language. */
    public String meaning(Texts texts) {
        // the formulas are arguments: they stay as they are in every language
        return texts.get("invariant." + id, "S_{AB}", "E_{A} + E_{B} + E_{V}");
    }

    /** The shown text in {@code texts}' language and digits. */
    public String text(Texts texts, Invariants invariants) {
        double v = invariants == null ? Double.NaN : limit.value(invariants);
        if (limit == InvariantLimit.POSITIVITY && !Double.isNaN(v)) {
            v = -v; // shown as the eigenvalue itself, checked as its negative
        }
        return label + " " + ScreenNumber.scientific(texts, v);
    }
}
