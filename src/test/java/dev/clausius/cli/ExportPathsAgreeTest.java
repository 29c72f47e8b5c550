package dev.clausius.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.ExportPlan;
import dev.clausius.export.ExportWriter;
import dev.clausius.export.FigureOptions;
import dev.clausius.export.FigureSize;
import dev.clausius.export.RecordedRun;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line's {@code export} and the explorer's export of the same panel write the same CSV
 * bytes, and that CSV holds the time series' own numbers.
 */
class ExportPathsAgreeTest {
    private static final double T_END = 4;

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"resonant-qubits, entropies", "resonant-qubits, production", "otto-qubit, entropies",
            "otto-qubit, temperatures"})
    void theSamePanelGivesTheSameCsvBytes(String name, String panel) throws Exception {
        Path file = Path.of("presets", name + ".json");
        Path fromCli = directory.resolve("cli");
        Cli.Result result = Cli.run("export", file.toString(), "--out", fromCli.toString(), "--format", "csv",
                "--t-end", Double.toString(T_END));
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());

        Path fromExplorer = Files.createDirectories(directory.resolve("explorer"));
        Preset preset = PresetReader.read(file);
        FigureData recorded = explorerRecording(preset, file);
        // as the explorer's dialog asks for the panel shown: one panel, titled, the preset's whole end on the axis
        ExportPlan plan = ExportPlan.onePanel(new ExportNames(fromExplorer, name), EnumSet.of(ExportFormat.CSV),
                preset, recorded.end(), panel);
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, new FigureOptions(FigureSize.ofWidth(FigureSize.COLUMN_WIDTH, 300), false, true),
                written::add).write(RecordedRun.of(recorded));

        String csv = name + "_" + panel + ".csv";
        assertEquals(List.of(fromExplorer.resolve(csv)), written);
        assertArrayEquals(Files.readAllBytes(fromCli.resolve(csv)), Files.readAllBytes(fromExplorer.resolve(csv)));
    }

    @ParameterizedTest
    @CsvSource({"resonant-qubits", "otto-qubit"})
    void theEntropiesCsvHoldsTheTimeSeriesOwnColumns(String name) throws Exception {
        Path file = Path.of("presets", name + ".json");
        Path out = directory.resolve("out");
        Cli.Result result = Cli.run("export", file.toString(), "--out", out.toString(), "--format", "csv",
                "--t-end", Double.toString(T_END));
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> panel = Files.readAllLines(out.resolve(name + "_entropies.csv"));
        List<String> series = Files.readAllLines(out.resolve(name + "_timeseries.csv"));
        assertEquals("t,S_A,S_B,S_AB,S_C = −I(A:B)", panel.get(0));
        assertEquals(series.size(), panel.size());
        assertTrue(panel.size() > 10, panel.size() + " lines");
        // the panel's curves and the time-series columns are computed by different code (figure curves,
        // the Column table); every number must agree to the last digit
        List<String> header = Arrays.asList(series.get(0).split(","));
        int[] columns = {header.indexOf("t"), header.indexOf("S_A"), header.indexOf("S_B"), header.indexOf("S_AB"),
                header.indexOf("S_C")};
        for (int row = 1; row < panel.size(); row++) {
            String[] cells = series.get(row).split(",", -1);
            String[] expected = Arrays.stream(columns).mapToObj(c -> cells[c]).toArray(String[]::new);
            assertArrayEquals(expected, panel.get(row).split(","), "row " + row);
        }
    }

    /** What the explorer's model holds after playing to T_END: the evolver's frames on the preset's grid. */
    private static FigureData explorerRecording(Preset preset, Path file) throws Exception {
        Evolver evolver = Evolvers.create(preset, file.toString());
        TimeGrid grid = new TimeGrid(TimeGrid.of(preset).dt(), T_END);
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            frames.add(evolver.frameAt(grid.time(k)));
        }
        var cycles = evolver instanceof EngineEvolver engine ? engine.completedCycles() : null;
        return new FigureData(preset, frames, cycles, evolver.stateA(), evolver.stateB(), TimeGrid.of(preset).end());
    }
}
