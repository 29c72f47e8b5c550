package dev.clausius.sweep;

import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped sweep files: every one reads, the tau example sets both isotherms, bad files name their path. */
class SweepExampleTest {
    private static final Path PRESETS = Path.of("presets");

    @Test
    void everyShippedSweepReads() throws Exception {
        List<Path> files = SweepExample.files(PRESETS);
        assertTrue(files.contains(PRESETS.resolve("sweeps").resolve("carnot-eta-vs-tau.json")), files.toString());
        for (Path file : files) {
            SweepExample example = SweepExample.read(file);
            assertTrue(!example.description().isBlank(), file + " says what it shows");
        }
    }

    @Test
    void theTauExampleGivesBothIsothermsTheSameLogSpacedDuration() throws Exception {
        SweepExample example = SweepExample.read(PRESETS.resolve("sweeps").resolve("carnot-eta-vs-tau.json"));
        SweepPlan plan = example.plan();
        assertEquals(7, plan.points().size());
        assertEquals(List.of("eta_eq19", "eta_energy", "W_last_cycle"),
                plan.quantities().stream().map(SweepQuantity::columnName).toList());
        assertTrue(example.fit());
        var base = PresetReader.read(PRESETS.resolve("carnot-qubit-slow.json"));
        for (int i = 0; i < 7; i++) {
            double tau = 20 * Math.pow(2, i);
            var strokes = plan.presets().get(i).engine().strokes();
            assertEquals(tau, strokes.get(0).duration(), 1e-9 * tau, "hot isotherm of point " + i);
            assertEquals(strokes.get(0).duration(), strokes.get(2).duration(), "cold isotherm of point " + i);
            assertEquals(base.engine().hot(), plan.presets().get(i).engine().hot(), "the baths are the preset's");
        }
    }

    @Test
    void aBadSweepFileNamesTheFileThePathAndTheReason(@TempDir Path directory) throws Exception {
        Files.copy(PRESETS.resolve("carnot-qubit-slow.json"), directory.resolve("engine.json"));
        Path file = Files.createDirectories(directory.resolve("sweeps")).resolve("bad.json");
        Files.writeString(file, """
                {"format": "clausius-sweep", "version": 1, "name": "bad", "preset": "../engine.json",
                 "axes": [{"path": "$.strokes[0].duration", "also": ["$.strokes[9].duration"],
                           "start": 1, "stop": 2, "n": 2}],
                 "quantities": ["eta_eq19"]}""");
        PresetException linked = assertThrows(PresetException.class, () -> SweepExample.read(file));
        assertTrue(linked.getMessage().startsWith(file + ": $.axes") && linked.getMessage().contains("strokes[9]"),
                linked.getMessage());
        Files.writeString(file, Files.readString(file).replace("\"eta_eq19\"", "\"eta_foo\""));
        PresetException quantity = assertThrows(PresetException.class, () -> SweepExample.read(file));
        assertTrue(quantity.getMessage().contains("$.quantities[0]"), quantity.getMessage());
        assertTrue(!quantity.getMessage().contains("\n"));
    }
}
