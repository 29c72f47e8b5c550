package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure-Java LAPACK path (decision 0011) against the native one (OpenBLAS's LAPACKE, here on
 * Linux) and against NaiveMatrix's Jacobi eigenvalues. Eigenvectors of a degenerate eigenvalue are
 * any basis of its eigenspace, so they are compared through functions of H (V f(diag) V^dag),
 * which do not depend on that choice, and through their defining identities.
 */
class JavaLapackTest {

    @Test
    void machineConstantsAreSettledBeforeAnyCall() throws ClassNotFoundException {
        // F2J's dlamch clears its "first" flag before computing eps: JavaLapack computes the
        // constants in its own initialization, so no thread can see the flag down and eps unset
        Class.forName(JavaLapack.class.getName(), true, JavaLapack.class.getClassLoader());
        assertFalse(org.netlib.lapack.Dlamch.first);
        assertEquals(Math.ulp(1.0) / 2, org.netlib.lapack.Dlamch.eps.val, 0); // the unit round-off, 2^-53
        assertEquals(Math.ulp(1.0) / 2, JavaLapack.machinePrecision(), 0);
    }

    @Test
    void oneByOne() {
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{-2.5}}, null);
        double[] w = new double[1];
        JavaLapack.hermitianEigen(h, w, true);
        assertEquals(-2.5, w[0], 0);
        assertEquals(1, Math.hypot(h.re(0, 0), h.im(0, 0)), 1e-15);
        HermitianEigen real = HermitianEigen.of(ComplexMatrix.of(new double[][] {{3}}, null), LapackBackend.JAVA);
        assertArrayEquals(new double[] {3}, real.values(), 0);
        assertEquals(1, Math.abs(real.vectors().re(0, 0)), 0);
    }

    @Test
    void pauliYThroughTheEmbedding() {
        ComplexMatrix sy = ComplexMatrix.of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
        HermitianEigen e = HermitianEigen.of(sy, LapackBackend.JAVA);
        assertFalse(e.hasRealVectors());
        assertArrayEquals(new double[] {-1, 1}, e.values(), 1e-15);
        // sy (1, i)/sqrt2 = (1, i)/sqrt2: the +1 eigenvector has |v_0| = |v_1| and v_1 = i v_0
        ComplexMatrix v = e.vectors();
        double r = v.re(1, 1) * v.re(0, 1) + v.im(1, 1) * v.im(0, 1); // Re(conj(v0) v1)
        double i = v.im(1, 1) * v.re(0, 1) - v.re(1, 1) * v.im(0, 1); // Im(conj(v0) v1)
        assertEquals(0, r, 1e-15);
        assertEquals(0.5, i, 1e-15);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 33, 64})
    void randomComplexHermitianMatchesNativeAndNaive(int n) {
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, new Random(100 + n));
        assertAgreesWithNative(h, 1e-12);
        assertArrayEquals(h.hermitianEigenvalues(), javaValues(h), 1e-10 * n);
    }

    @Test
    void identityIsOneClusterOfEveryDimension() {
        int n = 64;
        ComplexMatrix id = ComplexMatrix.identity(n);
        double[] w = new double[n];
        JavaLapack.hermitianEigen(id, w, true); // the real embedding, though the matrix is real
        for (double value : w) {
            assertEquals(1, value, 1e-15);
        }
        assertUnitary(id, 1e-14);
    }

    @Test
    void complexMatrixWithZeroImaginaryPartThroughTheEmbedding() {
        NaiveMatrix h = NaiveMatrix.randomHermitian(20, new Random(5));
        NaiveMatrix real = new NaiveMatrix(h.re, new double[20][20]);
        ComplexMatrix a = real.toComplexMatrix();
        double[] w = new double[20];
        JavaLapack.hermitianEigen(a, w, true);
        assertArrayEquals(real.hermitianEigenvalues(), w, 1e-12);
        assertUnitary(a, 1e-13);
        assertReconstructs(real, a, w, 1e-12);
    }

    @Test
    void repeatedEigenvaluesInARandomBasis() {
        // H = U diag(1, 1, 1, 2, 2, -3, 0.5, 0.5, 0.5, 0.5) U^dag with U unitary and complex
        double[] spectrum = {1, 1, 1, 2, 2, -3, 0.5, 0.5, 0.5, 0.5};
        NaiveMatrix h = rotated(spectrum, new Random(11));
        double[] sorted = spectrum.clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(sorted, javaValues(h), 1e-13);
        assertAgreesWithNative(h, 1e-13);
    }

    @Test
    void nearlyDegenerateEigenvaluesKeepTheirOwnEigenvectorsWithinTheirCluster() {
        // 1, 1 + 1e-11, ..., 1 + 7e-11 fall in one cluster of the embedding (gaps below 1e-9 of the
        // scale): Gram-Schmidt there must still return eigenvectors of each, not mixtures, each in
        // the column of its own eigenvalue
        double[] spectrum = {1, 1 + 1e-11, 1 + 2e-11, 1 + 3e-11, 1 + 4e-11, 1 + 5e-11, 1 + 6e-11, 1 + 7e-11, 2, 3};
        NaiveMatrix h = rotated(spectrum, new Random(12));
        ComplexMatrix a = h.toComplexMatrix();
        double[] w = new double[spectrum.length];
        JavaLapack.hermitianEigen(a, w, true);
        assertUnitary(a, 1e-14);
        for (int j = 0; j < spectrum.length; j++) {
            NaiveMatrix v = column(a, j);
            double residual = h.times(v).minus(v.scale(w[j])).maxAbsDifference(new ComplexMatrix(spectrum.length, 1));
            assertTrue(residual < 1e-14, "column " + j + " residual " + residual);
            assertEquals(spectrum[j], w[j], 1e-14);
        }
    }

    @Test
    void gibbsStateOfASpinRingWithComplexCouplings() {
        // a ring of 4 spins 1/2 with XX and Dzyaloshinskii-Moriya couplings (complex H) in a field:
        // translations and the conserved S_z give a spectrum with repeated eigenvalues
        NaiveMatrix h = spinRing(4, 1.0, 0.4, 0.3);
        NaiveMatrix gibbs = gibbs(h, 0.7);
        double[] values = javaValues(gibbs);
        int repeated = 0;
        for (int j = 1; j < values.length; j++) {
            repeated += values[j] - values[j - 1] < 1e-12 ? 1 : 0;
        }
        assertTrue(repeated >= 2, "the test needs a degenerate spectrum: " + repeated + " repeats");
        assertEquals(1, java.util.Arrays.stream(values).sum(), 1e-13);
        assertAgreesWithNative(gibbs, 1e-14);
        assertArrayEquals(gibbs.hermitianEigenvalues(), values, 1e-13);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 64})
    void realSymmetricMatchesNativeDsyevd(int n) {
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, new Random(7 * n));
        NaiveMatrix real = new NaiveMatrix(h.re, new double[n][n]);
        HermitianEigen java = HermitianEigen.of(real.toComplexMatrix(), LapackBackend.JAVA);
        HermitianEigen nativ = HermitianEigen.of(real.toComplexMatrix(), LapackBackend.NATIVE);
        assertTrue(java.hasRealVectors());
        assertArrayEquals(nativ.values(), java.values(), 1e-12 * n);
        assertArrayEquals(real.hermitianEigenvalues(), java.values(), 1e-10 * n);
        assertUnitary(java.vectors(), 1e-13);
        DoubleUnaryOperator f = x -> Math.exp(-0.3 * x);
        assertTrue(NaiveMatrix.of(nativ.apply(f)).maxAbsDifference(java.apply(f)) < 1e-12);
    }

    @Test
    void valuesOnlyMatchNative() {
        NaiveMatrix h = NaiveMatrix.randomHermitian(40, new Random(3)); // above the Jacobi limit
        assertArrayEquals(HermitianEigen.valuesOf(h.toComplexMatrix(), LapackBackend.NATIVE),
                HermitianEigen.valuesOf(h.toComplexMatrix(), LapackBackend.JAVA), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 24})
    void reusableSolverMatchesNativeFrameAfterFrame(int n) {
        HermitianEigensolver java = new HermitianEigensolver(n, LapackBackend.JAVA);
        HermitianEigensolver nativ = new HermitianEigensolver(n, LapackBackend.NATIVE);
        Random random = new Random(n);
        for (int frame = 0; frame < 3; frame++) {
            ComplexMatrix rho = NaiveMatrix.randomDensity(n, random).toComplexMatrix();
            java.solve(rho);
            nativ.solve(rho);
            assertArrayEquals(nativ.values(), java.values(), 1e-14);
            double[] fromJava = new double[n];
            double[] fromNative = new double[n];
            java.diagonalInEigenbasis(rho, fromJava);
            nativ.diagonalInEigenbasis(rho, fromNative);
            // diag(V^dag rho V) = the eigenvalues themselves, whatever the phases
            assertArrayEquals(fromNative, fromJava, 1e-14);
            assertArrayEquals(java.values(), fromJava, 1e-14);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 30})
    void complexSolveMatchesNativeAndSatisfiesTheSystem(int n) {
        Random random = new Random(n);
        NaiveMatrix a = NaiveMatrix.random(n, random);
        NaiveMatrix b = new NaiveMatrix(n, 2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                b.re[i][j] = random.nextGaussian();
                b.im[i][j] = random.nextGaussian();
            }
        }
        ComplexMatrix javaX = b.toComplexMatrix();
        JavaLapack.solve(a.toComplexMatrix(), javaX);
        ComplexMatrix nativeX = b.toComplexMatrix();
        LapackBackend.NATIVE.solve(a.toComplexMatrix(), nativeX);
        assertTrue(NaiveMatrix.of(nativeX).maxAbsDifference(javaX) < 1e-12);
        assertTrue(a.times(NaiveMatrix.of(javaX)).maxAbsDifference(b.toComplexMatrix()) < 1e-12);
    }

    @Test
    void singularSolveFailsAsTheNativeOneDoes() {
        ComplexMatrix singular = ComplexMatrix.of(new double[][] {{1, 2}, {2, 4}}, new double[][] {{1, 2}, {2, 4}});
        assertThrows(ArithmeticException.class, () -> JavaLapack.solve(singular, ComplexMatrix.identity(2)));
    }

    @Test
    void matrixExponentialOfANonNormalMatrixThroughTheJavaSolve() {
        // exp of a Jordan block [[a, 1], [0, a]] = e^a [[1, 1], [0, 1]], with the Pade solve in Java
        ComplexMatrix jordan = ComplexMatrix.of(new double[][] {{0.3, 1}, {0, 0.3}}, new double[][] {{0.2, 0}, {0, 0.2}});
        ComplexMatrix numerator = ComplexMatrix.identity(2).plus(jordan.scaled(0.5));
        ComplexMatrix denominator = ComplexMatrix.identity(2).minus(jordan.scaled(0.5));
        ComplexMatrix nativeR = numerator.copy();
        LapackBackend.NATIVE.solve(denominator.copy(), nativeR);
        ComplexMatrix javaR = numerator.copy();
        LapackBackend.JAVA.solve(denominator.copy(), javaR);
        assertTrue(NaiveMatrix.of(nativeR).maxAbsDifference(javaR) < 1e-15);
    }

    // ---------------------------------------------------------------- helpers

    private static double[] javaValues(NaiveMatrix h) {
        return HermitianEigen.of(h.toComplexMatrix(), LapackBackend.JAVA).values();
    }

    /** Same eigenvalues as native zheevd/dsyevd and the same f(H) for two f; orthonormal vectors that rebuild H. */
    private static void assertAgreesWithNative(NaiveMatrix h, double tolerance) {
        HermitianEigen java = HermitianEigen.of(h.toComplexMatrix(), LapackBackend.JAVA);
        HermitianEigen nativ = HermitianEigen.of(h.toComplexMatrix(), LapackBackend.NATIVE);
        double scale = Math.max(1, Math.abs(nativ.value(0)) + Math.abs(nativ.value(nativ.size() - 1)));
        assertArrayEquals(nativ.values(), java.values(), tolerance * scale);
        assertUnitary(java.vectors(), 1e-13);
        for (DoubleUnaryOperator f : new DoubleUnaryOperator[] {x -> x, x -> Math.exp(-0.5 * x) * Math.cos(x)}) {
            double difference = NaiveMatrix.of(nativ.apply(f)).maxAbsDifference(java.apply(f));
            assertTrue(difference < 10 * tolerance * scale, "f(H) differs by " + difference);
        }
        assertTrue(h.maxAbsDifference(java.apply(x -> x)) < 10 * tolerance * scale);
    }

    private static void assertUnitary(ComplexMatrix v, double tolerance) {
        NaiveMatrix m = NaiveMatrix.of(v);
        double error = m.adjoint().times(m).maxAbsDifference(ComplexMatrix.identity(v.rows()));
        assertTrue(error < tolerance, "V^dag V - 1 = " + error);
    }

    private static void assertReconstructs(NaiveMatrix h, ComplexMatrix vectors, double[] w, double tolerance) {
        NaiveMatrix v = NaiveMatrix.of(vectors);
        NaiveMatrix d = new NaiveMatrix(w.length, w.length);
        for (int j = 0; j < w.length; j++) {
            d.re[j][j] = w[j];
        }
        assertTrue(h.maxAbsDifference(v.times(d).times(v.adjoint()).toComplexMatrix()) < tolerance);
    }

    private static NaiveMatrix column(ComplexMatrix a, int j) {
        NaiveMatrix v = new NaiveMatrix(a.rows(), 1);
        for (int i = 0; i < a.rows(); i++) {
            v.re[i][0] = a.re(i, j);
            v.im[i][0] = a.im(i, j);
        }
        return v;
    }

    /** U diag(spectrum) U^dag with U the (native) eigenvectors of a random complex Hermitian matrix. */
    private static NaiveMatrix rotated(double[] spectrum, Random random) {
        int n = spectrum.length;
        NaiveMatrix u = NaiveMatrix.of(HermitianEigen.of(NaiveMatrix.randomHermitian(n, random).toComplexMatrix(),
                LapackBackend.NATIVE).vectors());
        NaiveMatrix d = new NaiveMatrix(n, n);
        for (int j = 0; j < n; j++) {
            d.re[j][j] = spectrum[j];
        }
        NaiveMatrix h = u.times(d).times(u.adjoint());
        return h.plus(h.adjoint()).scale(0.5);
    }

    private static final NaiveMatrix SX = new NaiveMatrix(new double[][] {{0, 0.5}, {0.5, 0}}, new double[2][2]);
    private static final NaiveMatrix SY = new NaiveMatrix(new double[2][2], new double[][] {{0, -0.5}, {0.5, 0}});
    private static final NaiveMatrix SZ = new NaiveMatrix(new double[][] {{0.5, 0}, {0, -0.5}}, new double[2][2]);

    /** sum_i J (sx_i sx_i+1 + sy_i sy_i+1) + D (sx_i sy_i+1 - sy_i sx_i+1) + field sz_i on a ring. */
    private static NaiveMatrix spinRing(int sites, double j, double d, double field) {
        int dim = 1 << sites;
        NaiveMatrix h = new NaiveMatrix(dim, dim);
        for (int i = 0; i < sites; i++) {
            int next = (i + 1) % sites;
            h = h.plus(pair(sites, i, SX, next, SX).plus(pair(sites, i, SY, next, SY)).scale(j));
            h = h.plus(pair(sites, i, SX, next, SY).minus(pair(sites, i, SY, next, SX)).scale(d));
            h = h.plus(site(sites, i, SZ).scale(field));
        }
        return h;
    }

    private static NaiveMatrix pair(int sites, int i, NaiveMatrix a, int k, NaiveMatrix b) {
        return site(sites, i, a).times(site(sites, k, b));
    }

    private static NaiveMatrix site(int sites, int i, NaiveMatrix op) {
        NaiveMatrix m = NaiveMatrix.identity(1);
        for (int s = 0; s < sites; s++) {
            m = m.kron(s == i ? op : NaiveMatrix.identity(2));
        }
        return m;
    }

    /** e^{-beta H} / Z from the native eigen-decomposition. */
    private static NaiveMatrix gibbs(NaiveMatrix h, double beta) {
        ComplexMatrix unnormalized = HermitianEigen.of(h.toComplexMatrix(), LapackBackend.NATIVE)
                .apply(x -> Math.exp(-beta * x));
        NaiveMatrix g = NaiveMatrix.of(unnormalized);
        g = g.scale(1 / g.traceRe());
        return g.plus(g.adjoint()).scale(0.5);
    }
}
