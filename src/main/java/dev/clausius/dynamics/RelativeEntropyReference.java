package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import dev.clausius.linalg.SparseComplexMatrix;

/**
 * D(rho || sigma) against one fixed sigma (B's initial Gibbs state), with ln sigma and the
 * projector on sigma's kernel computed once: D = -S(rho) - tr(rho ln sigma), +inf where rho has
 * weight outside sigma's support.
 */
final class RelativeEntropyReference {
    private static final double SUPPORT_TOLERANCE = 1e-12;
    // nonzeros only (ln sigma of a diagonal H_B is diagonal), read column by column of rho every frame
    private final SparseComplexMatrix logSigma;
    private final SparseComplexMatrix kernelProjector;

    RelativeEntropyReference(ComplexMatrix sigma) {
        HermitianEigen eigen = HermitianEigen.of(sigma);
        int n = eigen.size();
        double[] logs = new double[n];
        double[] kernel = new double[n];
        boolean fullRank = true;
        for (int j = 0; j < n; j++) {
            double p = eigen.value(j);
            logs[j] = p > 0 ? Math.log(p) : 0;
            kernel[j] = p > 0 ? 0 : 1;
            fullRank &= p > 0;
        }
        this.logSigma = SparseComplexMatrix.of(eigen.withEigenvalues(logs));
        this.kernelProjector = fullRank ? null : SparseComplexMatrix.of(eigen.withEigenvalues(kernel));
    }

    /**
     * As {@link #RelativeEntropyReference(ComplexMatrix)} for sigma = exp(-H/T)/Z. For 0 < T < inf
     * ln sigma = -(H - E_0)/T - ln Z' is taken from the energies, not from the populations: at a
     * temperature so low that exp(-(E - E_0)/T) underflows (T_B = 2e-6 with omega = 1), sigma is
     * still of full rank and D finite, though the populations round to 0 (which would make D +inf).
     */
    static RelativeEntropyReference ofGibbs(ComplexMatrix hamiltonian, double temperature, ComplexMatrix gibbs) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            return new RelativeEntropyReference(gibbs);
        }
        HermitianEigen eigen = HermitianEigen.of(hamiltonian);
        double[] energies = eigen.values();
        double partition = 0; // Z' = Z exp(E_0/T) >= 1: shifted by the ground energy, no overflow
        for (double e : energies) {
            partition += Math.exp(-(e - energies[0]) / temperature);
        }
        double[] logs = new double[energies.length];
        for (int j = 0; j < logs.length; j++) {
            logs[j] = -(energies[j] - energies[0]) / temperature - Math.log(partition);
        }
        return new RelativeEntropyReference(SparseComplexMatrix.of(eigen.withEigenvalues(logs)), null);
    }

    private RelativeEntropyReference(SparseComplexMatrix logSigma, SparseComplexMatrix kernelProjector) {
        this.logSigma = logSigma;
        this.kernelProjector = kernelProjector;
    }

    /** D(rho || sigma) given S(rho). */
    double relativeEntropy(ComplexMatrix rho, double entropy) {
        if (kernelProjector != null && kernelProjector.traceOfProduct(rho).re() > SUPPORT_TOLERANCE) {
            return Double.POSITIVE_INFINITY;
        }
        return -entropy - logSigma.traceOfProduct(rho).re(); // tr(rho ln sigma) = tr(ln sigma rho)
    }
}
