package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.quantum.Entropy;
import dev.clausius.thermo.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every preset the explorer offers loads, validates and runs, with its invariants intact. */
class PresetsRunTest {

    static Stream<Path> presets() throws IOException {
        return Files.list(Path.of("presets")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    static Stream<Path> closedPresets() throws Exception {
        return presets().filter(p -> {
            try {
                return PresetReader.read(p).mode() == Mode.CLOSED;
            } catch (PresetException e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetValidatesAndRunsToItsEndWithFiniteEntropy(Path file) throws Exception {
        assertTrue(PresetReader.problems(file).isEmpty(), () -> PresetReader.problems(file).toString());
        Preset preset = PresetReader.read(file);
        Evolver evolver = Evolvers.create(preset, file.toString());
        TimeGrid grid = TimeGrid.of(preset);
        for (int k : new int[] {0, grid.size() / 2, grid.size() - 1}) {
            Frame f = evolver.frameAt(grid.time(k));
            assertTrue(Double.isFinite(f.entropyA()) && Double.isFinite(f.energyA()), file + " at t=" + f.time());
            if (preset.mode() == Mode.CLASSICAL) {
                // a classical body's entropy is a change since t = 0, and AB's only grows (Eq. 15)
                assertTrue(f.entropyAB() >= -1e-12 && Double.isFinite(f.entropyB()), file + " at t=" + f.time());
            } else {
                assertTrue(f.entropyA() >= -1e-12 && f.entropyA() <= Math.log(evolver.dimension()) + 1e-12);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("closedPresets")
    void closedPresetRunsWithFiniteQuantitiesAndConservedInvariants(Path file) throws Exception {
        Preset preset = PresetReader.read(file);
        ClosedEvolver evolver = (ClosedEvolver) Evolvers.create(preset, file.toString());
        TimeGrid grid = new TimeGrid(preset.time().dt(), preset.time().end());
        Frame first = evolver.frameAt(0);
        double energy = first.energyA() + first.energyB() + first.energyCoupling();
        for (int k : new int[] {1, grid.size() / 3, grid.size() - 1}) {
            Frame f = evolver.frameAt(grid.time(k));
            for (double value : new double[] {f.entropyA(), f.entropyB(), f.entropyAB(), f.energyA(), f.heatA(),
                    f.spohnProduction(), f.relativeEntropyB()}) {
                assertTrue(Double.isFinite(value), file + " at t=" + f.time() + ": " + f);
            }
            ComplexMatrix rho = evolver.state();
            assertEquals(1.0, rho.trace().re(), 1e-12);
            assertEquals(energy, f.energyA() + f.energyB() + f.energyCoupling(), 1e-11);
            assertTrue(f.correlationEntropy() <= 1e-12);
            if (evolver.dimension() <= 64) {
                assertEquals(f.entropyAB(), Entropy.vonNeumann(rho), 1e-10);
            }
        }
    }

    /** Target of issue 2: tr rho = 1 and S_AB constant to 1e-12 over 10^5 frames. */
    @Test
    void traceAndEntropyOfTheWholeHoldOverAHundredThousandFrames() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets/resonant-qubits.json"));
        ClosedEvolver evolver = (ClosedEvolver) Evolvers.create(preset, "resonant-qubits");
        double s0 = evolver.frameAt(0).entropyAB();
        double worstTrace = 0;
        double worstEntropy = 0;
        for (int k = 0; k < 100_000; k++) {
            evolver.frameAt(k * preset.time().dt());
            ComplexMatrix rho = evolver.state();
            worstTrace = Math.max(worstTrace, Math.abs(rho.trace().re() - 1));
            worstEntropy = Math.max(worstEntropy, Math.abs(Entropy.vonNeumann(rho) - s0));
        }
        assertTrue(worstTrace < 1e-12, "trace drift " + worstTrace);
        assertTrue(worstEntropy < 1e-12, "S_AB drift " + worstEntropy);
    }
    /**
     * coherent-qubits: its coupling gives rho_A coherences, so interior_A (Eq. 11) is evaluated on a
     * non-diagonal state and comes out at round-off, not as an exact 0 (as for the diagonal rho_A of
     * the flip-flop presets); S_AB stays constant as the preset's description says.
     */
    @Test
    void coherentQubitsShowInteriorProductionAtRoundOff() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets/coherent-qubits.json"));
        Evolver evolver = Evolvers.create(preset, "coherent-qubits");
        TimeGrid grid = TimeGrid.of(preset);
        double s0 = evolver.frameAt(0).entropyAB();
        int nonZero = 0;
        double largestCoherence = 0;
        for (int k = 0; k < grid.size(); k++) {
            Frame f = evolver.frameAt(grid.time(k));
            assertTrue(Math.abs(f.interiorProductionA()) < 1e-15, "interior_A " + f.interiorProductionA());
            nonZero += f.interiorProductionA() != 0 ? 1 : 0;
            largestCoherence = Math.max(largestCoherence, evolver.stateA().magnitude(0, 1));
            assertEquals(s0, f.entropyAB(), 1e-12);
        }
        assertTrue(nonZero > grid.size() / 2, "interior_A is nonzero on only " + nonZero + " frames");
        assertTrue(largestCoherence > 0.03, "largest |rho_A 01| " + largestCoherence);
    }

    /** The classical presets: entropy produced in AB on every frame; near equilibrium, hardly any inside A. */
    @Test
    void classicalPresetsProduceEntropyAtTheContact() throws Exception {
        for (String name : new String[] {"classical-bars", "classical-near-equilibrium"}) {
            Preset preset = PresetReader.read(Path.of("presets", name + ".json"));
            Evolver evolver = Evolvers.create(preset, name);
            TimeGrid grid = TimeGrid.of(preset);
            double largestShareInsideA = 0;
            for (int k = 0; k < grid.size(); k++) {
                Frame f = evolver.frameAt(grid.time(k));
                assertTrue(f.classical().interiorProductionAB() > 0, name + " at t=" + f.time());
                largestShareInsideA = Math.max(largestShareInsideA,
                        f.interiorProductionA() / f.classical().interiorProductionAB());
            }
            if (name.equals("classical-near-equilibrium")) {
                assertTrue(largestShareInsideA < 0.0085, "interior_A / interior_AB up to " + largestShareInsideA);
            } else {
                assertTrue(largestShareInsideA > 0.1, "the bars produce inside too: " + largestShareInsideA);
            }
        }
    }
}
