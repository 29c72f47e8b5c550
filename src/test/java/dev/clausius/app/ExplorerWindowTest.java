package dev.clausius.app;

import dev.clausius.preset.Preset;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window, headless (Monocle): title, keys, live series against the evolver. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private static final List<Column> PLOTTED = List.of(
            Column.ENTROPY_A, Column.ENTROPY_B, Column.ENTROPY_AB, Column.CORRELATION_ENTROPY);

    private Stage stage;
    private ExplorerWindow window;
    private ResonantQubitsEvolver evolver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // 5 ms per frame: the growth is slow enough to pause in the middle of it
        evolver = new ResonantQubitsEvolver(0.05, 0.5, 2.0, 5);
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        window = new ExplorerWindow(stage, preset, new SimulationModel(evolver, PlaybackGrid.of(preset)));
        window.show();
    }

    @AfterEach
    void closeWindow() {
        // the extension reuses the primary stage, so hiding it (and stopping the model) is ours to do
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int shownPoints() {
        return onFx(() -> window.chartPanel().series(Column.ENTROPY_A).getItemCount());
    }

    @Test
    void titleNamesThePreset() {
        assertEquals("Clausius - Resonant qubits: heat swap", onFx(stage::getTitle));
        assertTrue(onFx(stage::isShowing));
        assertEquals("Resonant qubits: heat swap", onFx(() -> ((Label) stage.getScene().lookup("#presetName")).getText()));
        assertEquals("two resonant qubits exchange heat",
                onFx(() -> ((Label) stage.getScene().lookup("#description")).getText()));
    }

    @Test
    void chartHasUnitsOnItsAxesAndALegendOfTheFourEntropies() {
        XYPlot plot = onFx(() -> window.chartPanel().chart().getXYPlot());
        assertEquals("t (1/omega)", plot.getDomainAxis().getLabel());
        assertEquals("entropy (nats)", plot.getRangeAxis().getLabel());
        assertEquals(100.0, plot.getDomainAxis().getUpperBound());
        assertTrue(onFx(() -> window.chartPanel().chart().getLegend() != null));
        assertEquals(4, plot.getDataset().getSeriesCount());
        for (int i = 0; i < PLOTTED.size(); i++) {
            assertEquals(PLOTTED.get(i).csvName(), plot.getDataset().getSeriesKey(i));
        }
    }

    @Test
    void spaceStartsPlaybackAndTheSeriesShowWhatTheEvolverReturns(FxRobot robot) throws TimeoutException {
        assertEquals(0, shownPoints());
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> window.chartPanel().series(Column.ENTROPY_A).getItemCount() >= 20);
        assertEquals("Pause", robot.lookup("#playPause").queryAs(Button.class).getText());

        ResonantQubitsEvolver reference = ResonantQubitsEvolver.standard();
        onFx(() -> {
            for (Column column : PLOTTED) {
                XYSeries series = window.chartPanel().series(column);
                for (int k = 0; k < series.getItemCount(); k++) {
                    double t = series.getX(k).doubleValue();
                    assertEquals(0.25 * k, t, 0.0, column.csvName() + " point " + k);
                    Frame expected = reference.frameAt(t);
                    assertEquals(column.valueOf(expected), series.getY(k).doubleValue(), 0.0,
                            column.csvName() + " at t = " + t);
                }
            }
            return null;
        });
        assertFalse(evolver.callerThreads.contains("JavaFX Application Thread"), "physics on the FX thread");
    }

    @Test
    void spaceAgainPausesAndTheSeriesStopGrowing(FxRobot robot) throws TimeoutException, InterruptedException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> window.chartPanel().series(Column.ENTROPY_A).getItemCount() >= 5);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> window.model().playingProperty().get()));
        int paused = shownPoints();
        double time = onFx(() -> window.model().timeProperty().get());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, shownPoints());
        assertEquals(time, onFx(() -> window.model().timeProperty().get()));
        assertEquals("Play", robot.lookup("#playPause").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("paused"));
    }

    @Test
    void rResetsToTimeZeroWithAnEmptyChart(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> window.model().timeProperty().get() >= 2.0);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0, onFx(() -> window.model().timeProperty().get()));
        assertFalse(onFx(() -> window.model().playingProperty().get()));
        for (Column column : PLOTTED) {
            assertEquals(0, onFx(() -> window.chartPanel().series(column).getItemCount()), column.csvName());
        }
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("t = 0.00 / 100.00"));
    }

    @Test
    void theButtonsDoWhatTheKeysDo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#playPause");
        waitUntil(10, () -> window.chartPanel().series(Column.ENTROPY_A).getItemCount() >= 3);
        robot.clickOn("#reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, shownPoints());
        assertEquals(0.0, onFx(() -> window.model().timeProperty().get()));
    }

    @Test
    void runsOnMonocleHeadlessAndTheCurvesAreReallyDrawn(FxRobot robot) throws TimeoutException {
        // the headless claim of docs/decisions/0003: Glass is Monocle, not a display server
        assertTrue(onFx(() -> com.sun.glass.ui.Application.GetApplication().getClass().getName())
                .contains("monocle"));
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> window.chartPanel().series(Column.ENTROPY_A).getItemCount() >= 60);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = onFx(() -> stage.getScene().snapshot(null));
        saveIfAsked(shot);
        assertTrue(countPixels(shot, ChartStyle.BLUE) > 50, "S_A's solid blue line is on screen");
        assertTrue(countPixels(shot, ChartStyle.VERMILLION) > 20, "S_B's dashed vermillion line is on screen");
    }

    /** {@code -Dclausius.shot=FILE.png} keeps the headless picture, to look at it by eye. */
    private static void saveIfAsked(WritableImage shot) {
        String file = System.getProperty("clausius.shot");
        if (file != null) {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                        new java.io.File(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static int countPixels(WritableImage image, java.awt.Color colour) {
        int count = 0;
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                if (Math.abs(((argb >> 16) & 0xFF) - colour.getRed()) <= 8
                        && Math.abs(((argb >> 8) & 0xFF) - colour.getGreen()) <= 8
                        && Math.abs((argb & 0xFF) - colour.getBlue()) <= 8) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void statusLineShowsFramesPerSecondWhilePlaying(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> window.model().framesPerSecondProperty().get() > 0);
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.matches("t = \\d+\\.\\d\\d / 100\\.00   \\d+ frames/s   playing"), status);
    }
}
