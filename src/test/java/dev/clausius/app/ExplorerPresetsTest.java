package dev.clausius.app;

import dev.clausius.figures.scene.SceneFigure;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.figures.EntropiesFigure;
import dev.clausius.figures.EngineFigure;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window with the real physics: every preset file, a parameter edit, a broken file. */
@ExtendWith(ApplicationExtension.class)
class ExplorerPresetsTest {

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = ExplorerApp.open(stage, Path.of("presets", "resonant-qubits.json"), new PresetFileLoader(), () -> { })
                .orElseThrow();
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndWait(Path file) throws TimeoutException {
        onFx(() -> {
            explorer.actions().open(file);
            return null;
        });
        waitUntil(60, () -> file.equals(explorer.session().source()) && explorer.session().model().frames().size() >= 1);
    }

    @Test
    void everyPresetFeedsEveryPanel() throws TimeoutException {
        List<Path> files = PresetLibrary.scan(Path.of("presets")).stream().map(PresetLibrary.Entry::file).toList();
        assertTrue(files.size() >= 9, "presets found: " + files);
        for (Path file : files) {
            openAndWait(file);
            onFx(() -> {
                explorer.session().model().setSpeed(Speed.MAX);
                explorer.session().model().play();
                return null;
            });
            waitUntil(120, () -> explorer.session().model().frames().size() >= 30 || explorer.session().model().finishedProperty().get());
            for (int tab = 0; tab < explorer.window().panelViews().size(); tab++) {
                int index = tab;
                onFx(() -> {
                    explorer.window().tabs().getSelectionModel().select(index);
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                PanelView view = explorer.window().panelViews().get(tab);
                waitUntil(10, () -> hasData(view));
            }
            onFx(() -> {
                explorer.session().model().pause();
                return null;
            });
        }
    }

    private static boolean hasData(PanelView view) {
        return view.read(ExplorerPresetsTest::hasData);
    }

    /** Read on the chart painter thread, which owns the figure. */
    private static boolean hasData(dev.clausius.figures.Figure figure) {
        if (figure instanceof EngineFigure engine) {
            return !engine.ledgerText().isEmpty();
        }
        if (figure instanceof dev.clausius.figures.scene.SceneFigure scene) {
            return scene.elements() != null && scene.geometry() != null;
        }
        if (figure instanceof dev.clausius.figures.CompareFigure compare) {
            // the shown preset and its default partner, both drawn
            return compare.jointEntropies().getItemCount(0) > 0 && compare.jointEntropies().getItemCount(1) > 0;
        }
        var dataset = figure.charts().get(0).getXYPlot().getDataset();
        if (figure.name().equals("production")) {
            dataset = ((org.jfree.chart.plot.CombinedDomainXYPlot) figure.charts().get(0).getPlot())
                    .getSubplots().get(0).getDataset();
        }
        return dataset != null && dataset.getItemCount(0) > 0;
    }

    @Test
    void changingTheCouplingChangesTheCurve() throws TimeoutException {
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.MAX);
            explorer.session().model().seek(100);
            return null;
        });
        waitUntil(20, () -> explorer.session().model().frames().size() == 101);
        double before = onFx(() -> explorer.session().model().frames().get(100).entropyA());
        TextField g = onFx(() -> (TextField) stage.getScene().lookup("#param-_coupling_0_g"));
        onFx(() -> {
            g.setText("0.1");
            g.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        waitUntil(60, () -> explorer.session().preset().coupling() != null && explorer.session().model().frames().size() == 1
                && ((dev.clausius.preset.CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re() == 0.1);
        onFx(() -> {
            explorer.session().model().seek(100);
            return null;
        });
        waitUntil(20, () -> explorer.session().model().frames().size() == 101);
        // the scene is the first tab: bring the entropies to the front, only the panel shown is drawn
        onFx(() -> {
            explorer.window().selectPanel("entropies");
            return null;
        });
        PanelView entropies = onFx(() -> explorer.window().panel("entropies"));
        // the chart painter draws the latest snapshot a moment after the model has it
        waitUntil(20, () -> entropies.read(f -> ((EntropiesFigure) f).timePlot().dataset().getItemCount(0)) == 101);
        double after = entropies.read(f -> ((EntropiesFigure) f).timePlot().dataset().getYValue(0, 100));
        assertNotEquals(before, after, 1e-6);
        assertEquals(explorer.session().model().frames().get(100).entropyA(), after, 0.0);
    }

    @Test
    void aBrokenPresetFileOpensTheErrorDialog(FxRobot robot) throws Exception {
        Path broken = Files.createTempFile("broken", ".json");
        Files.writeString(broken, Files.readString(Path.of("presets", "resonant-qubits.json"))
                .replace("\"omega\": 1.0", "\"omega\": -1"));
        onFx(() -> {
            explorer.actions().open(broken);
            return null;
        });
        waitUntil(30, () -> robot.lookup("#presetError").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#presetError").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("$.A.omega"), pane.getContentText());
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        assertEquals("Clausius - Resonant qubits: heat swap", onFx(stage::getTitle));
    }
}
