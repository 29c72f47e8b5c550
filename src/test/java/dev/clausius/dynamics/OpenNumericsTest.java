package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.lindblad.JumpOperator;
import dev.clausius.dynamics.lindblad.ThermalJumps;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.preset.PresetReader;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import dev.clausius.testing.NaiveMatrix;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Open mode's numerics: exact rates, the Eq. 10-12 split, and exactness at any t in any order. */
class OpenNumericsTest {

    /**
     * A random 4-level system with Davies jumps plus a non-secular extra jump: its state develops
     * coherences in the energy basis, so the interior term of Eq. 11 is a real cancellation, not 0 * 0.
     */
    private static OpenEvolver coherentSystem(long seed) {
        Random random = new Random(seed);
        ComplexMatrix h = NaiveMatrix.randomHermitian(4, random).toComplexMatrix();
        ComplexMatrix x = NaiveMatrix.randomHermitian(4, random).toComplexMatrix();
        List<JumpOperator> jumps = new ArrayList<>(ThermalJumps.davies(h, x, 0.2, 1.1));
        jumps.add(new JumpOperator(NaiveMatrix.random(4, random).toComplexMatrix(), 0.03));
        return new OpenEvolver(new OpenSystem(Subsystems.matrix(h, Map.of()), 0.3, 1.1, jumps), 0.25);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void interiorIsRoundOffAndExteriorIsTheRestOfTheEntropyRate(long seed) {
        OpenEvolver evolver = coherentSystem(seed);
        double largestCoherence = 0;
        for (int k = 0; k <= 80; k++) {
            Frame f = evolver.frameAt(k * 0.25);
            assertTrue(Math.abs(f.interiorProductionA()) < 1e-14, "interior " + f.interiorProductionA());
            assertEquals(f.entropyRateA() - f.interiorProductionA(), f.exteriorProductionA(), 1e-14);
            ComplexMatrix h = evolver.generator().hamiltonian();
            ComplexMatrix rho = evolver.state();
            largestCoherence = Math.max(largestCoherence, h.times(rho).minus(rho.times(h)).maxAbs());
        }
        // [H, rho] != 0: Theorem 1 (Eq. 13) is then a cancellation, not a product of zeros
        assertTrue(largestCoherence > 1e-3, "the test needs coherences: |[H, rho]| = " + largestCoherence);
    }

    /** dS/dt and dQ/dt from rho_dot exactly, against central differences of S and E (error h^2 ~ 1e-8). */
    @ParameterizedTest
    @ValueSource(strings = {"coherent", "davies-qutrit", "lindblad-oscillator"})
    void ratesAgreeWithCentralDifferences(String name) throws Exception {
        OpenEvolver evolver = name.equals("coherent") ? coherentSystem(3) : OpenPresets.evolver(name);
        double h = 1e-4;
        for (double t : new double[] {0.7, 3.3, 12.5, 40}) {
            Frame f = evolver.frameAt(t);
            Frame after = evolver.frameAt(t + h);
            Frame before = evolver.frameAt(t - h);
            double scale = Math.max(1e-3, Math.abs(f.entropyRateA()));
            assertEquals((after.entropyA() - before.entropyA()) / (2 * h), f.entropyRateA(), 1e-6 * scale,
                    name + " dS_A at t=" + t);
            assertEquals((after.energyA() - before.energyA()) / (2 * h), f.heatRateA(),
                    1e-6 * Math.max(1e-3, Math.abs(f.heatRateA())), name + " dQ_A at t=" + t);
        }
    }

    /** Exact at any t: the grid in shuffled order, and off-grid times, give the frames of the sequential run. */
    @ParameterizedTest
    @ValueSource(strings = {"lindblad-qubit", "davies-qutrit"})
    void anyTimeInAnyOrderGivesTheSameFrame(String name) throws Exception {
        TimeGrid grid = OpenPresets.grid(name);
        OpenEvolver sequential = OpenPresets.evolver(name);
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            frames.add(sequential.frameAt(grid.time(k)));
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(7));
        OpenEvolver shuffled = OpenPresets.evolver(name);
        for (int k : order.subList(0, 60)) {
            assertSameFrame(frames.get(k), shuffled.frameAt(grid.time(k)));
        }
        // an off-grid time, then the grid again: the cursor restarts from the exact state
        shuffled.frameAt(Math.PI);
        assertSameFrame(frames.get(11), shuffled.frameAt(grid.time(11)));
        assertSameFrame(frames.get(12), shuffled.frameAt(grid.time(12)));
        assertSameFrame(frames.get(12), shuffled.frameAt(grid.time(12)));
    }

    private static void assertSameFrame(Frame expected, Frame got) {
        for (Column column : Column.values()) {
            double e = column.valueOf(expected);
            double g = column.valueOf(got);
            if (Double.isNaN(e)) {
                assertTrue(Double.isNaN(g), column.csvName());
            } else {
                double tolerance = column == Column.GENERALIZED_TEMPERATURE_A ? 1e-7 * Math.abs(e) : 1e-12;
                assertEquals(e, g, tolerance, column.csvName() + " at t=" + expected.time());
            }
        }
    }

    /** A different output grid (run --dt) is picked up as the cached step and stays exact. */
    @Test
    void anotherGridStepIsCachedAndStaysExact() throws Exception {
        OpenEvolver stepping = OpenPresets.evolver("lindblad-qubit");
        OpenEvolver direct = OpenPresets.evolver("lindblad-qubit");
        TimeGrid grid = new TimeGrid(0.3, 60);
        for (int k = 0; k < grid.size(); k++) {
            stepping.frameAt(grid.time(k));
        }
        direct.frameAt(60);
        assertTrue(stepping.state().minus(direct.state()).maxAbs() < 1e-13);
    }

    /** The preset's extra jumps (by name and by matrix) join the thermal ones, with their rates. */
    @Test
    void extraJumpsOfThePresetAreAdded() throws Exception {
        String json = """
                {"format": "clausius-preset", "version": 1, "name": "dephased qubit", "mode": "open",
                 "A": {"kind": "qubit", "omega": 1}, "temperatures": {"A": 0.5, "B": 1},
                 "bath": {"gamma": 0.05, "operator": "sm"},
                 "jumps": [{"op": "sz", "rate": 0.02}, {"op": [[0, 1], [0, 0]], "rate": 0.01}],
                 "time": {"dt": 0.5, "end": 10}}""";
        OpenSystem system = OpenSystem.of(PresetReader.parse(json, "dephased"), "dephased");
        assertEquals(4, system.jumps().size());
        assertEquals(0.02, system.jumps().get(2).rate(), 0);
        Subsystem qubit = Subsystems.qubit(1);
        assertEquals(0, system.jumps().get(2).operator().minus(qubit.operator("sz")).maxAbs(), 0);
        assertEquals(0, system.jumps().get(3).operator().minus(qubit.operator("sp")).maxAbs(), 0);
    }

    /** Populations of 1e-39 at t = 0 (T_A 0.1, ten levels) are exact and positive: rates finite on every row. */
    @Test
    void tinyPopulationsGiveFiniteRates() throws Exception {
        OpenEvolver evolver = OpenPresets.evolver("lindblad-oscillator");
        for (int k = 0; k < 6; k++) {
            Frame f = evolver.frameAt(k * 0.5);
            assertTrue(Double.isFinite(f.entropyRateA()) && Double.isFinite(f.generalizedTemperatureA()),
                    "t=" + f.time() + " " + f);
        }
        assertEquals(0.1, evolver.frameAt(0).generalizedTemperatureA(), 1e-12);
    }
}
