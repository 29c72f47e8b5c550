package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatrixExponentialTest {
    private static final double RELATIVE = 1e-13;

    private static double relativeError(NaiveMatrix expected, ComplexMatrix got) {
        return expected.maxAbsDifference(got) / Math.max(got.maxAbs(), 1e-300);
    }

    /** Norms that hit every Padé degree (3, 5, 7, 9) and the scaled degree 13 with several squarings. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.1, 0.5, 1.5, 4, 20, 60})
    void agreesWithNaiveTaylorAcrossTheDegrees(double size) {
        Random random = new Random(Double.hashCode(size));
        int n = 5;
        NaiveMatrix a = NaiveMatrix.random(n, random);
        double norm = MatrixExponential.oneNorm(a.toComplexMatrix());
        // a skew-Hermitian part of the requested size plus a small dissipative part keeps exp well conditioned
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        NaiveMatrix x = h.scale(0, size / norm).plus(a.scale(0.05 * size / norm));
        ComplexMatrix got = MatrixExponential.exp(x.toComplexMatrix());
        double error = relativeError(x.exp(1, 0), got);
        assertTrue(error < RELATIVE * Math.max(1, size), "relative error " + error);
    }

    @Test
    void nilpotentMatrixGivesItsFiniteSeries() {
        // N strictly upper triangular: exp(N) = 1 + N + N^2/2 exactly
        ComplexMatrix n = ComplexMatrix.of(new double[][] {{0, 2, -1}, {0, 0, 3}, {0, 0, 0}},
                new double[][] {{0, 1, 0}, {0, 0, -2}, {0, 0, 0}});
        ComplexMatrix expected = ComplexMatrix.identity(3).plus(n);
        expected.addScaled(0.5, n.times(n));
        assertTrue(MatrixExponential.exp(n).minus(expected).maxAbs() < 1e-14);
    }

    @Test
    void diagonalMatrixExponentiatesEntrywise() {
        double[][] re = {{-30, 0, 0}, {0, 0.5, 0}, {0, 0, 2}};
        double[][] im = {{7, 0, 0}, {0, -1, 0}, {0, 0, 40}};
        ComplexMatrix got = MatrixExponential.exp(ComplexMatrix.of(re, im));
        for (int k = 0; k < 3; k++) {
            double modulus = Math.exp(re[k][k]);
            assertEquals(modulus * Math.cos(im[k][k]), got.re(k, k), RELATIVE * modulus * 40);
            assertEquals(modulus * Math.sin(im[k][k]), got.im(k, k), RELATIVE * modulus * 40);
        }
        assertEquals(0, got.re(0, 1), 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 1, Math.PI, 25, 100})
    void rotationGeneratorGivesARotation(double angle) {
        ComplexMatrix generator = ComplexMatrix.of(new double[][] {{0, -1}, {1, 0}}, null);
        ComplexMatrix r = MatrixExponential.exp(generator, angle);
        double tolerance = RELATIVE * Math.max(1, angle);
        assertEquals(Math.cos(angle), r.re(0, 0), tolerance);
        assertEquals(-Math.sin(angle), r.re(0, 1), tolerance);
        assertEquals(Math.sin(angle), r.re(1, 0), tolerance);
        assertEquals(Math.cos(angle), r.re(1, 1), tolerance);
        assertTrue(r.isReal());
    }

    @Test
    void expOfMinusAIsTheInverse() {
        ComplexMatrix a = NaiveMatrix.random(6, new Random(3)).toComplexMatrix();
        ComplexMatrix product = MatrixExponential.exp(a).times(MatrixExponential.exp(a, -1));
        assertTrue(product.minus(ComplexMatrix.identity(6)).maxAbs() < 1e-12);
    }

    /**
     * Large enough for OpenBLAS's blocked, threaded getrf, whose stack use killed the JVM from an
     * ordinary thread (Blas.solve): a regression here is a crash of the whole test run.
     */
    @ParameterizedTest
    @ValueSource(ints = {30, 120, 300})
    void largeMatricesGoThroughTheBlockedSolve(int n) {
        Random random = new Random(n);
        ComplexMatrix h = NaiveMatrix.randomHermitian(n, random).scale(0, 3.0 / n).toComplexMatrix();
        ComplexMatrix u = MatrixExponential.exp(h);
        // exp of an anti-Hermitian matrix is unitary
        assertTrue(u.times(u.adjoint()).minus(ComplexMatrix.identity(n)).maxAbs() < 1e-12 * n);
    }

    @Test
    void zeroGivesIdentityAndNonSquareIsRefused() {
        assertEquals(0, MatrixExponential.exp(ComplexMatrix.zeros(4)).minus(ComplexMatrix.identity(4)).maxAbs(), 0);
        assertThrows(IllegalArgumentException.class, () -> MatrixExponential.exp(new ComplexMatrix(2, 3)));
    }
}
