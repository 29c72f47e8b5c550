package dev.clausius.dynamics.lindblad;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import java.util.ArrayList;
import java.util.List;

/**
 * Thermal jump operators of a bath at temperature T: the Davies (weak-coupling, secular)
 * generator with a flat spectral density, which satisfies detailed balance,
 * rate(w) / rate(-w) = e^{w/T}, so the Gibbs state at T is a fixed point (Spohn's inequality,
 * paper Eq. 14, then holds at every t).
 *
 * <p>The coupling X is split into Bohr-frequency components X(w) = sum_{E_j - E_i = w} P_i X P_j
 * (P the projectors on the energy levels, so X(w) lowers the energy by w and nothing depends on a
 * choice of eigenvectors inside a degenerate level). Component w > 0 jumps at gamma (n(w) + 1),
 * w < 0 at gamma n(|w|), n(w) = 1/(e^{w/T} - 1) (for a qubit with sm or an oscillator
 * with a this is exactly L1 = sqrt(g0 (n+1)) op, L2 = sqrt(g0 n) op^dag).
 *
 * <p>The w = 0 component (pure dephasing between degenerate levels and inside the diagonal of X)
 * is left out: with a flat spectral density its rate gamma (n(w) + 1) diverges as gamma T / w for
 * w -> 0, so it has no finite value to take; it changes no population, no energy and not the Gibbs
 * fixed point. The Lamb shift is left out as well (it commutes with H and only renormalises energies).
 */
public final class ThermalJumps {
    /** Energies closer than this (times the spectrum's scale) are one level; same for Bohr frequencies. */
    private static final double DEGENERACY_TOLERANCE = 1e-9;
    /** |X - X^dag| at or below this (relative to max |X|) counts as Hermitian. */
    private static final double HERMITICITY_TOLERANCE = 1e-12;
    /** A component whose entries are all below this (relative to max |X|) is dropped as zero. */
    private static final double NEGLIGIBLE_COMPONENT = 1e-14;

    private ThermalJumps() {
    }

    /**
     * The Davies jumps of a system with Hamiltonian H coupled through X to a bath at T.
     *
     * @param coupling    X; a non-Hermitian operator (sm, a) is made Hermitian as X + X^dag
     * @param gamma       the flat spectral density, >= 0 (0 gives no jumps)
     * @param temperature T >= 0 and finite (T = 0: n = 0, only downward jumps)
     */
    public static List<JumpOperator> davies(ComplexMatrix hamiltonian, ComplexMatrix coupling, double gamma,
                                            double temperature) {
        if (temperature == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a thermal bath needs a finite temperature: at T = inf the "
                    + "occupation n(w) = 1/(e^{w/T} - 1) is infinite and so are the jump rates");
        }
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException("bath temperature must be >= 0, got " + temperature);
        }
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and >= 0, got " + gamma);
        }
        if (coupling.rows() != hamiltonian.rows() || !coupling.isSquare() || !hamiltonian.isSquare()) {
            throw new IllegalArgumentException("coupling and H must be square of the same size");
        }
        if (gamma == 0) {
            return List.of();
        }
        ComplexMatrix x = hermitianCoupling(coupling);
        HermitianEigen eigen = HermitianEigen.of(hamiltonian);
        ComplexMatrix v = eigen.vectors();
        ComplexMatrix xInEigenbasis = v.adjoint().times(x).times(v);
        double[] energies = eigen.values();
        double scale = spectralScale(energies);
        List<Level> levels = levels(energies, DEGENERACY_TOLERANCE * scale);
        double negligible = NEGLIGIBLE_COMPONENT * Math.max(x.maxAbs(), Double.MIN_NORMAL);
        List<JumpOperator> jumps = new ArrayList<>();
        for (BohrFrequencies.Group group : BohrFrequencies.of(levels, DEGENERACY_TOLERANCE * scale)) {
            if (group.frequency() == 0) {
                continue; // pure dephasing: see the class comment
            }
            ComplexMatrix component = ComplexMatrix.zeros(energies.length);
            for (BohrFrequencies.Transition transition : group.transitions()) {
                copyBlock(xInEigenbasis, transition.lower(), transition.upper(), component);
            }
            if (component.maxAbs() <= negligible) {
                continue;
            }
            double rate = rate(group.frequency(), gamma, temperature);
            if (rate > 0) {
                jumps.add(new JumpOperator(v.times(component).times(v.adjoint()), rate));
            }
        }
        return List.copyOf(jumps);
    }

    /** gamma (n(w) + 1) for w > 0 (emission), gamma n(|w|) for w < 0 (absorption): detailed balance. */
    public static double rate(double w, double gamma, double temperature) {
        double n = occupation(Math.abs(w), temperature);
        return w > 0 ? gamma * (n + 1) : gamma * n;
    }

    /** Bose-Einstein n(w) = 1/(e^{w/T} - 1), w > 0; 0 at T = 0. */
    static double occupation(double w, double temperature) {
        return temperature == 0 ? 0 : 1 / Math.expm1(w / temperature);
    }

    private static ComplexMatrix hermitianCoupling(ComplexMatrix coupling) {
        double tolerance = HERMITICITY_TOLERANCE * Math.max(1.0, coupling.maxAbs());
        if (coupling.hermiticityError() <= tolerance) {
            return coupling.hermitianPart();
        }
        return coupling.plus(coupling.adjoint());
    }

    private static double spectralScale(double[] energies) {
        double lowest = energies[0];
        double highest = energies[energies.length - 1];
        double scale = Math.max(highest - lowest, Math.max(Math.abs(lowest), Math.abs(highest)));
        return scale > 0 ? scale : 1.0;
    }

    /** An energy level: the eigenvector indices [first, end) whose energies agree within the tolerance. */
    record Level(double energy, int first, int end) {
    }

    /** Groups ascending energies into levels (a chain of gaps below the tolerance is one level). */
    static List<Level> levels(double[] energies, double tolerance) {
        List<Level> levels = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= energies.length; i++) {
            if (i == energies.length || energies[i] - energies[i - 1] > tolerance) {
                double sum = 0;
                for (int k = first; k < i; k++) {
                    sum += energies[k];
                }
                levels.add(new Level(sum / (i - first), first, i));
                first = i;
            }
        }
        return levels;
    }

    /** component[i, j] = X[i, j] for i in the lower level, j in the upper one (eigenbasis): P_i X P_j. */
    private static void copyBlock(ComplexMatrix x, Level lower, Level upper, ComplexMatrix component) {
        for (int j = upper.first(); j < upper.end(); j++) {
            for (int i = lower.first(); i < lower.end(); i++) {
                component.set(i, j, x.re(i, j), x.im(i, j));
            }
        }
    }
}
