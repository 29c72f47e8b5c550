package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.app.view.text.TypesetFlow;
import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.typeset.TypesetLine;
import javafx.scene.text.Text;

import dev.clausius.figures.Charts;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts drawn off the FX thread, driven with the mouse in the real window (headless): the
 * drawing happens on the painter thread, the wheel and a drag zoom, Ctrl-drag pans, Reset zoom
 * restores the whole run, and the readout reports the frame under the cursor, its symbols (and the
 * caption's and the status bar's) typeset.
 */
@ExtendWith(ApplicationExtension.class)
class ChartGesturesTest {
    private static final double END = 100.0;
    private static final double DT = 0.25;

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preset preset = TestPresets.resonantQubits(DT, END);
        explorer = TestWindows.open(stage, preset, ResonantQubitsEvolver.standard());
        // the gestures act on the entropies' time plot; the scene (the first tab) has none
        explorer.window().selectPanel("entropies");
    }

    @BeforeEach
    void playTheWholeRun() throws TimeoutException {
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.MAX);
            explorer.session().model().play();
            return null;
        });
        waitUntil(20, () -> explorer.session().model().finishedProperty().get());
        waitUntil(10, () -> entropies().read(f -> f.charts().get(0).getXYPlot().getDataset().getItemCount(0)) == 401);
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PanelView entropies() {
        return onFx(() -> explorer.window().panel("entropies"));
    }

    private Range timeAxis() {
        return entropies().read(f -> ((XYPlot) f.charts().get(0).getPlot()).getDomainAxis().getRange());
    }

    private Node chart() {
        return onFx(() -> stage.getScene().lookup("#entropiesChart"));
    }

    /** A point of the chart, as fractions of its width and height from its top-left corner. */
    private Point2D at(FxRobot robot, double fx, double fy) {
        var bounds = onFx(() -> chart().localToScreen(chart().getBoundsInLocal()));
        return new Point2D(bounds.getMinX() + fx * bounds.getWidth(), bounds.getMinY() + fy * bounds.getHeight());
    }

    @Test
    void theChartsAreDrawnOnThePainterThreadNeverOnTheFxThread(FxRobot robot) throws TimeoutException {
        Set<String> drawingThreads = ConcurrentHashMap.newKeySet();
        entropies().read(f -> {
            f.charts().get(0).addProgressListener(event -> drawingThreads.add(Thread.currentThread().getName()));
            return null;
        });
        robot.clickOn("#reset");
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> explorer.session().model().frames().size() >= 40);
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> !drawingThreads.isEmpty());
        assertEquals(Set.of("chart-painter"), drawingThreads);
    }

    @Test
    void theWheelZoomsTheTimeAxisAndResetZoomRestoresTheWholeRun(FxRobot robot) throws TimeoutException {
        assertEquals(new Range(0, END), timeAxis());
        // TestFX names wheel directions as AWT does: its DOWN is JavaFX's positive deltaY, the wheel
        // turned away from the user, which zooms in (as in map viewers)
        robot.moveTo(at(robot, 0.5, 0.5)).scroll(3, VerticalDirection.DOWN);
        waitUntil(10, () -> timeAxis().getLength() < END * 0.95);
        Range zoomed = timeAxis();
        assertTrue(zoomed.getLowerBound() > 0 && zoomed.getUpperBound() < END, "zoomed about the cursor: " + zoomed);
        robot.scroll(6, VerticalDirection.UP);
        waitUntil(10, () -> timeAxis().getLength() > END);
        robot.clickOn("#entropiesResetZoom");
        waitUntil(10, () -> timeAxis().equals(new Range(0, END)));
    }

    @Test
    void aDragZoomsToTheBoxAndCtrlDragPans(FxRobot robot) throws TimeoutException {
        Point2D from = at(robot, 0.35, 0.3);
        Point2D to = at(robot, 0.6, 0.7);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        waitUntil(10, () -> timeAxis().getLength() < END * 0.5);
        Range box = timeAxis();
        assertTrue(box.getLowerBound() > 10 && box.getUpperBound() < 80, "the box's times: " + box);
        robot.press(KeyCode.CONTROL);
        robot.drag(at(robot, 0.6, 0.5), MouseButton.PRIMARY).dropTo(at(robot, 0.4, 0.5));
        robot.release(KeyCode.CONTROL);
        waitUntil(10, () -> timeAxis().getLowerBound() > box.getLowerBound() + 1);
        Range panned = timeAxis();
        assertEquals(box.getLength(), panned.getLength(), 1e-9 * END, "a pan keeps the zoom");
    }

    @Test
    void theContextMenuCopiesTheChartAsAnImage(FxRobot robot) throws TimeoutException {
        robot.rightClickOn("#entropiesChart");
        robot.clickOn("Copy image");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        assertTrue(copied != null, "an image on the clipboard");
        double width = onFx(() -> chart().getLayoutBounds().getWidth());
        assertEquals(Math.floor(width), copied.getWidth(), 1.0, "the chart's own size");
        assertTrue(Pixels.count(copied, dev.clausius.figures.look.Palette.BLUE) > 50, "with S_A's blue line in it");
    }

    @Test
    void theReadoutReportsTheFrameUnderTheCursor(FxRobot robot) throws TimeoutException {
        Point2D point = at(robot, 0.4, 0.5);
        robot.moveTo(point);
        waitUntil(10, () -> explorer.window().panel("entropies").readoutText().startsWith("t = "));
        String text = onFx(() -> explorer.window().panel("entropies").readoutText());
        // the time under the cursor, from JFreeChart's own axis and the data area it drew into
        double localX = onFx(() -> chart().screenToLocal(point.getX(), point.getY()).getX());
        java.awt.geom.Rectangle2D dataArea = onFx(() -> explorer.window().panel("entropies").views().get(0).shown().dataArea());
        double t = entropies().read(f -> {
            XYPlot plot = f.charts().get(0).getXYPlot();
            return plot.getDomainAxis().java2DToValue(localX, dataArea, plot.getDomainAxisEdge());
        });
        Matcher shown = Pattern.compile("t = ([-0-9.e]+)\\s+S_A = ([-0-9.e]+)").matcher(text);
        assertTrue(shown.find(), text);
        double readoutTime = Double.parseDouble(shown.group(1));
        assertEquals(t, readoutTime, DT / 2 + 0.01, text);
        List<Frame> frames = onFx(() -> List.copyOf(explorer.session().model().frames()));
        Frame frame = frames.get((int) Math.round(readoutTime / DT));
        assertEquals(Charts.number(frame.entropyA()), shown.group(2), text);

        // typeset (issue 17): the readout, the caption and the status bar's ΔS_AB show their
        // subscripts as smaller Text moved below the baseline; their plain text keeps the underscore
        TypesetLabel readout = robot.lookup("#entropiesReadout").queryAs(TypesetLabel.class);
        List<Text> readoutTexts = onFx(() -> texts(readout.getGraphic()));
        Text ab = readoutTexts.stream().filter(run -> run.getText().equals("AB")).findFirst().orElseThrow();
        assertSubscript(readoutTexts.get(0), ab);
        TypesetFlow caption = (TypesetFlow) onFx(() -> explorer.window().panel("entropies").node().lookup("#entropiesCaption"));
        List<Text> captionTexts = onFx(() -> texts(caption));
        assertEquals("Eq. 16: S", onFx(() -> captionTexts.get(0).getText()));
        assertEquals("AB", onFx(() -> captionTexts.get(1).getText()));
        assertSubscript(captionTexts.get(0), captionTexts.get(1));
        assertTrue(onFx(caption::plainText).startsWith("Eq. 16: S_AB = S_A + S_B + S_C"));
        TypesetLabel drift = robot.lookup("#check-entropyDrift").queryAs(TypesetLabel.class);
        assertTrue(onFx(drift::getText).startsWith("ΔS_AB "), onFx(drift::getText));
        List<Text> driftTexts = onFx(() -> texts(drift.getGraphic()));
        assertEquals("ΔS", onFx(() -> driftTexts.get(0).getText()));
        assertEquals("AB", onFx(() -> driftTexts.get(1).getText()));
        assertSubscript(driftTexts.get(0), driftTexts.get(1));
    }

    private static List<Text> texts(Node flow) {
        assertTrue(flow instanceof TypesetFlow, String.valueOf(flow));
        return ((TypesetFlow) flow).getChildren().stream().map(Text.class::cast).toList();
    }

    /** Smaller by the script scale, moved down, and styled as a subscript. */
    private static void assertSubscript(Text base, Text sub) {
        double baseSize = onFx(() -> base.getFont().getSize());
        double subSize = onFx(() -> sub.getFont().getSize());
        assertEquals(TypesetLine.SCRIPT_SCALE, subSize / baseSize, 0.02, baseSize + " and " + subSize);
        assertEquals(TypesetLine.SUB_DROP * baseSize, onFx(sub::getTranslateY), 0.05 * baseSize);
        assertTrue(onFx(() -> sub.getStyleClass().contains("sub")));
    }
}
