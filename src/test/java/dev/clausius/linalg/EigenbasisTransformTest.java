package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EigenbasisTransformTest {

    /** rho(t) = W [rho~(0) o Phi(t)] W^dag must equal exp(-iHt) rho exp(iHt) from a naive Taylor series. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spectralEvolutionAgreesWithNaivePropagator(boolean realHamiltonian) {
        Random random = new Random(realHamiltonian ? 1 : 2);
        int n = 9;
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        if (realHamiltonian) {
            h = new NaiveMatrix(h.re, new double[n][n]);
        }
        NaiveMatrix rho = NaiveMatrix.randomDensity(n, random);
        double t = 2.7;
        NaiveMatrix u = h.exp(0, -t);
        NaiveMatrix expected = u.times(rho).times(u.adjoint());

        EigenbasisTransform transform = new EigenbasisTransform(HermitianEigen.of(h.toComplexMatrix()));
        ComplexMatrix inEigenbasis = transform.toEigenbasis(rho.toComplexMatrix());
        ComplexMatrix evolved = ComplexMatrix.zeros(n);
        ComplexMatrix out = ComplexMatrix.zeros(n);
        transform.evolveInEigenbasis(inEigenbasis, t, evolved);
        transform.toStandardBasis(evolved, out);
        assertTrue(expected.maxAbsDifference(out) < 1e-11, "max diff " + expected.maxAbsDifference(out));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void roundTripThroughEigenbasisIsIdentity(boolean realHamiltonian) {
        Random random = new Random(3);
        int n = 6;
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        if (realHamiltonian) {
            h = new NaiveMatrix(h.re, new double[n][n]);
        }
        NaiveMatrix rho = NaiveMatrix.randomDensity(n, random);
        EigenbasisTransform transform = new EigenbasisTransform(HermitianEigen.of(h.toComplexMatrix()));
        ComplexMatrix back = ComplexMatrix.zeros(n);
        transform.toStandardBasis(transform.toEigenbasis(rho.toComplexMatrix()), back);
        assertTrue(rho.maxAbsDifference(back) < 1e-13);
    }
}
