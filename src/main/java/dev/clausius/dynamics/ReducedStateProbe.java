package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.BlockHermitianEigensolver;
import dev.clausius.linalg.IndexBlocks;
import dev.clausius.linalg.SparseComplexMatrix;

/**
 * Everything one subsystem's reduced state rho_X and its rate rho_dot_X give, with the
 * eigen-decomposition of rho_X done once per frame and reused for S, dS/dt and the Eq. 10-12 split.
 * rho_X is block diagonal in the given blocks (InvariantBlocks), so its eigen-problem is solved per
 * block, and so is ln rho_X; tr(x ln rho_X) then needs only x's diagonal blocks.
 * Holds work buffers for one size; not thread-safe.
 */
final class ReducedStateProbe {
    private final ComplexMatrix hamiltonian;
    /** H's nonzeros: the energies tr(rho H) of every frame read only those (a spin bath's H_B is diagonal). */
    private final SparseComplexMatrix sparseHamiltonian;
    private final BlockHermitianEigensolver solver;
    private final double[] diagonal;
    private final ComplexMatrix commutator;
    private final ComplexMatrix dissipator;
    private boolean fullRank;

    /** With no block structure: one eigen-problem of the full size. */
    ReducedStateProbe(ComplexMatrix hamiltonian) {
        this(hamiltonian, IndexBlocks.single(hamiltonian.rows()));
    }

    ReducedStateProbe(ComplexMatrix hamiltonian, IndexBlocks blocks) {
        this.hamiltonian = hamiltonian;
        this.sparseHamiltonian = SparseComplexMatrix.of(hamiltonian);
        int n = hamiltonian.rows();
        this.solver = new BlockHermitianEigensolver(blocks);
        this.diagonal = new double[n];
        this.commutator = ComplexMatrix.zeros(n);
        this.dissipator = ComplexMatrix.zeros(n);
    }

    /** Diagonalizes rho for the calls that follow; returns S(rho) (Eq. 4). */
    double entropy(ComplexMatrix rho) {
        solver.solve(rho);
        double s = 0;
        fullRank = true;
        for (int k = 0; k < solver.size(); k++) {
            double p = solver.value(k);
            if (p > 0) {
                s -= p * Math.log(p);
            } else {
                fullRank = false; // an exactly zero (or round-off negative) population: ln 0
            }
        }
        return s;
    }

    /** The smallest eigenvalue of the rho of the last entropy() call. */
    double smallestEigenvalue() {
        return solver.smallest();
    }

    /** -tr(x ln rho) for the rho of the last entropy() call: NaN off a full-rank rho (ln 0 there). */
    double minusTraceWithLog(ComplexMatrix x) {
        if (!fullRank) {
            return Double.NaN;
        }
        solver.diagonalInEigenbasis(x, diagonal);
        double sum = 0;
        for (int k = 0; k < solver.size(); k++) {
            sum -= diagonal[k] * Math.log(solver.value(k));
        }
        return sum;
    }

    /** tr(rho H) = tr(H rho). */
    double energy(ComplexMatrix rho) {
        return sparseHamiltonian.traceOfProduct(rho).re();
    }

    /** The two parts of dS/dt of paper Eqs. 10-12. */
    record ProductionSplit(double interior, double exterior) {
    }

    /**
     * For the rho of the last entropy() call: the interior term tr(-i[H, rho] ln rho) (Eq. 11 writes
     * tr(i[H, rho] ln rho); the CSV column interior_A keeps the file format's -i;
     * Theorem 1, Eq. 13, makes it zero, and computed as written it shows the round-off level) and
     * the exterior term -tr(D ln rho) with D = rho_dot + i[H, rho] (Eq. 12).
     */
    ProductionSplit productionSplit(ComplexMatrix rho, ComplexMatrix rate) {
        commutatorInto(rho, commutator);
        double interior = -minusTraceWithLog(commutator);
        int n = rho.rows();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                dissipator.set(i, j, rate.re(i, j) - commutator.re(i, j), rate.im(i, j) - commutator.im(i, j));
            }
        }
        return new ProductionSplit(interior, minusTraceWithLog(dissipator));
    }

    /** out = -i[H, rho]. */
    private void commutatorInto(ComplexMatrix rho, ComplexMatrix out) {
        int n = rho.rows();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double cr = 0;
                double ci = 0;
                for (int k = 0; k < n; k++) {
                    // (H rho - rho H)_ij
                    double hr = hamiltonian.re(i, k);
                    double hi = hamiltonian.im(i, k);
                    double pr = rho.re(k, j);
                    double pi = rho.im(k, j);
                    double qr = rho.re(i, k);
                    double qi = rho.im(i, k);
                    double gr = hamiltonian.re(k, j);
                    double gi = hamiltonian.im(k, j);
                    cr += hr * pr - hi * pi - (qr * gr - qi * gi);
                    ci += hr * pi + hi * pr - (qr * gi + qi * gr);
                }
                out.set(i, j, ci, -cr); // -i (cr + i ci)
            }
        }
    }
}
