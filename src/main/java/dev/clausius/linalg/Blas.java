package dev.clausius.linalg;

import static org.bytedeco.openblas.global.openblas.CblasColMajor;
import static org.bytedeco.openblas.global.openblas.CblasConjTrans;
import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The OpenBLAS/LAPACKE routines that ND4J's own native dependency ships, called on the
 * ND4J-held buffers directly (measured before the code existed: 0.8-1.1x numpy, where ND4J's Eigen is 3-11x slower; decision 0001).
 */
final class Blas {
    /** zgemm's alpha = 1 and beta = 0, allocated once: never written after construction. */
    private static final DoublePointer ONE = new DoublePointer(1.0, 0.0);
    private static final DoublePointer ZERO = new DoublePointer(0.0, 0.0);

    private Blas() {
    }

    /** C = op(A) op(B), op = adjoint where asked; C must not alias A or B. */
    static void multiply(ComplexMatrix a, boolean adjointA, ComplexMatrix b, boolean adjointB, ComplexMatrix c) {
        multiply(a, adjointA, b, adjointB, c, false);
    }

    /** C = op(A) op(B), or C += op(A) op(B) when accumulate; C must not alias A or B. */
    static void multiply(ComplexMatrix a, boolean adjointA, ComplexMatrix b, boolean adjointB, ComplexMatrix c,
                         boolean accumulate) {
        int m = adjointA ? a.columns() : a.rows();
        int k = adjointA ? a.rows() : a.columns();
        int kb = adjointB ? b.columns() : b.rows();
        int n = adjointB ? b.rows() : b.columns();
        if (k != kb || c.rows() != m || c.columns() != n || c == a || c == b) {
            throw new IllegalArgumentException("zgemm shapes do not fit");
        }
        openblas.cblas_zgemm(CblasColMajor, adjointA ? CblasConjTrans : CblasNoTrans,
                adjointB ? CblasConjTrans : CblasNoTrans, m, n, k,
                ONE, a.pointer(), a.rows(), b.pointer(), b.rows(), accumulate ? ONE : ZERO, c.pointer(), c.rows());
    }

    /**
     * Solves A X = B in place by LU with partial pivoting (zgesv): A is overwritten by its factors,
     * B by the solution X. OpenBLAS's parallel getrf keeps a job table of about MAX_CPU_NUMBER^2
     * cache lines on the calling thread's stack (1-2 MB in this build), more than a JVM thread's
     * default 1 MB: from an ordinary thread it overflows the stack and kills the JVM (SIGSEGV from
     * n of about 20 up). The call therefore runs on a thread of its own with a large stack.
     */
    static void solve(ComplexMatrix a, ComplexMatrix b) {
        int n = a.rows();
        if (!a.isSquare() || b.rows() != n || a == b) {
            throw new IllegalArgumentException("zgesv shapes do not fit");
        }
        int[] info = new int[1];
        LargeStackCall.run("zgesv", () -> {
            try (IntPointer pivots = new IntPointer(n)) {
                info[0] = openblas.LAPACKE_zgesv(LAPACK_COL_MAJOR, n, b.columns(), a.pointer(), n, pivots,
                        b.pointer(), n);
            }
        });
        check(info[0], "zgesv");
    }

    /**
     * C = X W^T (W real, transposeW) or X W, with X and C complex n x n. In column-major
     * interleaved storage X is a real (2n x n) matrix, so one dgemm of half the flops of a zgemm does it.
     */
    static void multiplyByReal(ComplexMatrix x, RealMatrix w, boolean transposeW, ComplexMatrix c) {
        int n = w.size();
        if (x.rows() != n || x.columns() != n || c.rows() != n || c.columns() != n || c == x) {
            throw new IllegalArgumentException("dgemm shapes do not fit");
        }
        openblas.cblas_dgemm(CblasColMajor, CblasNoTrans, transposeW ? CblasTrans : CblasNoTrans,
                2 * n, n, n, 1.0, x.pointer(), 2 * n, w.pointer(), n, 0.0, c.pointer(), 2 * n);
    }

    /**
     * C = alpha op(A) op(B) for real column-major operands given by pointer and leading dimension,
     * so that a block of a larger buffer (the real or imaginary half of a split matrix) can be one.
     */
    static void multiplyReal(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha,
                             DoublePointer a, int lda, DoublePointer b, int ldb, DoublePointer c, int ldc) {
        openblas.cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans,
                transposeB ? CblasTrans : CblasNoTrans, m, n, k, alpha, a, lda, b, ldb, 0.0, c, ldc);
    }

    /** Eigenvalues (ascending) into w, eigenvectors over a (column j for w[j]); a real symmetric. */
    static void symmetricEigen(RealMatrix a, double[] w) {
        int n = a.size();
        try (DoublePointer values = new DoublePointer(n)) {
            int info = openblas.LAPACKE_dsyevd(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', n, a.pointer(), n, values);
            check(info, "dsyevd");
            values.get(w);
        }
    }

    /** Eigenvalues (ascending) into w; eigenvectors over a when vectors, else a is destroyed. */
    static void hermitianEigen(ComplexMatrix a, double[] w, boolean vectors) {
        int n = a.rows();
        try (DoublePointer values = new DoublePointer(n)) {
            int info = openblas.LAPACKE_zheevd(LAPACK_COL_MAJOR, (byte) (vectors ? 'V' : 'N'), (byte) 'U', n,
                    a.pointer(), n, values);
            check(info, "zheevd");
            values.get(w);
        }
    }

    private static void check(int info, String routine) {
        if (info != 0) {
            throw new ArithmeticException(routine + " failed (info " + info + ")");
        }
    }
}
