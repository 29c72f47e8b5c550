package dev.clausius.dynamics.lindblad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.quantum.GibbsState;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.testing.NaiveMatrix;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThermalJumpsTest {

    private static double occupation(double omega, double t) {
        return t == 0 ? 0 : 1 / (Math.exp(omega / t) - 1);
    }

    /** The open-mode generator of docs/conventions.md: L1 = sqrt(g0 (n+1)) op, L2 = sqrt(g0 n) op^dag. */
    private static ComplexMatrix contractLiouvillian(ComplexMatrix h, ComplexMatrix op, double g0, double n) {
        return new LindbladGenerator(h, List.of(new JumpOperator(op, g0 * (n + 1)),
                new JumpOperator(op.adjoint(), g0 * n))).superoperator();
    }

    private static double maxDifference(ComplexMatrix a, ComplexMatrix b) {
        return a.minus(b).maxAbs();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 1.0, 5.0})
    void qubitWithSigmaMinusIsTheContractGenerator(double temperature) {
        Subsystem qubit = Subsystems.qubit(1.3);
        double g0 = 0.05;
        List<JumpOperator> jumps = ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), g0, temperature);
        ComplexMatrix davies = new LindbladGenerator(qubit.hamiltonian(), jumps).superoperator();
        ComplexMatrix expected = contractLiouvillian(qubit.hamiltonian(), qubit.operator("sm"), g0,
                occupation(1.3, temperature));
        assertTrue(maxDifference(davies, expected) < 1e-14, "difference " + maxDifference(davies, expected));
        assertEquals(temperature == 0 ? 1 : 2, jumps.size());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0, 2.5})
    void oscillatorWithAnnihilationIsTheContractGenerator(double temperature) {
        Subsystem oscillator = Subsystems.oscillator(0.7, 10);
        double g0 = 0.05;
        List<JumpOperator> jumps = ThermalJumps.davies(oscillator.hamiltonian(), oscillator.operator("a"), g0,
                temperature);
        ComplexMatrix davies = new LindbladGenerator(oscillator.hamiltonian(), jumps).superoperator();
        ComplexMatrix expected = contractLiouvillian(oscillator.hamiltonian(), oscillator.operator("a"), g0,
                occupation(0.7, temperature));
        assertTrue(maxDifference(davies, expected) < 1e-14, "difference " + maxDifference(davies, expected));
    }

    @Test
    void hermitianCouplingIsUsedAsGiven() {
        // sx is Hermitian already: X = sx, not 2 sx, so it must give the same generator as sm
        Subsystem qubit = Subsystems.qubit(1);
        ComplexMatrix fromSx = new LindbladGenerator(qubit.hamiltonian(),
                ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sx"), 0.1, 0.8)).superoperator();
        ComplexMatrix fromSm = new LindbladGenerator(qubit.hamiltonian(),
                ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), 0.1, 0.8)).superoperator();
        assertTrue(maxDifference(fromSx, fromSm) < 1e-15);
    }

    private static void assertGibbsIsFixed(ComplexMatrix h, ComplexMatrix x, double gamma, double temperature) {
        LindbladGenerator generator = new LindbladGenerator(h, ThermalJumps.davies(h, x, gamma, temperature));
        ComplexMatrix gibbs = GibbsState.of(h, temperature);
        ComplexMatrix out = ComplexMatrix.zeros(h.rows());
        generator.apply(gibbs, out);
        assertTrue(out.maxAbs() < 1e-14, "|L(gamma_B)| = " + out.maxAbs());
    }

    @Test
    void gibbsStateIsFixedForAQutritWithUnequalGaps() {
        ComplexMatrix h = ComplexMatrix.diagonal(0, 1, 2.7);
        ComplexMatrix x = ComplexMatrix.of(new double[][] {{0, 1, 0.5}, {1, 0, 0.8}, {0.5, 0.8, 0.3}},
                new double[][] {{0, 0, 0.2}, {0, 0, 0}, {-0.2, 0, 0}});
        assertGibbsIsFixed(h, x, 0.05, 1.0);
        assertEquals(6, ThermalJumps.davies(h, x, 0.05, 1.0).size()); // three gaps, both directions
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void gibbsStateIsFixedForARandomFourLevelSystem(long seed) {
        Random random = new Random(seed);
        ComplexMatrix h = NaiveMatrix.randomHermitian(4, random).toComplexMatrix();
        ComplexMatrix x = NaiveMatrix.randomHermitian(4, random).scale(0.3).toComplexMatrix();
        assertGibbsIsFixed(h, x, 0.1, 0.7);
    }

    @Test
    void equallySpacedAndDegenerateSpectraAreGroupedAndBasisIndependent() {
        // spin 1: levels equally spaced, so jx gives one jump per direction
        Subsystem spin = Subsystems.spin(1, 1);
        List<JumpOperator> jumps = ThermalJumps.davies(spin.hamiltonian(), spin.operator("jx"), 0.1, 1);
        assertEquals(2, jumps.size());
        assertGibbsIsFixed(spin.hamiltonian(), spin.operator("jx"), 0.1, 1);
        // a doubly degenerate level: rotating the basis inside it must not change the generator
        ComplexMatrix h = ComplexMatrix.diagonal(0, 1, 1);
        Random random = new Random(5);
        ComplexMatrix x = NaiveMatrix.randomHermitian(3, random).toComplexMatrix();
        double c = Math.cos(0.4);
        double s = Math.sin(0.4);
        ComplexMatrix u = ComplexMatrix.of(new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}},
                new double[][] {{0, 0, 0}, {0, 0, 0.0}, {0, 0, 0}});
        ComplexMatrix rotatedH = u.times(h).times(u.adjoint());
        ComplexMatrix rotatedX = u.times(x).times(u.adjoint());
        ComplexMatrix direct = new LindbladGenerator(h, ThermalJumps.davies(h, x, 0.2, 0.9)).superoperator();
        ComplexMatrix rotated = new LindbladGenerator(rotatedH, ThermalJumps.davies(rotatedH, rotatedX, 0.2, 0.9))
                .superoperator();
        ComplexMatrix uu = conjugateKron(u);
        assertTrue(maxDifference(uu.times(direct).times(uu.adjoint()), rotated) < 1e-13);
        assertGibbsIsFixed(h, x, 0.2, 0.9);
    }

    /** conj(U) (x) U: the superoperator of rho -> U rho U^dag on column-stacked vectors. */
    private static ComplexMatrix conjugateKron(ComplexMatrix u) {
        ComplexMatrix conj = ComplexMatrix.zeros(u.rows());
        for (int i = 0; i < u.rows(); i++) {
            for (int j = 0; j < u.rows(); j++) {
                conj.set(i, j, u.re(i, j), -u.im(i, j));
            }
        }
        return conj.kron(u);
    }

    @Test
    void ratesSatisfyDetailedBalance() {
        for (double w : new double[] {0.1, 1, 7}) {
            double up = ThermalJumps.rate(-w, 0.3, 1.5);
            double down = ThermalJumps.rate(w, 0.3, 1.5);
            assertEquals(Math.exp(w / 1.5), down / up, 1e-13 * Math.exp(w / 1.5));
        }
        assertEquals(0.3, ThermalJumps.rate(2, 0.3, 0), 0);
        assertEquals(0, ThermalJumps.rate(-2, 0.3, 0), 0);
    }

    @Test
    void refusesAnInfiniteTemperatureAndNegativeGamma() {
        Subsystem qubit = Subsystems.qubit(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), 0.1, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains("finite temperature"));
        assertThrows(IllegalArgumentException.class,
                () -> ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), -0.1, 1));
        assertTrue(ThermalJumps.davies(qubit.hamiltonian(), qubit.operator("sm"), 0, 1).isEmpty());
    }
}
