package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplexMatrixTest {
    private static final double TOL = 1e-12;

    @Test
    void productOfHandComputedTwoByTwo() {
        // [[1, i], [0, 2]] [[0, 1], [1, -i]] = [[i, 1 + 1], [2, -2i]]
        ComplexMatrix a = ComplexMatrix.of(new double[][] {{1, 0}, {0, 2}}, new double[][] {{0, 1}, {0, 0}});
        ComplexMatrix b = ComplexMatrix.of(new double[][] {{0, 1}, {1, 0}}, new double[][] {{0, 0}, {0, -1}});
        ComplexMatrix c = a.times(b);
        assertEquals(new Complex(0, 1), c.get(0, 0));
        assertEquals(new Complex(2, 0), c.get(0, 1));
        assertEquals(new Complex(2, 0), c.get(1, 0));
        assertEquals(new Complex(0, -2), c.get(1, 1));
    }

    @Test
    void adjointTraceAndKroneckerOfHandCases() {
        ComplexMatrix a = ComplexMatrix.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0, 1}, {-1, 0}});
        ComplexMatrix ad = a.adjoint();
        assertEquals(new Complex(3, 1), ad.get(0, 1));
        assertEquals(new Complex(2, -1), ad.get(1, 0));
        assertEquals(new Complex(5, 0), a.trace());
        ComplexMatrix k = ComplexMatrix.diagonal(1, 2).kron(ComplexMatrix.of(new double[][] {{0, 1}, {1, 0}}, null));
        // diag(1,2) (x) sigma_x: A's index major
        assertEquals(1.0, k.re(0, 1));
        assertEquals(2.0, k.re(2, 3));
        assertEquals(0.0, k.re(0, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 16})
    void productAgreesWithNaiveImplementation(int n) {
        Random random = new Random(n);
        NaiveMatrix a = NaiveMatrix.random(n, random);
        NaiveMatrix b = NaiveMatrix.random(n, random);
        ComplexMatrix c = a.toComplexMatrix().times(b.toComplexMatrix());
        assertTrue(a.times(b).maxAbsDifference(c) < TOL * n);
    }

    @Test
    void traceOfProductEqualsTraceOfFormedProduct() {
        Random random = new Random(5);
        NaiveMatrix a = NaiveMatrix.random(6, random);
        NaiveMatrix b = NaiveMatrix.random(6, random);
        Complex t = a.toComplexMatrix().traceOfProduct(b.toComplexMatrix());
        NaiveMatrix ab = a.times(b);
        assertEquals(ab.traceRe(), t.re(), TOL);
        assertEquals(ab.traceIm(), t.im(), TOL);
    }

    @Test
    void kroneckerAgreesWithNaive() {
        Random random = new Random(2);
        NaiveMatrix a = NaiveMatrix.random(3, random);
        NaiveMatrix b = NaiveMatrix.random(4, random);
        assertTrue(a.kron(b).maxAbsDifference(a.toComplexMatrix().kron(b.toComplexMatrix())) < TOL);
    }

    @Test
    void partialTracesAgreeWithTextbookDefinition() {
        Random random = new Random(3);
        int dA = 3;
        int dB = 4;
        NaiveMatrix x = NaiveMatrix.random(dA * dB, random);
        ComplexMatrix m = x.toComplexMatrix();
        assertTrue(x.partialTraceOverB(dA, dB).maxAbsDifference(PartialTrace.overB(m, dA, dB)) < TOL);
        assertTrue(x.partialTraceOverA(dA, dB).maxAbsDifference(PartialTrace.overA(m, dA, dB)) < TOL);
    }

    @Test
    void partialTraceOfProductStateGivesFactors() {
        Random random = new Random(4);
        NaiveMatrix ra = NaiveMatrix.randomDensity(2, random);
        NaiveMatrix rb = NaiveMatrix.randomDensity(5, random);
        ComplexMatrix rho = ra.toComplexMatrix().kron(rb.toComplexMatrix());
        assertTrue(ra.maxAbsDifference(PartialTrace.overB(rho, 2, 5)) < TOL);
        assertTrue(rb.maxAbsDifference(PartialTrace.overA(rho, 2, 5)) < TOL);
    }

    @Test
    void hermiticityAndRealness() {
        Random random = new Random(6);
        ComplexMatrix h = NaiveMatrix.randomHermitian(5, random).toComplexMatrix();
        assertTrue(h.hermiticityError() < TOL);
        assertFalse(h.isReal());
        ComplexMatrix notHermitian = ComplexMatrix.of(new double[][] {{0, 1}, {0, 0}}, null);
        assertEquals(1.0, notHermitian.hermiticityError(), TOL);
        assertTrue(notHermitian.isReal());
        assertTrue(notHermitian.hermitianPart().hermiticityError() < TOL);
    }

    @Test
    void shapeMismatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ComplexMatrix.zeros(2).plus(ComplexMatrix.zeros(3)));
        assertThrows(IllegalArgumentException.class, () -> PartialTrace.overA(ComplexMatrix.zeros(5), 2, 2));
    }

    /** -i (K - K^dag) against the naive product, at sizes that do and do not fill the 16 x 16 tiles. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 16, 37})
    void minusITimesAntiHermitianPartAgreesWithNaive(int n) {
        NaiveMatrix k = NaiveMatrix.random(n, new Random(n));
        NaiveMatrix expected = k.minus(k.adjoint()).scale(0, -1);
        ComplexMatrix out = ComplexMatrix.zeros(n);
        k.toComplexMatrix().minusITimesAntiHermitianPartInto(out);
        assertTrue(expected.maxAbsDifference(out) < TOL);
    }
}
