package dev.clausius.linalg;

import java.util.function.DoubleUnaryOperator;

/**
 * H = V diag(values) V^dag for a Hermitian H: eigenvalues ascending, column j of V the
 * eigenvector of values[j]. A real symmetric H goes through dsyevd and keeps real eigenvectors,
 * which halves the cost of every later product with them (see {@link EigenbasisTransform}).
 * The routines run on the JVM's {@link LapackBackend} unless one is given.
 */
public final class HermitianEigen {
    private final double[] values;
    private final ComplexMatrix vectors;
    private final RealMatrix realVectors;

    private HermitianEigen(double[] values, ComplexMatrix vectors, RealMatrix realVectors) {
        this.values = values;
        this.vectors = vectors;
        this.realVectors = realVectors;
    }

    /** Diagonalizes the Hermitian part of h (round-off asymmetry removed first). */
    public static HermitianEigen of(ComplexMatrix h) {
        return of(h, LapackBackend.selected());
    }

    /** As {@link #of(ComplexMatrix)}, on the given LAPACK backend. */
    public static HermitianEigen of(ComplexMatrix h, LapackBackend lapack) {
        ComplexMatrix symmetric = h.hermitianPart();
        int n = symmetric.rows();
        double[] w = new double[n];
        if (symmetric.isReal()) {
            RealMatrix a = new RealMatrix(n);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    a.set(i, j, symmetric.re(i, j));
                }
            }
            lapack.symmetricEigen(a, w);
            return new HermitianEigen(w, a.toComplex(), a);
        }
        lapack.hermitianEigen(symmetric, w, true);
        return new HermitianEigen(w, symmetric, null);
    }

    /** Eigenvalues only (ascending); small matrices in plain Java, without native work buffers. */
    public static double[] valuesOf(ComplexMatrix h) {
        return valuesOf(h, LapackBackend.selected());
    }

    /** As {@link #valuesOf(ComplexMatrix)}, on the given LAPACK backend above the Jacobi sizes. */
    public static double[] valuesOf(ComplexMatrix h, LapackBackend lapack) {
        int size = h.rows();
        if (size <= JacobiEigenvalues.LIMIT && size == h.columns()) {
            double[][] re = new double[size][size];
            double[][] im = new double[size][size];
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) {
                    re[i][j] = 0.5 * (h.re(i, j) + h.re(j, i)); // the Hermitian part, as below
                    im[i][j] = 0.5 * (h.im(i, j) - h.im(j, i));
                }
            }
            return JacobiEigenvalues.of(re, im);
        }
        ComplexMatrix symmetric = h.hermitianPart();
        double[] w = new double[symmetric.rows()];
        lapack.hermitianEigen(symmetric, w, false);
        return w;
    }

    public int size() {
        return values.length;
    }

    /** A copy of the eigenvalues, ascending. */
    public double[] values() {
        return values.clone();
    }

    public double value(int j) {
        return values[j];
    }

    /** The eigenvectors as columns (shared, do not modify). */
    public ComplexMatrix vectors() {
        return vectors;
    }

    /** True when the eigenvectors are real (the matrix was real symmetric). */
    public boolean hasRealVectors() {
        return realVectors != null;
    }

    RealMatrix realVectors() {
        return realVectors;
    }

    /** f(H) = V diag(f(values)) V^dag. */
    public ComplexMatrix apply(DoubleUnaryOperator f) {
        double[] weights = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            weights[j] = f.applyAsDouble(values[j]);
        }
        return withEigenvalues(weights);
    }

    /** V diag(weights) V^dag: the same eigenvectors with other (real) eigenvalues. */
    public ComplexMatrix withEigenvalues(double[] weights) {
        int n = values.length;
        ComplexMatrix scaledVectors = ComplexMatrix.zeros(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                scaledVectors.set(i, j, vectors.re(i, j) * weights[j], vectors.im(i, j) * weights[j]);
            }
        }
        ComplexMatrix result = ComplexMatrix.zeros(n);
        Blas.multiply(scaledVectors, false, vectors, true, result);
        return result;
    }
}
