package dev.clausius.dynamics;

import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7's ill-conditioned cases: near-degenerate spectra, T -> 0, T -> inf, omega -> 0 and very
 * long times. Each must give finite numbers that agree with a closed form, and pass every guard
 * of {@link InvariantLimit} (the CSV's warnings column would be empty).
 */
class IllConditionedTest {
    private static final double G = 0.05;

    /** Two qubits with flip-flop coupling G (sp sm + h.c.); A's and B's fields are free. */
    private static Evolver qubits(String omegaA, String omegaB, String temperatureA, String temperatureB)
            throws PresetException {
        String json = """
                {"format": "clausius-preset", "version": 1, "name": "edge", "mode": "closed",
                 "A": {"kind": "qubit", "omega": %s}, "B": {"kind": "qubit", "omega": %s},
                 "temperatures": {"A": %s, "B": %s},
                 "coupling": [{"g": %s, "A": "sp", "B": "sm", "hc": true}],
                 "time": {"dt": 0.25, "end": 10.0}}
                """.formatted(omegaA, omegaB, temperatureA, temperatureB, G);
        return Evolvers.create(PresetReader.parse(json, "edge.json"), "edge.json");
    }

    private static double binaryEntropy(double p) {
        return (p <= 0 ? 0 : -p * Math.log(p)) + (p >= 1 ? 0 : -(1 - p) * Math.log(1 - p));
    }

    private static double excited(double omega, double temperature) {
        return temperature == 0 ? 0 : 1 / (1 + Math.exp(omega / temperature));
    }

    /** Resonant swap: pA(t) = pA cos^2(gt) + pB sin^2(gt), reduced states diagonal. */
    private static double swappedEntropyA(double pA, double pB, double t) {
        double c = Math.cos(G * t);
        double s = Math.sin(G * t);
        return binaryEntropy(pA * c * c + pB * s * s);
    }

    private static void assertGuarded(Evolver evolver, String what) {
        assertEquals("", InvariantLimit.warnings(evolver.invariants()), what + ": " + evolver.invariants());
    }

    @Test
    void aNearlyDegenerateSpectrumStaysExact() throws PresetException {
        // A and B detuned by 1e-13: H has eigenvalue pairs 1e-13 apart; the eigenvectors inside a
        // pair are ill-determined, the state they give is not
        Evolver evolver = qubits("1.0", "1.0000000000001", "0.5", "2.0");
        double pA = excited(1.0, 0.5);
        double pB = excited(1.0, 2.0);
        for (double t : new double[] {0.25, 7.5, 31.4, 100}) {
            Frame frame = evolver.frameAt(t);
            assertEquals(swappedEntropyA(pA, pB, t), frame.entropyA(), 1e-9, "S_A at t = " + t);
            assertGuarded(evolver, "t = " + t);
        }
    }

    @Test
    void zeroTemperatureGivesPureStatesAndFiniteEntropies() throws PresetException {
        Evolver evolver = qubits("1.0", "1.0", "0", "1e-9");
        Frame start = evolver.frameAt(0);
        assertEquals(0.0, start.entropyA(), 0.0, "a pure ground state");
        assertEquals(0.0, start.entropyAB(), 1e-300);
        Frame later = evolver.frameAt(5);
        // both in |g>: nothing to swap, and nothing moves
        assertEquals(0.0, later.entropyA(), 1e-12);
        assertEquals(0.0, later.heatA(), 1e-12);
        assertTrue(Double.isFinite(later.energyA()) && Double.isFinite(later.spohnProduction()), later.toString());
        assertGuarded(evolver, "T = 0");
    }

    @Test
    void infiniteAndHugeTemperaturesGiveTheMaximallyMixedState() throws PresetException {
        for (String temperature : new String[] {"\"inf\"", "1e12"}) {
            Evolver evolver = qubits("1.0", "1.0", temperature, temperature);
            for (double t : new double[] {0, 3, 40}) {
                Frame frame = evolver.frameAt(t);
                assertEquals(Math.log(2), frame.entropyA(), 1e-12, temperature + " at " + t);
                assertEquals(2 * Math.log(2), frame.entropyAB(), 1e-12);
                assertEquals(0.0, frame.heatA(), 1e-12, "a mixed pair exchanges nothing");
                assertGuarded(evolver, "T = " + temperature + ", t = " + t);
            }
        }
    }

    @Test
    void vanishingFrequencyIsAFiniteNearlyMixedQubit() throws PresetException {
        Evolver evolver = qubits("1e-12", "1e-12", "0.5", "2.0");
        double pA = excited(1e-12, 0.5);
        double pB = excited(1e-12, 2.0);
        for (double t : new double[] {0, 2.5, 60}) {
            Frame frame = evolver.frameAt(t);
            assertEquals(swappedEntropyA(pA, pB, t), frame.entropyA(), 1e-12, "t = " + t);
            assertTrue(Math.abs(frame.energyA()) < 1e-12, "E_A = " + frame.energyA());
            assertGuarded(evolver, "omega = 1e-12, t = " + t);
        }
    }

    @Test
    void veryLongTimesKeepTheClosedFormAndTheInvariants() throws PresetException {
        Evolver evolver = qubits("1.0", "1.0", "0.5", "2.0");
        double pA = excited(1.0, 0.5);
        double pB = excited(1.0, 2.0);
        for (double t : new double[] {1e6, 1e6 + 0.25, 3.3e6}) {
            Frame frame = evolver.frameAt(t);
            // g t = 5e4: the phase itself is known to ~1e-11, so the entropy is too
            assertEquals(swappedEntropyA(pA, pB, t), frame.entropyA(), 1e-9, "S_A at t = " + t);
            assertGuarded(evolver, "t = " + t);
        }
    }

    @Test
    void anOpenQubitAfterAMillionTimeUnitsIsInEquilibriumWithItsBath() throws PresetException {
        String json = """
                {"format": "clausius-preset", "version": 1, "name": "open edge", "mode": "open",
                 "A": {"kind": "qubit", "omega": 1.0}, "temperatures": {"A": 0.2, "B": 1.0},
                 "bath": {"gamma": 0.05, "operator": "sm"}, "time": {"dt": 0.5, "end": 10.0}}
                """;
        Evolver evolver = Evolvers.create(PresetReader.parse(json, "open.json"), "open.json");
        Frame frame = evolver.frameAt(1e6);
        assertEquals(binaryEntropy(excited(1.0, 1.0)), frame.entropyA(), 1e-10);
        assertTrue(frame.spohnProduction() >= 0, "Spohn: " + frame.spohnProduction());
        assertGuarded(evolver, "open, t = 1e6");
    }
}
