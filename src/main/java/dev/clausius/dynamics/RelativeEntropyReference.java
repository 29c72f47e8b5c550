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

    /** D(rho || sigma) given S(rho). */
    double relativeEntropy(ComplexMatrix rho, double entropy) {
        if (kernelProjector != null && kernelProjector.traceOfProduct(rho).re() > SUPPORT_TOLERANCE) {
            return Double.POSITIVE_INFINITY;
        }
        return -entropy - logSigma.traceOfProduct(rho).re(); // tr(rho ln sigma) = tr(ln sigma rho)
    }
}
