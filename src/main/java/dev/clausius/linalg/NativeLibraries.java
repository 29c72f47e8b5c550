package dev.clausius.linalg;

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

    /** Returns once every native library the linear algebra uses is loaded; idempotent and cheap after the first call. */
    public static void load() {
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{1, 0.5}, {0.5, -1}}, new double[][] {{0, 0.25}, {-0.25, 0}});
        HermitianEigen.of(h);                                // zheevd
        HermitianEigen.of(ComplexMatrix.diagonal(1.0, 2.0)); // dsyevd (real)
        h.times(h);                                          // zgemm
        MatrixExponential.exp(h, 0.1);                       // zgesv, on its large-stack thread
    }
}
