package dev.clausius.app;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.Speed;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.figures.SeriesDataset;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.thermo.Frame;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parameter dragged through the window's hooks (what a slider calls), on the real physics: a
 * small system is rebuilt live and takes over at the time on screen, the curves before the drag
 * stay as a ghost until the release (or become a pin when pins exist), the release is the
 * session's edit; a system above D = 64 is not rebuilt until the release.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerDragTest {
    private static final String G = "$.coupling[0].g";
    private static final double T_A = 0.5;
    private static final double T_B = 2.0;

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = ExplorerApp.open(stage, Path.of("presets", "resonant-qubits.json"), new PresetFileLoader(), () -> { })
                .orElseThrow();
        explorer.window().selectPanel("entropies");
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private void open(Path file) throws TimeoutException {
        onFx(() -> {
            explorer.actions().open(file);
            return null;
        });
        waitUntil(60, () -> file.equals(explorer.session().source()) && explorer.session().model().frames().size() >= 1);
        explorer.window().selectPanel("entropies");
    }

    private void playUntil(int frames) throws TimeoutException {
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.MAX);
            explorer.session().model().play();
            return null;
        });
        waitUntil(60, () -> explorer.session().model().frames().size() >= frames);
        onFx(() -> {
            explorer.session().model().pause();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Parameter parameter(String path) {
        return onFx(() -> PresetParameters.of(explorer.session().preset()).stream()
                .filter(p -> p.path().equals(path)).findFirst().orElseThrow());
    }

    private double coupling() {
        return onFx(() -> ((CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re());
    }

    private void drag(Runnable hook) {
        onFx(() -> {
            hook.run();
            return null;
        });
    }

    private List<String> pinnedKeys(PanelView view) {
        return view.read(figure -> {
            SeriesDataset pinned = figure.timePlots().get(0).pinnedDataset();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < pinned.getSeriesCount(); i++) {
                keys.add(String.valueOf(pinned.getSeriesKey(i)));
            }
            return keys;
        });
    }

    /** Waits for the entropies panel on screen (a new one with each rebuilt run) to draw {@code expected} faint. */
    private void waitForPinnedKeys(List<String> expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pinnedKeys(onFx(() -> explorer.window().panel("entropies"))).equals(expected));
    }

    /** E_A of the resonant swap at coupling g (docs/conventions.md's oracle 1): p_e^A = p_A cos^2 gt + p_B sin^2 gt. */
    private static double swapEnergyA(double g, double t) {
        double pA = 1 / (1 + Math.exp(1 / T_A));
        double pB = 1 / (1 + Math.exp(1 / T_B));
        double c = Math.cos(g * t);
        double s = Math.sin(g * t);
        return pA * c * c + pB * s * s - 0.5;
    }

    private static List<String> entropyKeys(String label) {
        return List.of(label + " · S_A", label + " · S_B", label + " · S_AB", label + " · S_C = −I(A:B)");
    }

    @Test
    void aDragRebuildsLiveAtTheSameTimeWithTheGhostAndItsReleaseIsTheEdit() throws Exception {
        playUntil(120);
        double before = onFx(() -> explorer.session().model().timeProperty().get());
        int index = onFx(() -> explorer.session().model().shownIndex());
        Parameter g = parameter(G);

        drag(() -> explorer.window().hooks().parameterDragStarted(g));
        waitUntil(20, () -> explorer.session().pins().ghost() != null);
        waitForPinnedKeys(entropyKeys("before drag"));

        // a value the reader refuses is skipped with the sheet's message, nothing else changes
        SimulationModel first = onFx(() -> explorer.session().model());
        drag(() -> explorer.window().hooks().parameterDragged(g, 50));
        waitUntil(20, () -> explorer.window().sheet().message() != null);
        assertTrue(onFx(() -> explorer.window().sheet().message()).contains("$.coupling[0].g"));
        assertSame(first, onFx(() -> explorer.session().model()));

        for (double value : new double[] {0.06, 0.07, 0.08, 0.09, 0.1}) {
            drag(() -> explorer.window().hooks().parameterDragged(g, value));
        }
        waitUntil(60, () -> coupling() == 0.1);
        SimulationModel live = onFx(() -> explorer.session().model());
        assertFalse(onFx(() -> live.playingProperty().get()), "paused before, paused after");
        assertEquals(before, onFx(() -> live.timeProperty().get()), "the new run is shown at the same t");
        List<Frame> frames = onFx(() -> List.copyOf(live.frames()));
        assertEquals(index + 1, frames.size(), "frames from t = 0 up to the time on screen");
        for (Frame frame : frames) {
            assertEquals(swapEnergyA(0.1, frame.time()), frame.energyA(), 1e-12, "E_A at t = " + frame.time());
        }
        assertFalse(onFx(() -> explorer.session().edits().unsaved()), "not an edit before the release");
        waitForPinnedKeys(entropyKeys("before drag: g = 0.05"));

        int rebuilds = onFx(() -> explorer.drags().rebuildsShownProperty().get());
        drag(() -> explorer.window().hooks().parameterDragEnded(g, 0.1));
        waitUntil(20, () -> explorer.drags().dragsSettledProperty().get() == 1);
        assertEquals(rebuilds, (int) onFx(() -> explorer.drags().rebuildsShownProperty().get()),
                "the release's value was the last rebuilt: no second rebuild");
        assertSame(live, onFx(() -> explorer.session().model()));
        assertTrue(onFx(() -> explorer.session().edits().unsaved()), "the release is an unsaved edit");
        assertEquals(0.1, onFx(() -> ((CouplingSpec.Terms) explorer.session().edits().current().coupling()).terms()
                .get(0).g().re()));
        TextField field = onFx(() -> (TextField) stage.getScene().lookup("#param-_coupling_0_g"));
        assertEquals("0.1", onFx(field::getText));
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("g (real part) = 0.1"),
                onFx(() -> explorer.window().statusBar().auditText()));
        assertNull(onFx(() -> explorer.session().pins().ghost()));
        waitForPinnedKeys(List.of());
        assertTrue(onFx(() -> explorer.session().pins().pins().isEmpty()), "no pins: the ghost clears");
    }

    @Test
    void withAPinTheGhostStaysAsAPin() throws Exception {
        playUntil(60);
        onFx(() -> {
            explorer.session().pin();
            return null;
        });
        waitUntil(20, () -> explorer.session().pins().pins().size() == 1);
        Parameter g = parameter(G);
        drag(() -> explorer.window().hooks().parameterDragStarted(g));
        waitUntil(20, () -> explorer.session().pins().ghost() != null);
        drag(() -> explorer.window().hooks().parameterDragged(g, 0.08));
        drag(() -> explorer.window().hooks().parameterDragEnded(g, 0.09));
        waitUntil(60, () -> explorer.drags().dragsSettledProperty().get() == 1);
        assertEquals(0.09, coupling(), "the release's value, rebuilt after the last dragged one");
        assertEquals(2, (int) onFx(() -> explorer.session().pins().pins().size()));
        assertEquals(0.05, onFx(() -> ((CouplingSpec.Terms) explorer.session().pins().pins().get(1).preset().coupling())
                .terms().get(0).g().re()), "pin 2 is the run before the drag");
        List<String> expected = new ArrayList<>(entropyKeys("pin 1: g = 0.05"));
        expected.addAll(entropyKeys("pin 2: g = 0.05"));
        waitForPinnedKeys(expected);
    }

    @Test
    void playbackGoesOnFromTheSameTime() throws Exception {
        playUntil(40);
        onFx(() -> {
            explorer.session().model().setSpeed(Speed.NORMAL);
            explorer.session().model().play();
            return null;
        });
        Parameter g = parameter(G);
        drag(() -> explorer.window().hooks().parameterDragStarted(g));
        double asked = onFx(() -> explorer.session().model().timeProperty().get());
        drag(() -> explorer.window().hooks().parameterDragged(g, 0.1));
        waitUntil(60, () -> coupling() == 0.1);
        SimulationModel live = onFx(() -> explorer.session().model());
        assertTrue(onFx(() -> live.playingProperty().get()), "playing before, playing after");
        double shown = onFx(() -> live.timeProperty().get());
        assertTrue(shown >= asked, "no jump back to t = 0: " + shown + " >= " + asked);
        waitUntil(20, () -> live.timeProperty().get() > shown);
        List<Frame> frames = onFx(() -> List.copyOf(live.frames()));
        for (int k = 0; k < frames.size(); k++) {
            assertEquals(0.25 * k, frames.get(k).time(), 1e-12, "one frame per grid time, none lost or repeated");
            assertEquals(swapEnergyA(0.1, frames.get(k).time()), frames.get(k).energyA(), 1e-12);
        }
        drag(() -> explorer.window().hooks().parameterDragEnded(g, 0.1));
        waitUntil(20, () -> explorer.drags().dragsSettledProperty().get() == 1);
        assertTrue(onFx(() -> explorer.session().model().playingProperty().get()));
    }

    @Test
    void aSystemAboveSixtyFourIsRebuiltOnlyOnRelease() throws Exception {
        Path bath = Path.of("bench", "spin-bath-6.json"); // D = 2 x 64 = 128
        open(bath);
        playUntil(4);
        Parameter g = parameter(G);
        SimulationModel before = onFx(() -> explorer.session().model());
        drag(() -> explorer.window().hooks().parameterDragStarted(g));
        for (double value : new double[] {0.05, 0.06, 0.07}) {
            drag(() -> explorer.window().hooks().parameterDragged(g, value));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, onFx(() -> explorer.session().model()), "nothing rebuilt during the drag");
        assertEquals(0.04, coupling());
        assertEquals(0, (int) onFx(() -> explorer.drags().rebuildsShownProperty().get()));
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("rebuilt on release"));

        drag(() -> explorer.window().hooks().parameterDragEnded(g, 0.07));
        waitUntil(120, () -> coupling() == 0.07 && explorer.session().model().frames().size() >= 1);
        assertEquals(0, (int) onFx(() -> explorer.drags().rebuildsShownProperty().get()), "the typed-edit rebuild, not a live one");
        assertTrue(onFx(() -> explorer.session().edits().unsaved()));
        assertNotNull(onFx(() -> explorer.session().model()));
    }
}
