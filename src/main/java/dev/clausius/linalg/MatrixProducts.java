package dev.clausius.linalg;

/**
 * Matrix products written into caller-owned buffers, for inner loops that must not allocate
 * (the Lindblad generator is applied once per frame). Outputs must not alias inputs.
 */
public final class MatrixProducts {
    private MatrixProducts() {
    }

    /** out = a b. */
    public static void multiply(ComplexMatrix a, ComplexMatrix b, ComplexMatrix out) {
        Blas.multiply(a, false, b, false, out, false);
    }

    /** out += a b^dag. */
    public static void multiplyAdjointAdd(ComplexMatrix a, ComplexMatrix b, ComplexMatrix out) {
        Blas.multiply(a, false, b, true, out, true);
    }
}
