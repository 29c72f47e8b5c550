package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * D(rho_B(t) || gamma_B) when T_B is so low that gamma_B's excited population underflows to 0:
 * gamma_B still has full rank, so D is finite. For a qubit with ln gamma_B = diag(-omega/T_B, 0) - ln Z
 * (Z = 1 here), D = -S_B + p_e omega / T_B with p_e = 1/2 + E_B/omega, from the frame's own S_B and E_B.
 */
class ColdReferenceStateTest {

    @Test
    void relativeEntropyToAnUnderflowingGibbsStateIsFinite() throws Exception {
        String text = Files.readString(Path.of("presets/resonant-qubits.json"))
                .replace("\"temperatures\": { \"A\": 0.5, \"B\": 2.0 }", "\"temperatures\": { \"A\": 0.5, \"B\": 2e-6 }");
        assertTrue(text.contains("2e-6"), "the preset's temperatures line changed");
        Preset preset = PresetReader.parse(text, "cold B");
        Evolver evolver = Evolvers.create(preset, "cold B");
        double omega = 1.0;
        double temperature = 2e-6;
        for (double t : new double[] {1, 5, 15}) {
            Frame f = evolver.frameAt(t);
            double excited = 0.5 + f.energyB() / omega;
            assertTrue(excited > 1e-4, "B has warmed by t=" + t + ": p_e " + excited);
            double expected = -f.entropyB() + excited * omega / temperature;
            assertTrue(Double.isFinite(f.relativeEntropyB()), "D_B at t=" + t + ": " + f.relativeEntropyB());
            assertEquals(expected, f.relativeEntropyB(), 1e-8 * expected, "D_B at t=" + t);
        }
    }
}
