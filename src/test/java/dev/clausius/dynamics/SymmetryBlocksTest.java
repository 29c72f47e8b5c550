package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.quantum.Coupling;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block path (InvariantBlocks) gives every column of the dense path, to 1e-12. */
class SymmetryBlocksTest {
    private static final double[] TIMES = {0, 0.5, 3.25, 17, 120};

    private static List<Double> omegas(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(k -> 0.8 + 0.07 * k).toList();
    }

    /** W1's structure at D = 64: sx (x) sum_k sx_k conserves the total parity (two blocks). */
    static BipartiteSystem parityBath(int spins) {
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.spins(omegas(spins), 0);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.04, 0), "sx", "sx[*]", false).matrix();
        return new BipartiteSystem(a, b, v, 0.25, 1.5);
    }

    /** sp (x) sm[*] + h.c. with a flip-flop chain and a complex g: excitation number blocks, complex H. */
    static BipartiteSystem excitationChain(int spins) {
        Subsystem a = Subsystems.qubit(1);
        Subsystem b = Subsystems.spins(omegas(spins), 0.03);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.03, 0.05), "sp", "sm[*]", true).matrix();
        return new BipartiteSystem(a, b, v, 0.4, 2.0);
    }

    /** Diagonal H_A, H_B and a random complex V joining only indices of randomly drawn groups. */
    static BipartiteSystem randomStructure(long seed, double temperatureA) {
        Random random = new Random(seed);
        int dA = 3;
        int dB = 5;
        int d = dA * dB;
        int[] group = new int[d];
        for (int i = 0; i < d; i++) {
            group[i] = random.nextInt(3);
        }
        ComplexMatrix v = ComplexMatrix.zeros(d);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < j; i++) {
                if (group[i] == group[j] && random.nextDouble() < 0.6) {
                    double re = 0.1 * random.nextGaussian();
                    double im = 0.1 * random.nextGaussian();
                    v.set(i, j, re, im);
                    v.set(j, i, re, -im);
                }
            }
        }
        Subsystem a = Subsystems.matrix(ComplexMatrix.diagonal(0, 0.9, 2.1), Map.of());
        Subsystem b = Subsystems.matrix(ComplexMatrix.diagonal(0, 0.5, 1.3, 1.7, 2.6), Map.of());
        return new BipartiteSystem(a, b, v, temperatureA, 1.2);
    }

    private static void assertSameFrames(BipartiteSystem system, int expectedBlocksAtLeast) {
        ClosedEvolver blocks = new ClosedEvolver(system);
        ClosedEvolver dense = ClosedEvolver.withBlocks(system, false);
        assertTrue(blocks.blocks().count() >= expectedBlocksAtLeast, "blocks found: " + blocks.blocks().count());
        assertEquals(1, dense.blocks().count());
        for (double t : TIMES) {
            Frame fb = blocks.frameAt(t);
            Frame fd = dense.frameAt(t);
            for (Column column : Column.timeSeries()) {
                double x = column.valueOf(fb);
                double y = column.valueOf(fd);
                if (Double.isNaN(y) || Double.isInfinite(y)) {
                    assertEquals(y, x, column + " at t = " + t);
                } else if (Math.abs(x - y) > tolerance(column, fd, y)) {
                    fail(column + " at t = " + t + ": blocks " + x + ", dense " + y);
                }
            }
        }
    }

    /**
     * 1e-12 (relative above 1); T_gen = dQ/dS inherits its two rates' 1e-12 divided by |dS|,
     * which is small near a turning point of S.
     */
    private static double tolerance(Column column, Frame frame, double value) {
        double base = 1e-12 * Math.max(1, Math.abs(value));
        if (column == Column.GENERALIZED_TEMPERATURE_A || column == Column.GENERALIZED_TEMPERATURE_B) {
            double rate = Math.abs(column == Column.GENERALIZED_TEMPERATURE_A ? frame.entropyRateA() : frame.entropyRateB());
            return base + 1e-12 * (1 + Math.abs(value)) / rate;
        }
        return base;
    }

    @Test
    void parityBlocksOfAW1LikeBath() {
        BipartiteSystem system = parityBath(5);
        ClosedEvolver evolver = new ClosedEvolver(system);
        assertEquals(2, evolver.blocks().count());
        assertEquals(32, evolver.blocks().largest());
        assertSameFrames(system, 2);
    }

    @Test
    void excitationNumberBlocksWithAComplexHamiltonian() {
        assertSameFrames(excitationChain(4), 6);
    }

    @Test
    void randomSparsityPatternsWithComplexCouplings() {
        for (long seed = 1; seed <= 6; seed++) {
            assertSameFrames(randomStructure(seed, 0.7), 1);
        }
    }

    @Test
    void pureInitialFactorKeepsItsNaNRates() {
        assertSameFrames(randomStructure(11, 0), 1);
        assertSameFrames(ClosedOraclesTest.jaynesCummings(), 2);
    }

    @Test
    void setupProgressRisesToOneThroughEveryBlock() {
        List<Double> fractions = new java.util.ArrayList<>();
        List<String> stages = new java.util.ArrayList<>();
        new ClosedEvolver(parityBath(4), (fraction, stage) -> {
            fractions.add(fraction);
            stages.add(stage);
        });
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(0, fractions.get(0));
        assertEquals(1, fractions.get(fractions.size() - 1));
        assertTrue(stages.contains("diagonalizing H: block 2 of 2 (16)"), stages.toString());
    }

    @Test
    void complexCouplingOfAQutritAndAQubitKeepsTotalParity() {
        assertEquals(2, new ClosedEvolver(ClosedOraclesTest.qutritQubit()).blocks().count());
        assertSameFrames(ClosedOraclesTest.qutritQubit(), 2);
    }

    @Test
    void oneBlockWhenTheCouplingJoinsEverything() {
        Subsystem a = Subsystems.spin(1, 1.0);
        Subsystem b = Subsystems.qubit(1.1);
        ComplexMatrix v = new Coupling(a, b).add(new Complex(0.02, 0), "jz", "sx", false)
                .add(new Complex(0.03, 0), "jx", "sx", false).matrix();
        assertEquals(1, new ClosedEvolver(new BipartiteSystem(a, b, v, 0.4, 2.0)).blocks().count());
    }
}
