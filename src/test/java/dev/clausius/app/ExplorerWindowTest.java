package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.figures.EntropiesFigure;
import dev.clausius.figures.SeriesDataset;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window, headless (Monocle), on a fast stand-in evolver: transport, keys, scrub, projector. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private Stage stage;
    private Explorer explorer;
    private ResonantQubitsEvolver evolver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // 5 ms per frame: the growth is slow enough to pause in the middle of it
        evolver = new ResonantQubitsEvolver(0.05, 0.5, 2.0, 5);
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        explorer = TestWindows.open(stage, preset, evolver);
        // these tests read the entropies' curves, and only the panel in front is drawn; the scene,
        // the first tab, has ScenePanelTest
        explorer.window().selectPanel("entropies");
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int shown() {
        return onFx(() -> explorer.session().model().frames().size());
    }

    /** Reads the entropies' dataset on the chart painter thread, which owns it. */
    private <T> T entropies(java.util.function.Function<SeriesDataset, T> read) {
        PanelView view = onFx(() -> explorer.window().panel("entropies"));
        return view.read(figure -> read.apply(((EntropiesFigure) figure).timePlot().dataset()));
    }

    @Test
    void titleNamesThePresetAndTheFirstFrameIsOnScreenAtOnce() throws TimeoutException {
        assertEquals("Clausius - Resonant qubits: heat swap", onFx(stage::getTitle));
        waitUntil(10, () -> entropies(d -> d.getItemCount(0)) == 1);
        assertEquals(7, onFx(() -> explorer.window().tabs().getTabs().size()));
    }

    @Test
    void spaceStartsPlaybackAndTheSeriesEqualTheEvolversFrames(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> entropies(d -> d.getItemCount(0)) >= 20);
        assertEquals("Pause", robot.lookup("#playPause").queryAs(Button.class).getText());
        ResonantQubitsEvolver reference = ResonantQubitsEvolver.standard();
        double[][] drawn = entropies(data -> {
            double[][] columns = new double[3][data.getItemCount(0)];
            for (int k = 0; k < columns[0].length; k++) {
                columns[0][k] = data.getXValue(0, k);
                columns[1][k] = data.getYValue(0, k);
                columns[2][k] = data.getYValue(3, k);
            }
            return columns;
        });
        for (int k = 0; k < drawn[0].length; k++) {
            Frame expected = reference.frameAt(drawn[0][k]);
            assertEquals(expected.entropyA(), drawn[1][k], 0.0);
            assertEquals(expected.correlationEntropy(), drawn[2][k], 0.0);
        }
        assertFalse(evolver.callerThreads.contains("JavaFX Application Thread"), "physics on the FX thread");
    }

    @Test
    void spaceAgainPausesAndNothingGrows(FxRobot robot) throws TimeoutException, InterruptedException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> shown() >= 5);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = shown();
        // about half a second of pulses, each of which would show new frames if playback went on
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        onFx(() -> {
            explorer.window().addPulseListener(new dev.clausius.app.view.PulseListener() {
                @Override
                public void pulseStarted(long nanos) {
                }

                @Override
                public void pulseFinished(long pulseTime, long workNanos, int framesShown) {
                    pulses.incrementAndGet();
                }
            });
            return null;
        });
        waitUntil(10, () -> pulses.get() >= 30);
        assertEquals(paused, shown());
        assertTrue(onFx(() -> explorer.window().statusBar().text()).contains("paused"));
    }

    @Test
    void rightArrowStepsOneFrame(FxRobot robot) throws TimeoutException {
        waitUntil(10, () -> shown() == 1);
        robot.type(KeyCode.RIGHT);
        waitUntil(10, () -> shown() == 2);
        robot.clickOn("#step");
        waitUntil(10, () -> shown() == 3);
        assertFalse(onFx(() -> explorer.session().model().playingProperty().get()));
    }

    @Test
    void rResetsToTimeZero(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> explorer.session().model().timeProperty().get() >= 2.0);
        robot.type(KeyCode.R);
        waitUntil(10, () -> shown() == 1);
        assertEquals(0.0, onFx(() -> explorer.session().model().timeProperty().get()));
        assertFalse(onFx(() -> explorer.session().model().playingProperty().get()));
    }

    @Test
    void theButtonsDoWhatTheKeysDo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#playPause");
        waitUntil(10, () -> shown() >= 3);
        robot.clickOn("#reset");
        waitUntil(10, () -> shown() == 1);
    }

    @Test
    void theSliderScrubsBackAndForward(FxRobot robot) throws TimeoutException {
        onFx(() -> {
            explorer.window().transport().slider().setValue(40);
            return null;
        });
        waitUntil(10, () -> shown() == 41);
        assertEquals(10.0, onFx(() -> explorer.session().model().timeProperty().get()));
        onFx(() -> {
            explorer.window().transport().slider().setValue(8);
            return null;
        });
        waitUntil(10, () -> shown() == 9);
        assertEquals(2.0, onFx(() -> explorer.session().model().timeProperty().get()));
        robot.type(KeyCode.RIGHT);
        waitUntil(10, () -> shown() == 10);
        assertEquals(2.25, onFx(() -> explorer.session().model().frames().get(9).time()));
    }

    @Test
    void fastestSpeedShowsTheWholeRun(FxRobot robot) throws TimeoutException {
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.MAX);
            explorer.session().model().play();
            return null;
        });
        waitUntil(20, () -> explorer.session().model().finishedProperty().get());
        assertEquals(401, shown());
    }

    @Test
    void projectorModeTogglesStyleSheetAndThickLines(FxRobot robot) {
        robot.clickOn("#projector");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("projector.css"))));
        float width = onFx(() -> explorer.window().panel("entropies")).read(figure -> ((java.awt.BasicStroke) figure.charts().get(0)
                .getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth());
        assertEquals(4.0f, width);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> explorer.window().projectorOn()));
    }

    @Test
    void f1ShowsKeyboardHelp(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F1);
        waitUntil(10, () -> robot.lookup("#keyboardHelp").tryQuery().isPresent());
        DialogPane help = robot.lookup("#keyboardHelp").queryAs(DialogPane.class);
        assertTrue(help.getContentText().contains("Ctrl+S"));
        robot.clickOn(help.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    @Test
    void ctrlEOpensTheExportDialogAndCancelWritesNothing(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        assertNotNull(dialog);
        assertFalse(robot.lookup("#export").queryAs(javafx.scene.control.MenuButton.class).isDisabled());
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> String.valueOf(explorer.window().statusBar().auditText())).contains("export"));
    }

    @Test
    void anInvalidParameterShowsTheMessageInline(FxRobot robot) throws TimeoutException {
        TextField dt = robot.lookup("#param-_time_dt").queryAs(TextField.class);
        assertNotNull(dt);
        onFx(() -> {
            dt.setText("-1");
            dt.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        waitUntil(10, () -> explorer.window().sheet().message() != null);
        assertTrue(explorer.window().sheet().message().contains("$.time.dt"), explorer.window().sheet().message());
    }

    @Test
    void everyControlHasAccessibleText() {
        onFx(() -> {
            for (String id : new String[] {"#playPause", "#step", "#reset", "#speed", "#timeSlider", "#projector",
                    "#export", "#help", "#parameterSheet", "#statusBar"}) {
                assertNotNull(stage.getScene().lookup(id).getAccessibleText(), id);
            }
            return null;
        });
    }

    @Test
    void runsOnMonocleAndTheCurvesAreReallyDrawn(FxRobot robot) throws Exception {
        assertTrue(onFx(() -> com.sun.glass.ui.Application.GetApplication().getClass().getName()).contains("monocle"));
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> shown() >= 60);
        robot.type(KeyCode.SPACE);
        // the painter hands its last image to the FX thread before this runs there
        java.util.concurrent.CompletableFuture<WritableImage> drawn = new java.util.concurrent.CompletableFuture<>();
        onFx(() -> {
            explorer.window().painter().whenDrawn(() -> drawn.complete(stage.getScene().snapshot(null)));
            return null;
        });
        WritableImage shot = drawn.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(Pixels.count(shot, dev.clausius.figures.look.Palette.BLUE) > 50, "S_A's blue line is on screen");
    }
}
