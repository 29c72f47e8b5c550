package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.ParameterCommit;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SliderScale;
import dev.clausius.app.view.ParameterDragListener;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.thermo.Frame;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18's sliders in the real window on the real physics (resonant-qubits.json: g = 0.05 with
 * the range [0.01, 0.2], T_A = 0.5 with the log range [0.05, 5]): a drag commits on release and the
 * curves change, a drag listener gets the drag instead, rows survive rebuilds during a drag, and
 * the keys step by the documented steps.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterSlidersTest {
    private static final String G = "$.coupling[0].g";
    private static final String T_A = "$.temperatures.A";

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
        TestWindows.hide(stage);
    }

    private double coupling() {
        return onFx(() -> ((CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re());
    }

    private double temperatureA() {
        return onFx(() -> explorer.session().preset().temperatureA());
    }

    /** The slider of {@code path}, its category opened so that it is on screen. */
    private Slider shownSlider(String path) throws TimeoutException {
        waitUntil(30, () -> explorer.session().model() != null
                && explorer.window().sheet().slider(path).isPresent() && explorer.window().sheet().spansSettled());
        Slider slider = onFx(() -> explorer.window().sheet().slider(path).orElseThrow());
        onFx(() -> {
            for (Node n = slider; n != null; n = n.getParent()) {
                if (n instanceof TitledPane pane) {
                    pane.setExpanded(true);
                }
            }
            return null;
        });
        waitUntil(10, () -> slider.getScene() != null && slider.localToScreen(slider.getBoundsInLocal()) != null
                && slider.lookup(".thumb") != null && slider.getWidth() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        return slider;
    }

    private List<Frame> play(int frames) throws TimeoutException {
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.MAX);
            explorer.session().model().play();
            return null;
        });
        waitUntil(60, () -> explorer.session().model().frames().size() >= frames);
        return onFx(() -> {
            explorer.session().model().pause();
            return List.copyOf(explorer.session().model().frames().subList(0, frames));
        });
    }

    @Test
    void draggingTheThumbCommitsOnReleaseAndTheCurvesChange(FxRobot robot) throws Exception {
        Slider slider = shownSlider(G);
        TextField field = robot.lookup("#param-_coupling_0_g").queryAs(TextField.class);
        List<Frame> before = play(40);
        SliderScale scale = onFx(() -> explorer.window().sheet().scale(G).orElseThrow());
        assertEquals(new SliderScale(0.01, 0.2, false, 0.002), scale, "the preset's range, on a 0.002 grid");

        Node thumb = onFx(() -> slider.lookup(".thumb"));
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(slider.getWidth() / 3, 0).release(MouseButton.PRIMARY);
        waitUntil(60, () -> coupling() != 0.05 && explorer.session().model().frames().size() >= 1);

        double g = coupling();
        assertTrue(g > 0.05 && g <= 0.2, "dragged right: g = " + g);
        assertEquals(Math.rint(g / 0.002), g / 0.002, 1e-9, "a snapped value: " + g);
        assertEquals(Parameter.format(g), onFx(field::getText));
        assertSame(field, robot.lookup("#param-_coupling_0_g").queryAs(TextField.class),
                "the same paths: the row was updated in place, not made again");
        assertSame(slider, onFx(() -> explorer.window().sheet().slider(G).orElseThrow()));

        // a faster swap: A's entropy departs from the run at g = 0.05
        List<Frame> after = play(40);
        assertEquals(before.get(39).time(), after.get(39).time());
        assertEquals(before.get(0).entropyA(), after.get(0).entropyA(), 1e-12, "same state at t = 0");
        assertNotEquals(before.get(39).entropyA(), after.get(39).entropyA(), 1e-6);
    }

    @Test
    void aDragListenerGetsTheDragAndTheRowsSurviveRebuildsMeanwhile(FxRobot robot) throws Exception {
        Slider slider = shownSlider(G);
        List<String> events = new ArrayList<>();
        List<Double> moves = new ArrayList<>();
        onFx(() -> {
            explorer.window().hooks().setOnParameterDrag(new ParameterDragListener() {
                @Override
                public void started(Parameter parameter) {
                    events.add("started " + parameter.path() + " " + Parameter.format(parameter.value()));
                }

                @Override
                public void moved(Parameter parameter, double value) {
                    moves.add(value);
                }

                @Override
                public void ended(Parameter parameter, double value) {
                    events.add("ended " + parameter.path() + " " + Parameter.format(value));
                }
            });
            return null;
        });
        TextField field = robot.lookup("#param-_coupling_0_g").queryAs(TextField.class);
        TextField temperatureA = robot.lookup("#param-_temperatures_A").queryAs(TextField.class);
        Node thumb = onFx(() -> slider.lookup(".thumb"));
        robot.moveTo(thumb).press(MouseButton.PRIMARY).moveBy(slider.getWidth() / 4, 0);
        waitUntil(10, () -> !moves.isEmpty() && slider.isValueChanging());
        double held = onFx(slider::getValue);

        // a rebuild while the thumb is held (as the live path does): T_A = 0.7, the same paths
        onFx(() -> {
            Parameter tA = explorer.window().sheet().parameter("$.temperatures.A").orElseThrow();
            explorer.actions().rebuild(ParameterCommit.commit(tA, "0.7", "test").preset(), explorer.session().source());
            return null;
        });
        waitUntil(60, () -> explorer.session().preset().temperatureA() == 0.7 && explorer.session().model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(slider, onFx(() -> explorer.window().sheet().slider(G).orElseThrow()), "the slider in hand survives");
        assertSame(field, robot.lookup("#param-_coupling_0_g").queryAs(TextField.class));
        assertTrue(onFx(slider::isValueChanging), "still in the person's hand");
        assertEquals(held, onFx(slider::getValue), "the thumb stays where it is held");
        assertEquals("0.7", onFx(temperatureA::getText), "the other rows show the new values");

        robot.moveBy(slider.getWidth() / 8, 0).release(MouseButton.PRIMARY);
        waitUntil(10, () -> events.size() == 2);
        double last = moves.get(moves.size() - 1);
        assertEquals(List.of("started " + G + " 0.05", "ended " + G + " " + Parameter.format(last)), events);
        for (double v : moves) {
            assertEquals(Math.rint(v / 0.002), v / 0.002, 1e-9, "snapped: " + v);
            assertTrue(v >= 0.01 && v <= 0.2, "in the range: " + v);
        }
        for (int k = 1; k < moves.size(); k++) {
            assertNotEquals(moves.get(k - 1), moves.get(k), "each move is a new value");
        }
        assertTrue(last > 0.05, "dragged right: " + last);
        assertEquals(0.05, coupling(), "with a listener, the release does not commit by itself");
        assertEquals(Parameter.format(last), onFx(field::getText), "the field shows the dragged value");

        // a click on the track, away from the thumb, is a drag too: one start, one end, no commit of its own
        events.clear();
        moves.clear();
        javafx.geometry.Bounds track = onFx(() -> slider.localToScreen(slider.getBoundsInLocal()));
        robot.clickOn(new javafx.geometry.Point2D(track.getMinX() + 0.9 * track.getWidth(), track.getCenterY()));
        waitUntil(10, () -> events.size() == 2);
        double clicked = moves.get(moves.size() - 1);
        assertEquals(List.of("started " + G + " 0.05", "ended " + G + " " + Parameter.format(clicked)), events);
        assertTrue(clicked > last, "clicked near the right end: " + clicked);
        assertEquals(0.05, coupling());
    }

    @Test
    void keysStepTheFocusedSliderAndCommit(FxRobot robot) throws Exception {
        Slider g = shownSlider(G);
        int framesBefore = onFx(() -> explorer.session().model().frames().size());
        onFx(() -> {
            g.requestFocus();
            return null;
        });
        waitUntil(5, g::isFocused);
        robot.type(KeyCode.RIGHT);
        waitUntil(60, () -> coupling() == 0.052);
        assertEquals(framesBefore, (int) onFx(() -> explorer.session().model().frames().size()),
                "Right stepped the slider, not the playback");
        waitUntil(10, () -> explorer.window().sheet().parameter(G).orElseThrow().value() == 0.052);
        robot.type(KeyCode.PAGE_UP);
        waitUntil(60, () -> coupling() == 0.072);
        robot.type(KeyCode.LEFT);
        waitUntil(60, () -> coupling() == 0.07);
        robot.type(KeyCode.HOME);
        waitUntil(60, () -> coupling() == 0.01);
        robot.type(KeyCode.END);
        waitUntil(60, () -> coupling() == 0.2);
        assertTrue(onFx(g::isFocused), "the slider keeps the focus through the rebuilds");

        // T_A's range [0.05, 5] covers two decades: log, PageUp moves a tenth of the track (x 10^0.2)
        Slider t = shownSlider(T_A);
        assertTrue(onFx(() -> explorer.window().sheet().scale(T_A).orElseThrow().log()));
        onFx(() -> {
            t.requestFocus();
            return null;
        });
        waitUntil(5, t::isFocused);
        robot.type(KeyCode.PAGE_UP);
        waitUntil(60, () -> temperatureA() == 0.79); // 0.5 x 10^0.2 = 0.792, two digits
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(60, () -> temperatureA() == 0.5); // 0.79 / 10^0.2 = 0.498
        assertTrue(onFx(() -> explorer.session().edits().unsaved()), "slider edits are edits like typed ones");
    }

    /** Right to left (Persian) the track is mirrored: min on the right, so Left is the arrow that goes up. */
    @Test
    void rightToLeftTheLeftArrowGoesUp(FxRobot robot) throws Exception {
        Slider g = shownSlider(G);
        onFx(() -> {
            // as the explorer lays out Persian: its root is mirrored (the root's own orientation wins over the scene's)
            stage.getScene().getRoot().setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            g.requestFocus();
            return null;
        });
        waitUntil(5, g::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.LEFT);
        waitUntil(60, () -> coupling() == 0.052);
        WaitForAsyncUtils.waitForFxEvents();
        double up = thumbX(g);
        robot.type(KeyCode.HOME);
        waitUntil(60, () -> coupling() == 0.01);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(thumbX(g) > up, "the least value sits on the right: " + thumbX(g) + " vs " + up);
    }

    private static double thumbX(Slider slider) {
        return onFx(() -> {
            Node thumb = slider.lookup(".thumb");
            return thumb.localToScreen(thumb.getBoundsInLocal()).getCenterX();
        });
    }
}
