package dev.clausius.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clausius.linalg.ComplexMatrix;
import org.junit.jupiter.api.Test;

class EntropyTest {

    private static double binary(double p) {
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }

    @Test
    void vonNeumannOfDiagonalStateIsShannon() {
        assertEquals(binary(0.3), Entropy.vonNeumann(ComplexMatrix.diagonal(0.3, 0.7)), 1e-15);
        assertEquals(Math.log(4), Entropy.vonNeumann(ComplexMatrix.identity(4).scaled(0.25)), 1e-14);
        assertEquals(0, Entropy.vonNeumann(ComplexMatrix.diagonal(1, 0)), 0);
    }

    @Test
    void entropyIsBasisIndependent() {
        // |+><+| mixed with 1/2: eigenvalues (1 +- r)/2 for a Bloch vector of length r = 0.6 along x
        ComplexMatrix rho = ComplexMatrix.of(new double[][] {{0.5, 0.3}, {0.3, 0.5}}, null);
        assertEquals(binary(0.8), Entropy.vonNeumann(rho), 1e-15);
    }

    @Test
    void relativeEntropyOfCommutingStates() {
        double p = 0.2;
        double q = 0.6;
        double expected = p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
        assertEquals(expected, Entropy.relative(ComplexMatrix.diagonal(p, 1 - p), ComplexMatrix.diagonal(q, 1 - q)), 1e-15);
        assertEquals(0, Entropy.relative(ComplexMatrix.diagonal(q, 1 - q), ComplexMatrix.diagonal(q, 1 - q)), 1e-15);
    }

    @Test
    void relativeEntropyIsInfiniteOutsideTheSupport() {
        assertEquals(Double.POSITIVE_INFINITY, Entropy.relative(ComplexMatrix.diagonal(0.5, 0.5), ComplexMatrix.diagonal(1, 0)));
        // a state inside the support stays finite: D(|0><0| || diag(1,0)) = 0
        assertEquals(0, Entropy.relative(ComplexMatrix.diagonal(1, 0), ComplexMatrix.diagonal(1, 0)), 1e-15);
    }

    @Test
    void mutualInformationOfBellAndProductStates() {
        ComplexMatrix bell = ComplexMatrix.zeros(4);
        for (int i : new int[] {0, 3}) {
            for (int j : new int[] {0, 3}) {
                bell.set(i, j, 0.5, 0);
            }
        }
        assertEquals(2 * Math.log(2), Entropy.mutualInformation(bell, 2, 2), 1e-14);
        ComplexMatrix product = ComplexMatrix.diagonal(0.3, 0.7).kron(ComplexMatrix.diagonal(0.1, 0.2, 0.7));
        assertEquals(0, Entropy.mutualInformation(product, 2, 3), 1e-14);
    }
}
