package dev.clausius.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netlib.util.intW;

/**
 * The LAPACK routines of {@link Blas} in pure Java, for an OpenBLAS without LAPACKE (macOS arm64,
 * decision 0011): netlib's F2J translation of reference LAPACK (dev.ludovic.netlib, Spark's),
 * which has real double routines only. A complex problem goes through its real embedding:
 * H = A + iB (A symmetric, B antisymmetric) acts on u + iv as M = [[A, -B], [B, A]] acts on [u; v],
 * so M is real symmetric, has every eigenvalue of H twice ([u; v] and [-v; u], i.e. z and iz), and
 * A X = B becomes one real solve of twice the size.
 */
final class JavaLapack {
    /** The library's F2J instance: stateless, never null (it is Java all the way down). */
    private static final LAPACK F2J = javaInstance();

    private JavaLapack() {
    }

    /** dsyevd: eigenvalues (ascending) into w, eigenvectors over a (column j for w[j]). */
    static void symmetricEigen(RealMatrix a, double[] w) {
        int n = a.size();
        double[] m = new double[n * n];
        a.pointer().get(m, 0, m.length);
        new SymmetricEigenWorkspace(n, true).solve(m, w);
        a.pointer().put(m, 0, m.length);
    }

    /** As zheevd: eigenvalues (ascending) into w; eigenvectors over a when vectors, else a is destroyed. */
    static void hermitianEigen(ComplexMatrix a, double[] w, boolean vectors) {
        new HermitianEigenWorkspace(a.rows(), vectors).solve(a, w);
    }

