package dev.clausius.dynamics.engine;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.dynamics.lindblad.ThermalJumps;
import dev.clausius.linalg.HermitianEigen;

/**
 * The thermal (Davies, detailed-balance) Lindblad generator of a medium with H(t) = omega(t) H1,
 * restricted to states diagonal in H1's eigenbasis. The medium starts in a Gibbs state, a sudden
 * quench does not change the state, and the secular dissipator of a non-degenerate H maps diagonal
 * states to diagonal states, so the engine's rho(t) stays diagonal and its Lindblad equation is
 * exactly the Pauli master equation dp_i/dt = sum_j (W_ij p_j - W_ji p_i), with
 * W_ij = gamma |X_ij|^2 (n(w) + 1) for a transition j -> i that releases w = omega (e_j - e_i) > 0,
 * gamma |X_ij|^2 n(-w) for one that absorbs, n(w) = 1/(exp(w/T) - 1), X = L + L^dag for the
 * medium's bath operator L (sm for a qubit: then W gives the thermal qubit's sqrt(g0(n+1)) sm and
 * sqrt(g0 n) sp exactly).
 */
final class PopulationMasterEquation {
    private final double[] energies;
    private final double[][] couplingSquared;
    private final int d;
    private final double[][][] eigenvectors;

    PopulationMasterEquation(ComplexMatrix unitHamiltonian, ComplexMatrix bathOperator) {
        HermitianEigen eigen = HermitianEigen.of(unitHamiltonian);
        this.d = eigen.size();
        this.energies = eigen.values();
        ComplexMatrix v = eigen.vectors();
        this.eigenvectors = v.toArrays();
        ComplexMatrix x = bathOperator.plus(bathOperator.adjoint());
        ComplexMatrix inEigenbasis = v.adjoint().times(x).times(v);
        this.couplingSquared = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double re = inEigenbasis.re(i, j);
                double im = inEigenbasis.im(i, j);
                couplingSquared[i][j] = re * re + im * im;
            }
        }
    }

    int dimension() {
        return d;
    }

    /** Eigenvalue i of H1 (ascending): the medium's level energies are omega e_i. */
    double energy(int i) {
        return energies[i];
    }

    /** rho = sum_k p_k |v_k><v_k| in the medium's own basis (docs/conventions.md), as {re, im} row-major arrays. */
    double[][][] densityMatrix(double[] populations) {
        double[][] re = new double[d][d];
        double[][] im = new double[d][d];
        double[][] vr = eigenvectors[0];
        double[][] vi = eigenvectors[1];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    // v_ik conj(v_jk)
                    re[i][j] += populations[k] * (vr[i][k] * vr[j][k] + vi[i][k] * vi[j][k]);
                    im[i][j] += populations[k] * (vi[i][k] * vr[j][k] - vr[i][k] * vi[j][k]);
                }
            }
        }
        return new double[][][] {re, im};
    }

    /** Gibbs populations of omega H1 at temperature T. */
    double[] gibbs(double omega, double temperature) {
        double[] p = new double[d];
        double ground = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            ground = Math.min(ground, omega * energies[i]);
        }
        double z = 0;
        for (int i = 0; i < d; i++) {
            double gap = omega * energies[i] - ground;
            p[i] = temperature == 0 ? (gap <= 1e-12 * Math.max(1, Math.abs(ground)) ? 1 : 0) : Math.exp(-gap / temperature);
            z += p[i];
        }
        for (int i = 0; i < d; i++) {
            p[i] /= z;
        }
        return p;
    }

    /** dp/dt into out, for the drive omega and a bath (temperature, gamma); gamma 0 means isolated. */
    void rate(double[] p, double omega, double temperature, double gamma, double[] out) {
        java.util.Arrays.fill(out, 0, d, 0.0);
        if (gamma == 0) {
            return;
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (i == j || couplingSquared[i][j] == 0) {
                    continue;
                }
                double released = omega * (energies[j] - energies[i]); // energy handed to the bath by j -> i
                if (released == 0) {
                    continue; // secular: a zero Bohr frequency moves no population
                }
                double flow = ThermalJumps.rate(released, gamma, temperature) * couplingSquared[i][j] * p[j];
                out[i] += flow;
                out[j] -= flow;
            }
        }
    }
}
