package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;

/**
 * gamma(T) = exp(-H/T)/Z. T = 0 is the ground-state projector spread uniformly over a degenerate
 * ground space; T = +inf is 1/d. The result depends on H only, never on a choice of eigenvectors
 * inside a degenerate eigenspace.
 */
public final class GibbsState {
    /** Energies within this (times the spectrum's scale) of the ground energy count as degenerate with it. */
    private static final double DEGENERACY_TOLERANCE = 1e-10;

    private GibbsState() {
    }

    public static ComplexMatrix of(ComplexMatrix hamiltonian, double temperature) {
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
        int d = hamiltonian.rows();
        if (temperature == Double.POSITIVE_INFINITY) {
            return ComplexMatrix.identity(d).scaled(1.0 / d);
        }
        HermitianEigen eigen = HermitianEigen.of(hamiltonian);
        return eigen.withEigenvalues(populations(eigen.values(), temperature));
    }

    /** The Gibbs populations of energies e (ascending) at temperature T, normalized. */
    public static double[] populations(double[] energies, double temperature) {
        double e0 = energies[0];
        double scale = Math.max(1.0, Math.max(Math.abs(energies[0]), Math.abs(energies[energies.length - 1])));
        double[] p = new double[energies.length];
        double z = 0;
        for (int i = 0; i < p.length; i++) {
            double gap = energies[i] - e0;
            if (temperature == 0) {
                p[i] = gap <= DEGENERACY_TOLERANCE * scale ? 1 : 0;
            } else if (temperature == Double.POSITIVE_INFINITY) {
                p[i] = 1;
            } else {
                p[i] = Math.exp(-gap / temperature); // shifted by E_0: no overflow at low T
            }
            z += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= z;
        }
        return p;
    }

}
