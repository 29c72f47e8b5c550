package dev.clausius.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clausius.linalg.ComplexMatrix;
import org.junit.jupiter.api.Test;

class GibbsStateTest {

    @Test
    void qubitPopulationsAreBoltzmann() {
        double omega = 1.3;
        double t = 0.7;
        ComplexMatrix gamma = GibbsState.of(Subsystems.qubit(omega).hamiltonian(), t);
        double pe = 1 / (1 + Math.exp(omega / t));
        assertEquals(pe, gamma.re(0, 0), 1e-15);
        assertEquals(1 - pe, gamma.re(1, 1), 1e-15);
        assertEquals(0, gamma.re(0, 1), 1e-15);
    }

    @Test
    void zeroTemperatureIsUniformOverADegenerateGroundSpace() {
        // H with a two-fold ground level, given in a rotated (non-diagonal) basis
        ComplexMatrix h = ComplexMatrix.of(new double[][] {{0.5, 0.5, 0}, {0.5, 0.5, 0}, {0, 0, 0}}, null);
        // eigenvalues: 0 (vectors (1,-1,0)/sqrt2 and (0,0,1)) and 1
        ComplexMatrix gamma = GibbsState.of(h, 0);
        assertEquals(0.25, gamma.re(0, 0), 1e-14);
        assertEquals(-0.25, gamma.re(0, 1), 1e-14);
        assertEquals(0.5, gamma.re(2, 2), 1e-14);
        assertEquals(1.0, gamma.trace().re(), 1e-14);
    }

    @Test
    void zeroTemperatureQubitIsExactlyTheGroundState() {
        ComplexMatrix gamma = GibbsState.of(Subsystems.qubit(1).hamiltonian(), 0);
        assertEquals(0.0, gamma.re(0, 0), 0.0);
        assertEquals(1.0, gamma.re(1, 1), 0.0);
    }

    @Test
    void infiniteTemperatureIsMaximallyMixed() {
        ComplexMatrix gamma = GibbsState.of(Subsystems.oscillator(1, 5).hamiltonian(), Double.POSITIVE_INFINITY);
        for (int i = 0; i < 5; i++) {
            assertEquals(0.2, gamma.re(i, i), 1e-15);
        }
    }

    @Test
    void veryLowTemperatureDoesNotOverflow() {
        ComplexMatrix gamma = GibbsState.of(Subsystems.oscillator(1, 4).hamiltonian(), 1e-4);
        assertEquals(1.0, gamma.re(0, 0), 1e-15);
        assertEquals(1.0, gamma.trace().re(), 1e-15);
    }
}
