package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigen;
import dev.clausius.linalg.PartialTrace;

/** Von Neumann entropy (paper Eq. 4), relative entropy and mutual information, in nats. */
public final class Entropy {
    /** Weight outside the support of sigma above this makes D(rho || sigma) infinite. */
    private static final double SUPPORT_TOLERANCE = 1e-12;

    private Entropy() {
    }

    /** -sum p ln p over a spectrum, 0 ln 0 = 0, round-off negatives clipped to 0. */
    public static double ofSpectrum(double[] p) {
        double s = 0;
        for (double x : p) {
            if (x > 0) {
                s -= x * Math.log(x);
            }
        }
        return s;
    }

    /** S(rho) = -tr rho ln rho. */
    public static double vonNeumann(ComplexMatrix rho) {
        return ofSpectrum(HermitianEigen.valuesOf(rho));
    }

    /** D(rho || sigma) = tr rho (ln rho - ln sigma); +inf where rho has weight outside sigma's support. */
    public static double relative(ComplexMatrix rho, ComplexMatrix sigma) {
        HermitianEigen eigen = HermitianEigen.of(sigma);
        double[] kernelProjector = new double[eigen.size()];
        double[] logSigma = new double[eigen.size()];
        for (int j = 0; j < eigen.size(); j++) {
            double p = eigen.value(j);
            kernelProjector[j] = p > 0 ? 0 : 1;
            logSigma[j] = p > 0 ? Math.log(p) : 0;
        }
        double outside = rho.traceOfProduct(eigen.withEigenvalues(kernelProjector)).re();
        if (outside > SUPPORT_TOLERANCE) {
            return Double.POSITIVE_INFINITY;
        }
        double crossTerm = rho.traceOfProduct(eigen.withEigenvalues(logSigma)).re();
        return -vonNeumann(rho) - crossTerm;
    }

    /** I(A:B) = S_A + S_B - S_AB of a state on A (x) B. */
    public static double mutualInformation(ComplexMatrix rho, int dA, int dB) {
        return vonNeumann(PartialTrace.overB(rho, dA, dB)) + vonNeumann(PartialTrace.overA(rho, dA, dB))
                - vonNeumann(rho);
    }
}
