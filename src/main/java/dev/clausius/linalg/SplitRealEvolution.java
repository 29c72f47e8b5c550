package dev.clausius.linalg;

import org.bytedeco.javacpp.DoublePointer;

/**
 * The exact closed evolution of one block with real eigenvectors (docs/conventions.md, closed evolution:
 * rho(t) = W [rho~(0) o Phi(t)] W^T), with real and imaginary parts kept apart: each m x m part is
 * one half of a 2m x m column-major stack (column j: the m real parts, then the m imaginary ones).
 * Z = x W^T is then one dgemm on the stack, and, x being Hermitian and W real,
 * W x W^T = Z^dag W^T = (Re Z)^T W^T - i (Im Z)^T W^T is two more that read Z transposed: no adjoint
 * is ever formed in Java. The flops are those of the two real-view products of
 * {@link EigenbasisTransform}. Holds work buffers; not thread-safe.
 */
final class SplitRealEvolution {
    private final int m;
    private final HermitianEigen eigen;
    private final double[] initial;
    private final double[] cos;
    private final double[] sin;
    private final double[] phased;
    private final Storage inEigenbasis;
    private final Storage product;
    private final Storage state;
    private final DoublePointer productImaginary;
    private final DoublePointer stateImaginary;

    /** @param initialInEigenbasis rho~(0) = W^T rho(0) W, m x m */
    SplitRealEvolution(HermitianEigen eigen, ComplexMatrix initialInEigenbasis) {
        if (!eigen.hasRealVectors()) {
            throw new IllegalArgumentException("needs real eigenvectors");
        }
        this.m = eigen.size();
        this.eigen = eigen;
        this.initial = new double[2 * m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                initial[2 * j * m + i] = initialInEigenbasis.re(i, j);
                initial[2 * j * m + m + i] = initialInEigenbasis.im(i, j);
            }
        }
        this.cos = new double[m];
        this.sin = new double[m];
        this.phased = new double[2 * m * m];
        this.inEigenbasis = new Storage(2L * m * m);
        this.product = new Storage(2L * m * m);
        this.state = new Storage(2L * m * m);
        this.productImaginary = product.pointerAt(m);
        this.stateImaginary = state.pointerAt(m);
    }

    int size() {
        return m;
    }

    /** Computes rho(t) of this block into the state stack. */
    void evolve(double t) {
        Phases.of(eigen, t, cos, sin);
        for (int k = 0; k < m; k++) {
            double ck = cos[k];
            double sk = -sin[k];
            int re = 2 * k * m;
            int im = re + m;
            for (int j = 0; j < m; j++) {
                // rho~_jk(t) = rho~_jk(0) a_j conj(a_k), a_j = exp(-i E_j t)
                double pr = cos[j] * ck - sin[j] * sk;
                double pi = cos[j] * sk + sin[j] * ck;
                double xr = initial[re + j];
                double xi = initial[im + j];
                phased[re + j] = xr * pr - xi * pi;
                phased[im + j] = xr * pi + xi * pr;
            }
        }
        inEigenbasis.pointer().put(phased, 0, phased.length);
        RealMatrix w = eigen.realVectors();
        // Z = x W^T, both halves at once
        Blas.multiplyReal(false, true, 2 * m, m, m, 1, inEigenbasis.pointer(), 2 * m, w.pointer(), m,
                product.pointer(), 2 * m);
        // Re rho = (Re Z)^T W^T, Im rho = -(Im Z)^T W^T
        Blas.multiplyReal(true, true, m, m, m, 1, product.pointer(), 2 * m, w.pointer(), m, state.pointer(), 2 * m);
        Blas.multiplyReal(true, true, m, m, m, -1, productImaginary, 2 * m, w.pointer(), m, stateImaginary, 2 * m);
    }

    /** Copies the state stack of the last {@link #evolve} into {@code to} (length 2 m^2). */
    void copyStateTo(double[] to) {
        state.pointer().get(to, 0, 2 * m * m);
    }
}
