package dev.clausius.linalg;

/** Functions of Hermitian matrices through their eigen-decomposition. */
public final class MatrixFunctions {
    private MatrixFunctions() {
    }

    /**
     * ln of a positive semi-definite matrix on its support: eigenvalues at or below zero (exactly
     * zero or negative round-off) are left out, so the result is 0 on the kernel.
     */
    public static ComplexMatrix logOnSupport(ComplexMatrix rho) {
        return HermitianEigen.of(rho).apply(p -> p > 0 ? Math.log(p) : 0.0);
    }

    /** exp(x H) for Hermitian H and real x. */
    public static ComplexMatrix exp(ComplexMatrix h, double x) {
        return HermitianEigen.of(h).apply(e -> Math.exp(x * e));
    }
}
