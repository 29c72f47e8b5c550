package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.figures.Figure;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's one set of names, panels and files, checked against lists written out by hand. */
class ExportPlanTest {
    private static final Path OUT = Path.of("out");
    private static final Path OTTO = Path.of("presets", "otto-qubit.json");
    private static final Path RESONANT = Path.of("presets", "resonant-qubits.json");

    @TempDir
    Path directory;

    private static Preset read(Path file) throws Exception {
        return PresetReader.read(file);
    }

    private static List<String> names(List<Figure> figures) {
        return figures.stream().map(Figure::name).toList();
    }

    private static List<Path> files(Path directory, String... names) {
        return Stream.of(names).map(directory::resolve).toList();
    }

    @Test
    void theEnginePanelBelongsToEnginePresetsOnly() throws Exception {
        Preset otto = read(OTTO);
        Preset resonant = read(RESONANT);
        // the presets' own modes first: if a file changed mode, the lists below would mean nothing
        assertEquals(Mode.ENGINE, otto.mode());
        assertEquals(Mode.CLOSED, resonant.mode());
        assertEquals(List.of("scene", "entropies", "production", "temperatures", "engine", "state"),
                names(PresetPanels.figures(otto, 40)));
        assertEquals(List.of("scene", "entropies", "production", "temperatures", "state"),
                names(PresetPanels.figures(resonant, 100)));
    }

    @Test
    void theCommandLineWritesEveryPanelTheTimeSeriesAndAllPanelsOfAClosedPreset() throws Exception {
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(OUT, "resonant-qubits"),
                EnumSet.allOf(ExportFormat.class), read(RESONANT), 100).withTimeSeries().withPresetCopy(RESONANT);
        assertEquals(files(OUT, "resonant-qubits_timeseries.csv",
                // the scene draws no series against t either: no CSV of its own
                "resonant-qubits_scene.png", "resonant-qubits_scene.svg", "resonant-qubits_scene.pdf",
                "resonant-qubits_entropies.png", "resonant-qubits_entropies.svg", "resonant-qubits_entropies.pdf",
                "resonant-qubits_entropies.csv",
                "resonant-qubits_production.png", "resonant-qubits_production.svg", "resonant-qubits_production.pdf",
                "resonant-qubits_production.csv",
                "resonant-qubits_temperatures.png", "resonant-qubits_temperatures.svg",
                "resonant-qubits_temperatures.pdf", "resonant-qubits_temperatures.csv",
                // the state panel draws no series against t: no CSV of its own
                "resonant-qubits_state.png", "resonant-qubits_state.svg", "resonant-qubits_state.pdf",
                "resonant-qubits_all-panels.pdf"), plan.targets());
        assertEquals(OUT.resolve("resonant-qubits.json"), plan.names().presetCopy(plan.presetFile().orElseThrow()));
    }

    @Test
    void anEnginePresetAlsoHasItsEnginePanel() throws Exception {
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(OUT, "otto-qubit"),
                EnumSet.of(ExportFormat.SVG, ExportFormat.CSV), read(OTTO), 40).withTimeSeries();
        assertEquals(files(OUT, "otto-qubit_timeseries.csv", "otto-qubit_scene.svg",
                "otto-qubit_entropies.svg", "otto-qubit_entropies.csv",
                "otto-qubit_production.svg", "otto-qubit_production.csv",
                "otto-qubit_temperatures.svg", "otto-qubit_temperatures.csv",
                // the engine panel draws its ledger against the cycle, not series against t
                "otto-qubit_engine.svg",
                "otto-qubit_state.svg"), plan.targets());
    }

    @Test
    void oneExplorerPanelHasNeitherTheAllPanelsPdfNorTheTimeSeries() throws Exception {
        ExportPlan plan = ExportPlan.onePanel(new ExportNames(OUT, "otto-qubit"),
                EnumSet.of(ExportFormat.PDF, ExportFormat.CSV), read(OTTO), 40, "temperatures");
        assertEquals(files(OUT, "otto-qubit_temperatures.pdf", "otto-qubit_temperatures.csv"), plan.targets());
        assertFalse(plan.writesAllPanelsPdf());
        assertFalse(plan.writesTimeSeries());
    }

    @Test
    void allPanelsWithoutPdfHaveNoAllPanelsPdf() throws Exception {
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(OUT, "r"), EnumSet.of(ExportFormat.PNG),
                read(RESONANT), 100);
        assertEquals(files(OUT, "r_scene.png", "r_entropies.png", "r_production.png", "r_temperatures.png", "r_state.png"),
                plan.targets());
    }

    @Test
    void theEnginePanelOfAClosedPresetHasNothingToWriteAndSaysSo() throws Exception {
        Preset resonant = read(RESONANT);
        ExportPlan plan = ExportPlan.onePanel(new ExportNames(directory, "resonant-qubits"),
                EnumSet.allOf(ExportFormat.class), resonant, 100, "engine");
        assertEquals(List.of(), plan.targets());
        RecordedRun run = new RecordedRun(resonant, List.of(TestFrames.at(0)), List.of(), null, null, List.of(), 100);
        IOException refused = assertThrows(IOException.class,
                () -> new ExportWriter(plan, new FigureOptions(FigureSize.ofWidth(3.4, 72), false, true), f -> { })
                        .write(run));
        assertEquals("the engine panel has nothing to export for a closed preset", refused.getMessage());
        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void existingTargetsAreTheFilesAnExportWouldReplace() throws Exception {
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(directory, "r"), EnumSet.of(ExportFormat.CSV),
                read(RESONANT), 100).withTimeSeries();
        assertEquals(List.of(), plan.existingTargets());
        Files.writeString(directory.resolve("r_production.csv"), "mine");
        Files.writeString(directory.resolve("r_state.csv"), "never written by an export");
        assertEquals(List.of(directory.resolve("r_production.csv")), plan.existingTargets());
    }

    @Test
    void stemsAndThePatternAUserReads() {
        assertEquals("otto-qubit", ExportNames.stem(OTTO));
        assertEquals("archive.tar", ExportNames.stem(Path.of("archive.tar.gz")));
        assertEquals("no-extension", ExportNames.stem(Path.of("dir", "no-extension")));
        // the explorer's stem: also from a preset's display name when it has no file
        assertEquals("resonant-qubits-heat-swap", ExportNames.safeStem("Resonant qubits: heat swap"));
        assertEquals("otto_qubit", ExportNames.safeStem("Otto_Qubit.JSON"));
        assertEquals("otto-qubit_<panel>.<format>", ExportNames.pattern("otto-qubit"));
    }

    @Test
    void formatsAreReadInAnyCaseAndAnUnknownOneListsTheChoices() {
        assertEquals(ExportFormat.PNG, ExportFormat.parse("png"));
        assertEquals(ExportFormat.SVG, ExportFormat.parse(" SVG "));
        assertEquals(Set.of("png", "svg", "pdf", "csv"),
                Set.copyOf(Stream.of(ExportFormat.values()).map(ExportFormat::extension).toList()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("gif"));
        assertEquals("'gif' is not one of png, svg, pdf, csv", unknown.getMessage());
    }

    @Test
    void aFailureIsOneLineNamingTheFile() {
        assertEquals("/x/y: no such directory",
                FailureText.describe(new java.nio.file.NoSuchFileException("/x/y", null, "no such directory")));
        assertEquals("/x/y: permission denied", FailureText.describe(new java.nio.file.AccessDeniedException("/x/y")));
        assertEquals("disk full on /x", FailureText.describe(new IOException("disk full\n  on /x")));
        assertTrue(FailureText.describe(new NullPointerException()).contains("NullPointerException"));
    }
}
