package dev.clausius.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Where the LAPACK routines (symmetric and Hermitian eigen-decompositions, complex solves) run:
 * OpenBLAS's LAPACKE, or pure Java ({@link JavaLapack}) where that OpenBLAS has none. The
 * macosx-arm64 OpenBLAS of JavaCPP 1.5.7 is BLAS only: its JNI library defines none of the 7,448
 * LAPACKE wrappers of the linux-x86_64 one, so a LAPACKE call there throws UnsatisfiedLinkError
 * (decision 0011). BLAS (zgemm, dgemm) stays native on both.
 *
 * <p>Chosen once per JVM: {@code -Dclausius.lapack=java|native} wins over the environment's
 * {@code CLAUSIUS_LAPACK}; with neither, NATIVE when the native LAPACKE routines answer a 1 x 1
 * call, else JAVA.
 */
public enum LapackBackend {
    /** OpenBLAS's LAPACKE (dsyevd, zheevd, zgesv). */
    NATIVE(Blas::symmetricEigen, Blas::hermitianEigen, Blas::solve),
    /** netlib's F2J LAPACK (real double only), Hermitian problems through their real embedding. */
    JAVA(JavaLapack::symmetricEigen, JavaLapack::hermitianEigen, JavaLapack::solve);

    /** The routine behind {@link #hermitianEigen}. */
    @FunctionalInterface
    interface HermitianEigenRoutine {
        void run(ComplexMatrix a, double[] w, boolean vectors);
    }

    private final BiConsumer<RealMatrix, double[]> symmetricEigen;
    private final HermitianEigenRoutine hermitianEigen;
    private final BiConsumer<ComplexMatrix, ComplexMatrix> solve;

    LapackBackend(BiConsumer<RealMatrix, double[]> symmetricEigen, HermitianEigenRoutine hermitianEigen,
                  BiConsumer<ComplexMatrix, ComplexMatrix> solve) {
        this.symmetricEigen = symmetricEigen;
        this.hermitianEigen = hermitianEigen;
        this.solve = solve;
    }

    /** The system property that forces a backend ({@code java} or {@code native}). */
    public static final String PROPERTY = "clausius.lapack";
    /** The environment variable that does the same when the property is absent. */
    public static final String ENVIRONMENT = "CLAUSIUS_LAPACK";

    /** Eigenvalues (ascending) into w, eigenvectors over a (column j for w[j]); a real symmetric. */
    void symmetricEigen(RealMatrix a, double[] w) {
        symmetricEigen.accept(a, w);
    }

    /** Eigenvalues (ascending) into w; eigenvectors over a when vectors, else a is destroyed. */
    void hermitianEigen(ComplexMatrix a, double[] w, boolean vectors) {
        hermitianEigen.run(a, w, vectors);
    }

    /** Solves A X = B in place (B becomes X; A is overwritten by the native path's factors). */
    void solve(ComplexMatrix a, ComplexMatrix b) {
        solve.accept(a, b);
    }

    /** The backend of this JVM, decided on first use. */
    public static LapackBackend selected() {
        return Selection.CHOICE.backend();
    }

    /** One line for {@code bench} and {@code --debug}: the backend and why it was chosen. */
    public static String describeSelection() {
        Choice choice = Selection.CHOICE;
        return "LAPACK: " + choice.backend().name().toLowerCase(Locale.ROOT) + " (" + choice.reason() + ")";
    }

    /** A backend and the reason for it. */
    record Choice(LapackBackend backend, String reason) {
    }

    /**
     * The rule, apart from where its inputs come from: a recognized property wins, then a recognized
     * variable; an unrecognized value is named in the reason and the probe decides.
     */
    static Choice choose(String property, String environment, BooleanSupplier nativeHasLapack) {
        String ignored = "";
        for (String[] source : new String[][] {{"-D" + PROPERTY, property}, {ENVIRONMENT, environment}}) {
            String value = source[1] == null ? "" : source[1].trim().toLowerCase(Locale.ROOT);
            if (value.equals("java")) {
                return new Choice(JAVA, "forced by " + source[0] + "=java");
            }
            if (value.equals("native")) {
                return new Choice(NATIVE, "forced by " + source[0] + "=native");
            }
            if (!value.isEmpty() && ignored.isEmpty()) {
                ignored = source[0] + "=" + source[1] + " ignored (not java or native); ";
            }
        }
        return nativeHasLapack.getAsBoolean()
                ? new Choice(NATIVE, ignored + "the native OpenBLAS has LAPACKE")
                : new Choice(JAVA, ignored + "the native OpenBLAS has no LAPACKE");
    }

    /**
     * True when every LAPACKE routine this package calls answers a 1 x 1 problem. Where the JNI
     * library lacks a wrapper, the JVM finds no implementation for the native method and throws
     * UnsatisfiedLinkError at the call, before any native code runs: nothing can crash.
     */
    public static boolean nativeHasLapack() {
        return linksAndRuns(() -> {
            try (DoublePointer a = new DoublePointer(1.0, 0.0); DoublePointer b = new DoublePointer(1.0, 0.0);
                 DoublePointer w = new DoublePointer(1); IntPointer pivots = new IntPointer(1);
                 DoublePointer work = new DoublePointer(2); DoublePointer realWork = new DoublePointer(1);
                 IntPointer integerWork = new IntPointer(1)) {
                openblas.LAPACKE_dsyevd(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', 1, a, 1, w);
                openblas.LAPACKE_zheevd(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', 1, a, 1, w);
                openblas.LAPACKE_zgesv(LAPACK_COL_MAJOR, 1, 1, a, 1, pivots, b, 1);
                openblas.LAPACKE_zheevd_work(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'U', 1, a, 1, w,
                        work, 1, realWork, 1, integerWork, 1);
            }
        });
    }

    /** False when {@code calls} meets a native method with no implementation (or no library at all). */
    static boolean linksAndRuns(Runnable calls) {
        try {
            calls.run();
            return true;
        } catch (LinkageError missing) {
            return false; // UnsatisfiedLinkError, or the class's library failing to load
        }
    }

    /** Lazily computed once, on first use (class initialization is thread-safe). */
    private static final class Selection {
        static final Choice CHOICE = choose(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT),
                LapackBackend::nativeHasLapack);
    }
}
