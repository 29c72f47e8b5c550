package dev.clausius.export;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.PinnedRun;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's pinned runs in a panel export: own columns per pin, the pin's own numbers, and no pins, no change. */
class PinnedExportTest {
    private static final FigureOptions SMALL = new FigureOptions(FigureSize.ofWidth(3.4, 50), false, true);

    @TempDir
    Path directory;

    private static RecordedRun run(Preset preset, double end) throws Exception {
        return RecordedRun.of(preset, Evolvers.create(preset, preset.name()), new TimeGrid(TimeGrid.of(preset).dt(), end));
    }

    @Test
    void aPanelCsvWritesEachPinOnItsOwnTimesWithEmptyCellsBelowItsEnd() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        RecordedRun live = run(preset, 2);
        RecordedRun earlier = run(preset, 1);
        PinnedRun pin = PinnedRun.of("pin1", "pin 1 (same)", preset, earlier.frames(), List.of(), earlier.end());
        RecordedRun withPin = new RecordedRun(live.preset(), live.frames(), live.cycles(), live.stateA(), live.stateB(),
                live.columns(), live.end(), live.invariants(), live.cellTemperatures(), List.of(pin));
        ExportPlan plan = ExportPlan.onePanel(new ExportNames(directory, "r"),
                EnumSet.of(ExportFormat.CSV, ExportFormat.PNG), preset, live.end(), "entropies");
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, SMALL, written::add).write(withPin);

        List<String> lines = Files.readAllLines(directory.resolve("r_entropies.csv"));
        assertEquals("t,S_A,S_B,S_AB,S_C = −I(A:B),pin1_t,pin1_S_A,pin1_S_B,pin1_S_AB,pin1_S_C = −I(A:B)", lines.get(0));
        assertEquals(live.frames().size() + 1, lines.size(), "the longer run sets the rows");
        List<Frame> pinned = earlier.frames();
        for (int k = 0; k < live.frames().size(); k++) {
            String[] cells = lines.get(k + 1).split(",", -1);
            assertEquals(10, cells.length, lines.get(k + 1));
            assertEquals(live.frames().get(k).entropyA(), Double.parseDouble(cells[1]));
            if (k < pinned.size()) {
                assertEquals(pinned.get(k).time(), Double.parseDouble(cells[5]));
                assertEquals(pinned.get(k).entropyA(), Double.parseDouble(cells[6]));
                assertEquals(pinned.get(k).correlationEntropy(), Double.parseDouble(cells[9]));
            } else {
                assertEquals("", cells[5] + cells[6] + cells[7] + cells[8] + cells[9], "below the pin's last row");
            }
        }
        assertTrue(pinned.size() < live.frames().size(), "the pin is the shorter run");
        assertTrue(Files.size(directory.resolve("r_entropies.png")) > 0);
    }

    @Test
    void withoutPinsThePanelCsvHasOnlyTheLiveColumns() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        RecordedRun live = run(preset, 1);
        var curves = PanelExport.panels(live, 50, false, false).get(1).curves();
        StringWriter none = new StringWriter();
        PanelCsv.write(curves, live.frames(), List.of(), "entropies", none);
        String[] lines = none.toString().split("\n");
        assertEquals("t,S_A,S_B,S_AB,S_C = −I(A:B)", lines[0]);
        assertEquals(live.frames().size() + 1, lines.length);
        for (int k = 1; k < lines.length; k++) {
            assertEquals(5, lines[k].split(",", -1).length, lines[k]);
            assertEquals(live.frames().get(k - 1).time(), Double.parseDouble(lines[k].split(",")[0]));
        }
    }
}
