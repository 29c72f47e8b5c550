package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clausius.testing.NaiveMatrix;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small-matrix eigenvalues of {@link HermitianEigen#valuesOf}: plain-Java Jacobi rotations. */
class JacobiEigenvaluesTest {

    /** U diag(values) U^dag with U a product of random complex Givens rotations, built here. */
    private static double[][][] withSpectrum(double[] values, Random random) {
        int n = values.length;
        double[][] ure = new double[n][n];
        double[][] uim = new double[n][n];
        for (int i = 0; i < n; i++) {
            ure[i][i] = 1;
        }
        for (int r = 0; r < 3 * n * n; r++) {
            int p = random.nextInt(n);
            int q = random.nextInt(n);
            if (p == q) {
                continue;
            }
            double angle = random.nextDouble() * Math.PI;
            double phase = random.nextDouble() * 2 * Math.PI;
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            // columns p, q of U times [[c, -s e^{i phase}], [s e^{-i phase}, c]] (unitary)
            for (int k = 0; k < n; k++) {
                double pr = ure[k][p];
                double pi = uim[k][p];
                double qr = ure[k][q];
                double qi = uim[k][q];
                double er = Math.cos(phase);
                double ei = Math.sin(phase);
                ure[k][p] = c * pr + s * (qr * er + qi * ei);
                uim[k][p] = c * pi + s * (qi * er - qr * ei);
                ure[k][q] = -s * (pr * er - pi * ei) + c * qr;
                uim[k][q] = -s * (pi * er + pr * ei) + c * qi;
            }
        }
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    // U_ik lambda_k conj(U_jk)
                    re[i][j] += values[k] * (ure[i][k] * ure[j][k] + uim[i][k] * uim[j][k]);
                    im[i][j] += values[k] * (uim[i][k] * ure[j][k] - ure[i][k] * uim[j][k]);
                }
            }
        }
        return new double[][][] {re, im};
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 16})
    void aKnownSpectrumIsFoundToRoundOff(int n) {
        Random random = new Random(100 + n);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextGaussian();
        }
        double[][][] h = withSpectrum(values, random);
        double[] expected = values.clone();
        Arrays.sort(expected);
        assertArrayEquals(expected, JacobiEigenvalues.of(h[0], h[1]), 1e-14 * n);
    }

    @Test
    void aPureStateHasOneEigenvalueOneAndTheRestZeroToRoundOff() {
        double[] values = {0, 0, 1, 0, 0, 0, 0, 0};
        double[][][] rho = withSpectrum(values, new Random(7));
        double[] found = JacobiEigenvalues.of(rho[0], rho[1]);
        for (int i = 0; i < 7; i++) {
            assertEquals(0.0, found[i], 1e-15, "zero eigenvalue " + i);
        }
        assertEquals(1.0, found[7], 1e-15);
    }

    @Test
    void aDegenerateSpectrumKeepsItsMultiplicity() {
        double[] values = {0.25, 0.25, 0.25, 0.25, 0.5, 0.5, -1};
        double[][][] h = withSpectrum(values, new Random(3));
        assertArrayEquals(new double[] {-1, 0.25, 0.25, 0.25, 0.25, 0.5, 0.5},
                JacobiEigenvalues.of(h[0], h[1]), 1e-14);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 9, 16})
    void valuesOfAgreesWithZheevdAndTheNaiveSolverUpToTheLimit(int n) {
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, new Random(n));
        ComplexMatrix matrix = h.toComplexMatrix();
        double[] jacobi = HermitianEigen.valuesOf(matrix);
        assertArrayEquals(HermitianEigen.of(matrix).values(), jacobi, 1e-13 * n); // zheevd
        assertArrayEquals(h.hermitianEigenvalues(), jacobi, 1e-10 * n);
    }

    @Test
    void onlyTheHermitianPartCounts() {
        // [[1, 2], [0, 1]]: Hermitian part [[1, 1], [1, 1]] with eigenvalues 0 and 2
        ComplexMatrix skewed = ComplexMatrix.of(new double[][] {{1, 2}, {0, 1}}, null);
        assertArrayEquals(new double[] {0, 2}, HermitianEigen.valuesOf(skewed), 1e-15);
    }
}
