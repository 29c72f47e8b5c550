package dev.clausius.linalg;

import org.bytedeco.openblas.global.openblas;

/**
 * Loads the native libraries behind this package (ND4J's backend and OpenBLAS/LAPACKE) on the
 * calling thread, by running each kind of call once on a 2x2 matrix.
 *
 * <p>Why a program would call it first: JavaCPP finds its libraries' symbols by calling
 * {@code dlopen} from inside a {@code dl_iterate_phdr} callback, which takes glibc's two loader
 * locks in the opposite order to a plain {@code dlopen}. If another thread loads a library at the
 * same moment (JavaFX loading its GTK glass library while it starts), both threads wait forever;
 * the explorer hung this way when its physics started beside JavaFX. Loading everything here,
 * before JavaFX starts, leaves no native loading for later.
 */
public final class NativeLibraries {
    private NativeLibraries() {
    }

    /**
     * Loads the libraries and then limits OpenBLAS to {@code threads} threads. Its threads wait for
     * each other by spinning, so when another busy thread holds a core they lose whole time slices:
     * a D = 512 frame took 520-890 ms instead of 30 ms beside one busy Java thread on 2 cores with
     * 2 BLAS threads, and 66 ms with 1. A program that keeps a core busy itself (the explorer's
     * FX and render threads) leaves that core to it. The OPENBLAS_NUM_THREADS variable is not
     * read by this build (it reported 2 threads with the variable at 1), hence the call.
     */
    public static void load(int threads) {
        load();
        openblas.blas_set_num_threads(Math.max(1, threads));
    }

    /** Returns once every native library the linear algebra uses is loaded; idempotent and cheap after the first call. */
    public static void load() {
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{1, 0.5}, {0.5, -1}}, new double[][] {{0, 0.25}, {-0.25, 0}});
        // the first LAPACK call chooses the backend, which probes OpenBLAS's LAPACKE (decision 0011)
        HermitianEigen.of(h);                                // zheevd (or its Java path)
        HermitianEigen.of(ComplexMatrix.diagonal(1.0, 2.0)); // dsyevd (real)
        h.times(h);                                          // zgemm
        MatrixExponential.exp(h, 0.1);                       // zgesv, on its large-stack thread
    }
}