    /**
     * As zgesv: A X = B by LU with partial pivoting of the real embedding
     * [[Ar, -Ai], [Ai, Ar]] [Xr; Xi] = [Br; Bi] (dgesv), which is backward stable for that system and
     * has A's condition number. A is left as it was (the native zgesv leaves its factors there; no caller reads them).
     */
    static void solve(ComplexMatrix a, ComplexMatrix b) {
        int n = a.rows();
        int columns = b.columns();
        if (!a.isSquare() || b.rows() != n || a == b) {
            throw new IllegalArgumentException("zgesv shapes do not fit");
        }
        int size = 2 * n;
        double[] interleaved = new double[(int) a.length()];
        a.copyTo(interleaved);
        double[] m = new double[size * size];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double re = interleaved[2 * (i + j * n)];
                double im = interleaved[2 * (i + j * n) + 1];
                m[i + j * size] = re;
                m[n + i + (n + j) * size] = re;
                m[n + i + j * size] = im;
                m[i + (n + j) * size] = -im;
            }
        }
        double[] rhs = new double[(int) b.length()];
        b.copyTo(rhs);
        double[] x = new double[size * columns];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < n; i++) {
                x[i + j * size] = rhs[2 * (i + j * n)];
                x[n + i + j * size] = rhs[2 * (i + j * n) + 1];
            }
        }
        intW info = new intW(0);
        F2J.dgesv(size, columns, m, size, new int[size], x, size, info);
        check(info.val, "dgesv");
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < n; i++) {
                rhs[2 * (i + j * n)] = x[i + j * size];
                rhs[2 * (i + j * n) + 1] = x[n + i + j * size];
            }
        }
        b.copyFrom(rhs);
    }

    /**
     * JavaLAPACK.getInstance() first tries the library's own JNI build (a system liblapack.so.3,
     * Linux only in 3.0.3) and logs a WARNING when it is absent; we never use it, so its logger is
     * silenced for that one call. The strong reference keeps the logger (and so its level) alive.
     *
     * <p>F2J keeps LAPACK's SAVE variables in static fields. dlamch's machine constants are computed
     * on its first call, after it has already cleared its "first" flag, so two threads making their
     * first calls at once could read zeros. Computing them here, in this class's initialization,
     * settles them before any caller can use this class (class initialization happens-before every
     * use). The other static state (dlasq3/4, dlacon, dlaln2, dlasy2, dlaruv) is in routines that dsyevd
     * and dgesv do not call.
     */
    private static LAPACK javaInstance() {
        Logger builder = Logger.getLogger("dev.ludovic.netlib.lapack.InstanceBuilder");
        Level before = builder.getLevel();
        builder.setLevel(Level.OFF);
        try {
            LAPACK lapack = JavaLAPACK.getInstance();
            lapack.dlamch("E");
            return lapack;
        } finally {
            builder.setLevel(before);
        }
    }

    /** The relative machine precision F2J's LAPACK works with (dlamch('E')), for tests. */
    static double machinePrecision() {
        return F2J.dlamch("E");
    }

    private static void check(int info, String routine) {
        if (info != 0) {
            throw new ArithmeticException(routine + " failed (info " + info + ")");
        }
    }

    /** dsyevd with its workspaces at the sizes LAPACK documents, allocated once for one size. */
    static final class SymmetricEigenWorkspace {
        private final int n;
        private final boolean vectors;
        private final double[] work;
        private final int[] integerWork;

        SymmetricEigenWorkspace(int n, boolean vectors) {
            this.n = n;
            this.vectors = vectors;
            // dsyevd: LWORK >= 1 + 6N + 2N^2 and LIWORK >= 3 + 5N for JOBZ = 'V'; 2N + 1 and 1 for 'N'
            this.work = new double[n <= 1 ? 1 : vectors ? 1 + 6 * n + 2 * n * n : 2 * n + 1];
            this.integerWork = new int[n <= 1 || !vectors ? 1 : 3 + 5 * n];
        }

        /** a (n x n, column-major, upper triangle read) becomes the eigenvectors when asked; values into w. */
        void solve(double[] a, double[] w) {
            intW info = new intW(0);
            F2J.dsyevd(vectors ? "V" : "N", "U", n, a, Math.max(1, n), w, work, work.length, integerWork,
                    integerWork.length, info);
            check(info.val, "dsyevd");
        }
    }

    /**
     * A Hermitian eigenproblem through the real embedding, with its arrays allocated once (the
     * per-frame spectra of reduced states reuse one). The 2n eigenvalues of M come in equal pairs;
     * H's are their pair means. M's eigenvectors for one eigenvalue of H of multiplicity k span a
     * real space of dimension 2k, which [x; y] -> x + iy maps onto H's complex eigenspace: complex
     * Gram-Schmidt there keeps k orthonormal vectors (see {@link #orthonormalize}).
     */
    static final class HermitianEigenWorkspace {
        /**
         * Eigenvalues of M closer than this (relative to the spectrum's largest |value|) belong to one
         * cluster, whose count is made even besides, so that the two members of a pair (equal up to the
         * eigensolver's round-off, about 1e-15 relative) are never split. A wider cluster costs time,
         * not accuracy: M's computed eigenvectors are each an eigenvector of one eigenvalue of H to
         * working accuracy, so Gram-Schmidt, whose every step is orthogonal to them in the complex
         * sense where the eigenvalues differ, only mixes vectors of one eigenvalue.
         */
        private static final double CLUSTER_GAP = 1e-9;

        private final int n;
        private final boolean vectors;
        private final double[] embedding;
        private final double[] pairedValues;
        private final double[] interleaved;
        private final SymmetricEigenWorkspace symmetric;

        HermitianEigenWorkspace(int n, boolean vectors) {
            this.n = n;
            this.vectors = vectors;
            this.embedding = new double[4 * n * n];
            this.pairedValues = new double[2 * n];
            this.interleaved = new double[2 * n * n];
            this.symmetric = new SymmetricEigenWorkspace(2 * n, vectors);
        }

        /**
         * Eigenvalues (ascending) of a's Hermitian matrix into w (length n); eigenvectors over a when
         * this workspace is for vectors. As zheevd with UPLO = 'U', only the upper triangle of a is
         * read (and the real part of its diagonal).
         */
        void solve(ComplexMatrix a, double[] w) {
            if (a.rows() != n || a.columns() != n) {
                throw new IllegalArgumentException("workspace is for " + n + "x" + n);
            }
            if (n == 0) {
                return; // as zheevd: nothing to do
            }
            a.copyTo(interleaved);
            embed();
            symmetric.solve(embedding, pairedValues);
            for (int j = 0; j < n; j++) {
                w[j] = 0.5 * (pairedValues[2 * j] + pairedValues[2 * j + 1]);
            }
            if (vectors) {
                recoverVectors();
                a.copyFrom(interleaved);
            }
        }

        /** M = [[A, -B], [B, A]] from the upper triangle of H = A + iB (B_ij = -B_ji, B_ii = 0). */
        private void embed() {
            int size = 2 * n;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i <= j; i++) {
                    double re = interleaved[2 * (i + j * n)];
                    double im = i == j ? 0 : interleaved[2 * (i + j * n) + 1];
                    embedding[i + j * size] = re;                 // A_ij, upper
                    embedding[j + i * size] = re;                 // A_ji, lower (dsyevd ignores it)
                    embedding[n + i + (n + j) * size] = re;       // A_ij in the lower right block
                    embedding[n + j + (n + i) * size] = re;
                    embedding[i + (n + j) * size] = -im;          // -B_ij, upper right block
                    embedding[j + (n + i) * size] = im;           // -B_ji = B_ij
                    embedding[n + i + j * size] = im;             // B_ij, lower left block
                    embedding[n + j + i * size] = -im;            // B_ji
                }
            }
        }

        /** Writes H's eigenvectors (ascending) into interleaved from M's, cluster by cluster. */
        private void recoverVectors() {
            int size = 2 * n;
            double scale = Math.max(Math.max(Math.abs(pairedValues[0]), Math.abs(pairedValues[size - 1])),
                    Double.MIN_NORMAL);
            int start = 0;
            while (start < size) {
                int end = start + 1;
                // a cluster has an even count: a pair is never split, whatever its round-off
                while (end < size && (pairedValues[end] - pairedValues[end - 1] <= CLUSTER_GAP * scale
                        || (end - start) % 2 == 1)) {
                    end++;
                }
                int k = (end - start) / 2;
                double[][] re = new double[2 * k][n];
                double[][] im = new double[2 * k][n];
                for (int c = 0; c < 2 * k; c++) {
                    int column = (start + c) * size;
                    System.arraycopy(embedding, column, re[c], 0, n);
                    System.arraycopy(embedding, column + n, im[c], 0, n);
                }
                int[] kept = orthonormalize(re, im, k);
                for (int c = 0; c < k; c++) {
                    int column = start / 2 + c;
                    for (int i = 0; i < n; i++) {
                        interleaved[2 * (i + column * n)] = re[kept[c]][i];
                        interleaved[2 * (i + column * n) + 1] = im[kept[c]][i];
                    }
                }
                start = end;
            }
        }
    }

    /**
     * Complex Gram-Schmidt with pivoting over the 2k vectors (re[c] + i im[c]) of one cluster, which
     * span a complex space of dimension k: k times, the first vector whose remainder is at least
     * half the largest is normalized and projected out of the others (and, once more, out of itself
     * against the kept ones, since twice is enough). The 2k real-orthonormal vectors project onto the
     * remaining complex (2(k - j) real) dimensions with squared lengths summing to 2(k - j), so the
     * largest remainder is at least 1/sqrt(k) and the one kept at least 1/(2 sqrt(k)): no vector is
     * ever normalized from round-off. Taking the first rather than the largest keeps the vectors in
     * the order of M's eigenvalues where the cluster holds distinct eigenvalues of H: a vector of an
     * eigenvalue already covered has a remainder at round-off, one of an eigenvalue not yet covered
     * a remainder near 1. Returns the indices of the kept vectors, now orthonormal, in that order.
     */
    static int[] orthonormalize(double[][] re, double[][] im, int k) {
        int count = re.length;
        boolean[] used = new boolean[count];
        int[] kept = new int[k];
        for (int step = 0; step < k; step++) {
            double[] remainders = new double[count];
            double largest = 0;
            for (int c = 0; c < count; c++) {
                remainders[c] = used[c] ? -1 : norm(re[c], im[c]);
                largest = Math.max(largest, remainders[c]);
            }
            int best = 0;
            while (remainders[best] < 0.5 * largest) {
                best++;
            }
            used[best] = true;
            kept[step] = best;
            for (int earlier = 0; earlier < step; earlier++) {
                projectOut(re[kept[earlier]], im[kept[earlier]], re[best], im[best]);
            }
            double scale = 1 / norm(re[best], im[best]);
            for (int i = 0; i < re[best].length; i++) {
                re[best][i] *= scale;
                im[best][i] *= scale;
            }
            for (int c = 0; c < count; c++) {
                if (!used[c]) {
                    projectOut(re[best], im[best], re[c], im[c]);
                }
            }
        }
        return kept;
    }

    /** z <- z - q (q^dag z) for a unit q. */
    private static void projectOut(double[] qr, double[] qi, double[] zr, double[] zi) {
        double[] dot = inner(qr, qi, zr, zi);
        for (int i = 0; i < zr.length; i++) {
            double pr = qr[i] * dot[0] - qi[i] * dot[1];
            double pi = qr[i] * dot[1] + qi[i] * dot[0];
            zr[i] -= pr;
            zi[i] -= pi;
        }
    }

    /** x^dag y as {re, im}. */
    private static double[] inner(double[] xr, double[] xi, double[] yr, double[] yi) {
        double sr = 0;
        double si = 0;
        for (int i = 0; i < xr.length; i++) {
            sr += xr[i] * yr[i] + xi[i] * yi[i];
            si += xr[i] * yi[i] - xi[i] * yr[i];
        }
        return new double[] {sr, si};
    }

    private static double norm(double[] re, double[] im) {
        double sum = 0;
        for (int i = 0; i < re.length; i++) {
            sum += re[i] * re[i] + im[i] * im[i];
        }
        return Math.sqrt(sum);
    }
}
