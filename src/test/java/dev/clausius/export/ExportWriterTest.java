package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one writer writes exactly the files its plan names, and nothing when it cannot. */
class ExportWriterTest {
    private static final FigureOptions SMALL = new FigureOptions(FigureSize.ofWidth(3.4, 50), false, true);

    @TempDir
    Path directory;

    private static RecordedRun run(Path file, double end) throws Exception {
        Preset preset = PresetReader.read(file);
        return RecordedRun.of(preset, Evolvers.create(preset, file.toString()),
                new TimeGrid(TimeGrid.of(preset).dt(), end));
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"otto-qubit", "resonant-qubits"})
    void everyPlannedFileIsWrittenInPlanOrderAndNothingElse(String name) throws Exception {
        Path file = Path.of("presets", name + ".json");
        RecordedRun run = run(file, 2);
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(directory, name), EnumSet.allOf(ExportFormat.class),
                run.preset(), run.end()).withTimeSeries().withPresetCopy(file);
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, SMALL, written::add).write(run);

        List<Path> expected = new ArrayList<>(plan.targets());
        expected.add(directory.resolve(name + ".json"));
        assertEquals(expected, written);
        assertEquals(expected.stream().sorted().toList(), listing(), "no other file, no temporary file");
        assertEquals(Files.readString(file), Files.readString(directory.resolve(name + ".json")));
        // 2 time units at the preset's dt, plus the row at t = 0
        int rows = (int) Math.round(2 / TimeGrid.of(run.preset()).dt()) + 1;
        assertEquals(rows + 1, Files.readAllLines(directory.resolve(name + "_entropies.csv")).size());
        assertEquals(rows + 1, Files.readAllLines(directory.resolve(name + "_timeseries.csv")).size());
    }

    @Test
    void aMissingDirectoryFailsBeforeAnythingIsDrawnOrCreated() throws Exception {
        Path file = Path.of("presets", "resonant-qubits.json");
        RecordedRun run = run(file, 1);
        Path missing = directory.resolve("missing");
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(missing, "r"), EnumSet.allOf(ExportFormat.class),
                run.preset(), run.end()).withTimeSeries().withPresetCopy(file);
        List<Path> written = new ArrayList<>();
        NoSuchFileException failure = assertThrows(NoSuchFileException.class,
                () -> new ExportWriter(plan, SMALL, written::add).write(run));
        assertEquals(missing.toAbsolutePath().toString() + ": no such directory", FailureText.describe(failure));
        assertEquals(List.of(), written);
        assertEquals(List.of(), listing());
    }

    @Test
    void theExplorersOnePanelIsWrittenAlone() throws Exception {
        Path file = Path.of("presets", "otto-qubit.json");
        RecordedRun run = run(file, 2);
        ExportPlan plan = ExportPlan.onePanel(new ExportNames(directory, "otto-qubit"),
                EnumSet.of(ExportFormat.PNG, ExportFormat.PDF), run.preset(), run.end(), "engine");
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, SMALL, written::add).write(RecordedRun.of(run.figureData()));
        List<Path> expected = List.of(directory.resolve("otto-qubit_engine.png"), directory.resolve("otto-qubit_engine.pdf"));
        assertEquals(expected, written);
        assertEquals(expected.stream().sorted().toList(), listing());
        assertTrue(Files.size(expected.get(0)) > 1000, "a drawn PNG, not an empty file");
    }

    @Test
    void theExportedPdfNamesTheBuildsVersionAsItsCreator() throws Exception {
        Path file = Path.of("presets", "resonant-qubits.json");
        RecordedRun run = run(file, 1);
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(directory, "r"), EnumSet.of(ExportFormat.PDF),
                run.preset(), run.end());
        new ExportWriter(plan, SMALL, written -> { }).write(run);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                     org.apache.pdfbox.Loader.loadPDF(directory.resolve("r_entropies.pdf").toFile())) {
            // the pom's version, read by a DOM parser: the figures carry the build's, not a typed one
            assertEquals("Clausius " + dev.clausius.testing.PomVersion.read(), pdf.getDocumentInformation().getCreator());
        }
    }

}
