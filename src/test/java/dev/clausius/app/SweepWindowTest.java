package dev.clausius.app;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepRow;
import dev.clausius.sweep.SweepRunner;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep window on the resonant qubits: a sweep of g over 6 points, kept as t_max_E_A (the
 * first full swap, pi/(2g) on the dt grid), fills its plot point by point with the numbers a direct
 * {@link SweepRunner} run of the same plan gives; a click on a point loads that point's preset;
 * the export writes the plot and the points.
 */
@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {
    private static final Path RESONANT = Path.of("presets", "resonant-qubits.json");
    private static final double DT = 0.25;

    private Stage stage;
    private Explorer explorer;

    @TempDir
    Path directory;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Preset preset = PresetReader.read(RESONANT);
        explorer = TestWindows.open(stage, preset, Evolvers.create(preset, RESONANT.toString()), RESONANT,
                new dev.clausius.app.session.PresetFileLoader());
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> {
            if (explorer.sweeps().sweepStage() != null) {
                explorer.sweeps().sweepStage().hide();
            }
        });
        TestWindows.hide(stage);
    }

    private static double firstCoupling(Preset preset) {
        return ((CouplingSpec.Terms) preset.coupling()).terms().get(0).g().re();
    }

    @Test
    void aSweepOfSixPointsFillsItsPlotAClickLoadsThePointsPresetAndItExports(FxRobot robot) throws Exception {
        onFx(() -> {
            explorer.sweeps().openForPreset();
            explorer.sweeps().fill(0, "$.coupling[0].g", 0.05, 0.1, 6, false);
            explorer.sweeps().chooseQuantity("t_max_E_A");
            return null;
        });
        robot.clickOn("#sweepRun");
        waitUntil(120, () -> !explorer.sweeps().running() && explorer.sweeps().rows().size() == 6);
        waitUntil(10, () -> explorer.sweeps().drawnPoints() == 6);
        assertEquals("6 of 6 points", onFx(() -> explorer.sweeps().progressText()));

        SweepPlan plan = onFx(() -> explorer.sweeps().plan());
        List<SweepRow> shown = onFx(() -> explorer.sweeps().rows());
        List<SweepRow> direct = new SweepRunner(Evolvers::create, 1).run(plan, (row, done, total) -> { }, () -> false);
        assertEquals(direct, shown, "the window's rows are a direct run's");
        for (SweepRow row : shown) {
            double g = row.point().parameters().get("$.coupling[0].g");
            double swap = Math.round(Math.PI / (2 * g) / DT) * DT;
            assertEquals(swap, row.values().get(0), 1e-12, "t_max_E_A at g = " + g);
        }
        double[] plotted = explorer.sweeps().readFigure(figure -> {
            double[] y = new double[figure.points().getItemCount(0)];
            for (int i = 0; i < y.length; i++) {
                y[i] = figure.points().getYValue(0, i);
            }
            return y;
        });
        for (int i = 0; i < 6; i++) {
            assertEquals(shown.get(i).values().get(0), plotted[i], 0.0, "plotted point " + i);
        }

        int picked = 3;
        Point2D at = onFx(() -> explorer.sweeps().pointOnScreen(picked));
        assertNotNull(at);
        robot.clickOn(at);
        double wanted = plan.points().get(picked).parameters().get("$.coupling[0].g");
        waitUntil(30, () -> firstCoupling(explorer.session().preset()) == wanted);
        assertTrue(wanted > 0.05 && wanted < 0.1, "an inner point: " + wanted);
        assertTrue(onFx(() -> explorer.session().edits().unsaved()), "a loaded point is an unsaved preset");
        assertEquals(RESONANT, onFx(() -> explorer.session().source()), "on the file the sweep came from");

        // the export writes the plot and the finished points, whatever the explorer shows now
        robot.clickOn("#sweepExport");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        onFx(() -> {
            robot.lookup("#exportDirectory").queryAs(TextField.class).setText(directory.toString());
            robot.lookup("#exportCSV").queryAs(CheckBox.class).setSelected(true);
            return null;
        });
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitUntil(60, () -> String.valueOf(explorer.window().statusBar().auditText()).contains("exported 5 files"));

        BufferedImage png = ImageIO.read(directory.resolve("resonant-qubits_sweep.png").toFile());
        assertEquals(Math.round(300 * 3.4), png.getWidth());
        assertTrue(Files.readString(directory.resolve("resonant-qubits_sweep.svg")).contains("<svg"));
        assertTrue(Files.size(directory.resolve("resonant-qubits_sweep.pdf")) > 0);
        List<String> csv = Files.readAllLines(directory.resolve("resonant-qubits_sweep.csv"));
        assertEquals("point,$.coupling[0].g,t_max_E_A", csv.get(0));
        assertEquals(7, csv.size(), "a header and the 6 points");
        List<SweepRow> rows = onFx(() -> explorer.sweeps().rows());
        assertEquals(rows.get(5).values().get(0), Double.parseDouble(csv.get(6).split(",")[2]), 0.0);
        String manifest = Files.readString(directory.resolve("resonant-qubits_sweep.manifest.json"));
        assertTrue(manifest.contains("\"summary\" : \"resonant-qubits_sweep.csv\"")
                || manifest.contains("\"summary\": \"resonant-qubits_sweep.csv\""), manifest.substring(0, 300));
        try (var files = Files.list(directory)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temporary file left");
        }
    }

    private static final Path TAU_EXAMPLE = Path.of("presets", "sweeps", "carnot-eta-vs-tau.json");

    /** Cancel, then the numbers the example's description quotes, read off its run. */
    @Test
    void cancelKeepsTheFinishedPointsAndTheTauExampleApproachesCarnotWithAOneOverTauShortfall(FxRobot robot)
            throws Exception {
        onFx(() -> {
            explorer.sweeps().openExample(TAU_EXAMPLE);
            return null;
        });
        waitUntil(120, () -> explorer.sweeps().rows().size() >= 1);
        robot.clickOn("#sweepCancel");
        waitUntil(60, () -> !explorer.sweeps().running());
        int kept = onFx(() -> explorer.sweeps().rows().size());
        assertTrue(kept >= 1 && kept < 7, "the longest points never finished: " + kept);
        assertTrue(onFx(() -> explorer.sweeps().message()).startsWith("cancelled"));
        assertEquals(kept + " of 7 points", onFx(() -> explorer.sweeps().progressText()));
        waitUntil(10, () -> explorer.sweeps().drawnPoints() == kept);

        // Run again: the whole example, whose numbers its description quotes
        robot.clickOn("#sweepRun");
        waitUntil(300, () -> !explorer.sweeps().running() && explorer.sweeps().rows().size() == 7);
        List<SweepRow> rows = onFx(() -> explorer.sweeps().rows());
        assertEquals(0.7251, rows.get(0).values().get(0), 5e-5, "eta at tau = 20");
        assertEquals(0.7496, rows.get(6).values().get(0), 5e-5, "eta at tau = 1280");
        for (int i = 1; i < 7; i++) {
            double shortfall = 0.75 - rows.get(i).values().get(0);
            double before = 0.75 - rows.get(i - 1).values().get(0);
            assertEquals(0.5, shortfall / before, 0.02, "the shortfall halves as tau doubles, point " + i);
        }
        waitUntil(10, () -> explorer.sweeps().drawnPoints() == 7);
        var fit = explorer.sweeps().readFigure(figure -> figure.fit());
        assertEquals(0.7501, fit.etaInfinity(), 5e-5);
        assertEquals(0.498, fit.a(), 5e-4);
        String references = explorer.sweeps().readFigure(figure -> figure.referenceText());
        assertTrue(references.contains("0.7500") && references.contains("0.5000"), references);
    }

    @Test
    void twoParametersFillAHeatMapAndAClickOnACellLoadsBothValues(FxRobot robot) throws Exception {
        onFx(() -> {
            explorer.sweeps().openForPreset();
            explorer.sweeps().fill(0, "$.coupling[0].g", 0.05, 0.1, 2, false);
            explorer.sweeps().fill(1, "$.temperatures.B", 1, 3, 3, false);
            explorer.sweeps().chooseQuantity("max_I_AB");
            return null;
        });
        robot.clickOn("#sweepRun");
        waitUntil(120, () -> !explorer.sweeps().running() && explorer.sweeps().rows().size() == 6);
        waitUntil(10, () -> explorer.sweeps().drawnPoints() == 6);
        double[] cell = explorer.sweeps().readFigure(figure -> {
            var data = (org.jfree.data.xy.XYZDataset) figure.points();
            return new double[] {data.getXValue(0, 5), data.getYValue(0, 5), data.getZValue(0, 5)};
        });
        SweepRow last = onFx(() -> explorer.sweeps().rows().get(5));
        assertEquals(List.of(0.1, 3.0), List.copyOf(last.point().parameters().values()), "the second axis runs fastest");
        assertEquals(0.1, cell[0], 1e-15);
        assertEquals(3.0, cell[1], 1e-15);
        assertEquals(last.values().get(0), cell[2], 0.0);

        Point2D at = onFx(() -> explorer.sweeps().pointOnScreen(4));
        robot.clickOn(at);
        waitUntil(30, () -> explorer.session().preset().temperatureB() == 2.0
                && firstCoupling(explorer.session().preset()) == 0.1);
    }
}
