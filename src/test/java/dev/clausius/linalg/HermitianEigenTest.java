package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HermitianEigenTest {

    @Test
    void pauliYHasEigenvaluesPlusMinusOne() {
        ComplexMatrix sy = ComplexMatrix.of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
        assertArrayEquals(new double[] {-1, 1}, HermitianEigen.of(sy).values(), 1e-15);
        assertFalse(HermitianEigen.of(sy).hasRealVectors());
    }

    @Test
    void realSymmetricMatrixKeepsRealEigenvectors() {
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{2, 1}, {1, 2}}, null);
        HermitianEigen e = HermitianEigen.of(h);
        assertTrue(e.hasRealVectors());
        assertArrayEquals(new double[] {1, 3}, e.values(), 1e-14);
        assertTrue(e.vectors().isReal());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 12, 33})
    void eigenvaluesAgreeWithNaiveJacobiAndReconstruct(int n) {
        Random random = new Random(n);
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        HermitianEigen e = HermitianEigen.of(h.toComplexMatrix());
        assertArrayEquals(h.hermitianEigenvalues(), e.values(), 1e-10 * n);
        assertTrue(h.maxAbsDifference(e.apply(x -> x)) < 1e-12 * n);
        // eigenvectors are orthonormal: V^dag V = 1
        NaiveMatrix v = NaiveMatrix.of(e.vectors());
        assertTrue(v.adjoint().times(v).maxAbsDifference(ComplexMatrix.identity(n)) < 1e-12 * n);
    }

    @Test
    void realPathAgreesWithComplexPath() {
        Random random = new Random(9);
        NaiveMatrix h = NaiveMatrix.randomHermitian(8, random);
        NaiveMatrix real = new NaiveMatrix(h.re, new double[8][8]);
        HermitianEigen viaReal = HermitianEigen.of(real.toComplexMatrix());
        assertTrue(viaReal.hasRealVectors());
        assertArrayEquals(real.hermitianEigenvalues(), viaReal.values(), 1e-12);
        assertArrayEquals(real.hermitianEigenvalues(), HermitianEigen.valuesOf(real.toComplexMatrix()), 1e-12);
    }

    @Test
    void degenerateSpectrumFunctionDoesNotDependOnEigenvectorChoice() {
        // H = diag(1, 1, 2) rotated: any f(H) must be f(1) P + f(2) (1 - P)
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{1.5, 0.5, 0}, {0.5, 1.5, 0}, {0, 0, 1}}, null);
        ComplexMatrix logH = MatrixFunctions.logOnSupport(h);
        // eigenvalues 1 (twice) and 2; log 1 = 0, so log H = ln2 |+><+| with |+> = (1,1,0)/sqrt2
        assertEquals(Math.log(2) / 2, logH.re(0, 0), 1e-14);
        assertEquals(Math.log(2) / 2, logH.re(0, 1), 1e-14);
        assertEquals(0, logH.re(2, 2), 1e-14);
    }

    @Test
    void logOnSupportIgnoresTheKernel() {
        ComplexMatrix rho = ComplexMatrix.diagonal(0.25, 0.75, 0);
        ComplexMatrix log = MatrixFunctions.logOnSupport(rho);
        assertEquals(Math.log(0.25), log.re(0, 0), 1e-14);
        assertEquals(Math.log(0.75), log.re(1, 1), 1e-14);
        assertEquals(0, log.re(2, 2), 0);
    }

    @Test
    void expOfHermitianAgreesWithNaiveTaylorSeries() {
        Random random = new Random(11);
        NaiveMatrix h = NaiveMatrix.randomHermitian(6, random);
        assertTrue(h.exp(-0.7, 0).maxAbsDifference(MatrixFunctions.exp(h.toComplexMatrix(), -0.7)) < 1e-11);
    }

    @Test
    void reusableSolverAgreesAndGivesDiagonalInEigenbasis() {
        Random random = new Random(12);
        NaiveMatrix h = NaiveMatrix.randomHermitian(7, random);
        NaiveMatrix x = NaiveMatrix.randomHermitian(7, random);
        HermitianEigensolver solver = new HermitianEigensolver(7);
        solver.solve(h.toComplexMatrix());
        assertArrayEquals(h.hermitianEigenvalues(), solver.values(), 1e-11);
        double[] diagonal = new double[7];
        solver.diagonalInEigenbasis(x.toComplexMatrix(), diagonal);
        double trace = 0;
        for (double d : diagonal) {
            trace += d;
        }
        assertEquals(x.traceRe(), trace, 1e-12); // the trace is basis independent
        // tr(X H) = sum_k x_kk h_k
        double weighted = 0;
        for (int k = 0; k < 7; k++) {
            weighted += diagonal[k] * solver.value(k);
        }
        assertEquals(x.times(h).traceRe(), weighted, 1e-11);
    }
}
