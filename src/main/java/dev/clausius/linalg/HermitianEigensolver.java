package dev.clausius.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * A reusable zheevd workspace for one size, for the per-frame spectra of reduced states
 * (no native allocation per frame), or its pure-Java counterpart on the JAVA {@link LapackBackend}.
 * Not thread-safe: one per evolver.
 */
public final class HermitianEigensolver {
    private final int n;
    private final ComplexMatrix vectors;
    private final ComplexMatrix product;
    private final double[] values;
    private final Workspace workspace;

    /** Overwrites a with its eigenvectors (as columns) and writes its eigenvalues, ascending. */
    private interface Workspace {
        void solve(ComplexMatrix a, double[] w);
    }

    public HermitianEigensolver(int n) {
        this(n, LapackBackend.selected());
    }

    /** A solver on the given LAPACK backend. */
    public HermitianEigensolver(int n, LapackBackend lapack) {
        this.n = n;
        this.vectors = ComplexMatrix.zeros(n);
        this.product = ComplexMatrix.zeros(n);
        this.values = new double[n];
        if (lapack == LapackBackend.NATIVE) {
            this.workspace = new NativeWorkspace(n);
        } else {
            JavaLapack.HermitianEigenWorkspace java = new JavaLapack.HermitianEigenWorkspace(n, true);
            this.workspace = java::solve;
        }
    }

    public int size() {
        return n;
    }

    /** Diagonalizes the Hermitian part of h; h is left unchanged. */
    public void solve(ComplexMatrix h) {
        if (h.rows() != n || h.columns() != n) {
            throw new IllegalArgumentException("solver is for " + n + "x" + n);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                double r = 0.5 * (h.re(i, j) + h.re(j, i));
                double m = 0.5 * (h.im(i, j) - h.im(j, i));
                vectors.set(i, j, r, m);
                vectors.set(j, i, r, -m);
            }
        }
        workspace.solve(vectors, values);
    }

    /** Eigenvalue j of the last solve, ascending. */
    public double value(int j) {
        return values[j];
    }

    /** A copy of the eigenvalues of the last solve. */
    public double[] values() {
        return values.clone();
    }

    /** Eigenvectors of the last solve as columns (shared, do not modify). */
    public ComplexMatrix vectors() {
        return vectors;
    }

    /**
     * out[k] = Re (V^dag X V)_kk, the diagonal of X in the eigenbasis of the last solve: then
     * tr(X f(H)) = sum_k out[k] f(value k) for any f, with one product instead of forming f(H).
     */
    public void diagonalInEigenbasis(ComplexMatrix x, double[] out) {
        Blas.multiply(x, false, vectors, false, product);
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                long o = vectors.offset(i, k);
                sum += vectors.raw(o) * product.raw(o) + vectors.raw(o + 1) * product.raw(o + 1);
            }
            out[k] = sum;
        }
    }

    /** LAPACKE's zheevd_work with zheevd's workspaces, allocated once. */
    private static final class NativeWorkspace implements Workspace {
        private final int n;
        private final DoublePointer valuesPointer;
        // zheevd's workspaces at the sizes LAPACK documents for JOBZ = 'V', allocated once (for n = 256
        // they are 2 MB a call, which malloc would map and zero every frame)
        private final DoublePointer work;
        private final DoublePointer realWork;
        private final IntPointer integerWork;
        private final int workLength;
        private final int realWorkLength;
        private final int integerWorkLength;

        NativeWorkspace(int n) {
            this.n = n;
            this.valuesPointer = new DoublePointer(n);
            this.workLength = n <= 1 ? 1 : 2 * n + n * n;
            this.realWorkLength = n <= 1 ? 1 : 1 + 5 * n + 2 * n * n;
            this.integerWorkLength = n <= 1 ? 1 : 3 + 5 * n;
            this.work = new DoublePointer(2L * workLength);
            this.realWork = new DoublePointer(realWorkLength);
            this.integerWork = new IntPointer(integerWorkLength);
        }

        @Override
        public void solve(ComplexMatrix a, double[] w) {
            int info = openblas.LAPACKE_zheevd_work(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, a.pointer(), n,
                    valuesPointer, work, workLength, realWork, realWorkLength, integerWork, integerWorkLength);
            if (info != 0) {
                throw new ArithmeticException("zheevd failed (info " + info + ")");
            }
            valuesPointer.get(w);
        }
    }
}
