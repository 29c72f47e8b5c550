package dev.clausius.app;

import dev.clausius.app.view.chart.PanelView;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.scene.SceneElements;
import dev.clausius.figures.scene.SceneFigure;
import dev.clausius.figures.scene.SceneMapping;
import dev.clausius.figures.scene.ScenePlot;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.Color;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scene is the first tab; what it draws follows the frame on screen through
 * {@link SceneMapping}: the real closed evolver of the resonant qubits, and a stand-in classical pair
 * for the cells.
 */
@ExtendWith(ApplicationExtension.class)
class ScenePanelTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private Explorer open(Preset preset, dev.clausius.dynamics.Evolver evolver) {
        return onFx(() -> TestWindows.open(stage, preset, evolver));
    }

    private static <T> T scene(Explorer explorer, Function<SceneFigure, T> read) {
        PanelView view = onFx(() -> explorer.window().panel("scene"));
        return view.read(figure -> read.apply((SceneFigure) figure));
    }

    /** Seeks to grid index {@code index} and waits until the scene has drawn that frame. */
    private static Frame showFrame(Explorer explorer, int index) throws Exception {
        onFx(() -> {
            explorer.window().transport().slider().setValue(index);
            return null;
        });
        waitUntil(20, () -> explorer.session().model().frames().size() == index + 1);
        double t = onFx(() -> explorer.session().model().frames().get(index).time());
        waitUntil(20, () -> {
            SceneElements e = scene(explorer, SceneFigure::elements);
            ScenePlot.Geometry g = scene(explorer, SceneFigure::geometry);
            return e != null && g != null && e.time() == t;
        });
        return onFx(() -> explorer.session().model().frames().get(index));
    }

    private WritableImage screen(Explorer explorer) throws Exception {
        CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
        onFx(() -> {
            explorer.window().painter().whenDrawn(() -> drawn.complete(stage.getScene().snapshot(null)));
            return null;
        });
        return drawn.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theSceneIsTheFirstTabAndFollowsTheResonantSwapFrameByFrame() throws Exception {
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        Explorer explorer = open(preset, Evolvers.create(preset, "resonant qubits"));
        assertEquals("sceneTab", onFx(() -> explorer.window().tabs().getTabs().get(0).getId()));
        assertEquals(0, (int) onFx(() -> explorer.window().tabs().getSelectionModel().getSelectedIndex()));
        assertEquals(7, (int) onFx(() -> explorer.window().tabs().getTabs().size()));

        // t = 10 (grid index 40): the run's own numbers, read off run --csv of resonant-qubits.json
        Frame frame = showFrame(explorer, 40);
        assertEquals(10.0, frame.time());
        assertEquals(0.010869185909633854, frame.heatRateA(), 1e-9);
        List<Frame> frames = onFx(() -> List.copyOf(explorer.session().model().frames()));
        SceneElements e = scene(explorer, SceneFigure::elements);
        ScenePlot.Geometry g = scene(explorer, SceneFigure::geometry);
        // J_full: the largest |dQ_A/dt| so far (0.01087) rounded up is 0.02; I_full: 0.0665 -> 0.1
        assertEquals(0.02, e.mapping().heatFull(), 1e-15);
        assertEquals(0.1, e.mapping().informationFull(), 1e-15);
        assertEquals(frame.heatRateA() / 0.02, g.arrowWidth() / g.arrowFullWidth(), 1e-9);
        assertEquals(frame.mutualInformation() / 0.1, g.bondThickness() / g.bondFullThickness(), 1e-9);
        assertTrue(g.arrowTip() < g.bodyA().getMaxX(), "dQ_A/dt > 0: the arrow points into A");
        SceneMapping mapping = SceneMapping.of(preset, frames);
        assertEquals(mapping.colour(frame.generalizedTemperatureA()), e.a().colour());
        assertEquals(mapping.colour(frame.generalizedTemperatureB()), e.b().colour());
        assertBudget(frame, g, 2.0);
        WritableImage shot = screen(explorer);
        assertTrue(Pixels.count(shot, e.a().colour()) > 500, "A in the colour of T_A_gen = " + frame.generalizedTemperatureA());
        assertTrue(Pixels.count(shot, e.b().colour()) > 500, "B in the colour of T_B_gen = " + frame.generalizedTemperatureB());

        // later, past the full swap at pi/(2g): t = 40, heat flows back out of A
        Frame later = showFrame(explorer, 160);
        ScenePlot.Geometry g2 = scene(explorer, SceneFigure::geometry);
        SceneElements e2 = scene(explorer, SceneFigure::elements);
        List<Frame> all = onFx(() -> List.copyOf(explorer.session().model().frames()));
        SceneMapping m2 = SceneMapping.of(preset, all);
        assertTrue(later.heatRateA() < 0, "the swap has turned round");
        assertTrue(g2.arrowTip() > g2.partner().getX() - 1, "the arrow points into B");
        assertEquals(Math.abs(later.heatRateA()) / m2.heatFull(), g2.arrowWidth() / g2.arrowFullWidth(), 1e-9);
        assertEquals(later.mutualInformation() / m2.informationFull(), g2.bondThickness() / g2.bondFullThickness(),
                1e-9);
        assertEquals(m2.colour(later.generalizedTemperatureA()), e2.a().colour());
        assertBudget(later, g2, m2.entropyFull());
    }

    /** The bar: S_A, then S_B, then S_C back to S_AB, each at (bar length / S_full) pixels per nat. */
    private static void assertBudget(Frame frame, ScenePlot.Geometry g, double entropyFull) {
        double perNat = g.barFullLength() / entropyFull;
        double sA = frame.entropyA();
        double sAB = sA + frame.entropyB();
        assertEquals(sA * perNat, g.segmentEnds()[0] - g.barZero(), 1e-6);
        assertEquals(sAB * perNat, g.segmentEnds()[1] - g.barZero(), 1e-6);
        assertEquals((sAB + frame.correlationEntropy()) * perNat, g.segmentEnds()[2] - g.barZero(), 1e-6);
        assertEquals(frame.entropyAB() * perNat, g.entropyABEnd() - g.barZero(), 1e-6);
        // Eq. 16: S_A + S_B + S_C = S_AB, so the stacked bar ends where S_AB's does
        assertEquals(g.entropyABEnd(), g.segmentEnds()[2], 1e-6);
    }

    @Test
    void classicalCellsAreDrawnEachInTheColourOfItsTemperature() throws Exception {
        Preset preset = TestPresets.resonantQubits(0.5, 50.0);
        Explorer explorer = open(preset, new StandInBarsEvolver());
        Frame frame = showFrame(explorer, 10);
        assertEquals(5.0, frame.time());
        double[][] expected = StandInBarsEvolver.temperatures(5.0);
        SceneElements e = scene(explorer, SceneFigure::elements);
        assertEquals(StandInBarsEvolver.CELLS, e.a().cells().length);
        SceneMapping mapping = SceneMapping.of(preset, onFx(() -> List.copyOf(explorer.session().model().frames())));
        WritableImage shot = screen(explorer);
        for (int x = 0; x < 2; x++) {
            List<Color> colours = x == 0 ? e.a().cellColours() : e.b().cellColours();
            assertEquals(StandInBarsEvolver.CELLS, colours.size());
            for (int i = 0; i < StandInBarsEvolver.CELLS; i++) {
                assertEquals(mapping.colour(expected[x][i]), colours.get(i), "body " + x + " cell " + i);
                assertTrue(Pixels.count(shot, colours.get(i)) > 200, "body " + x + " cell " + i + " is on screen");
            }
        }
        // a gradient: A's cell at the contact is warmer than its far end, B's cooler
        assertTrue(expected[0][3] > expected[0][0] && expected[1][0] < expected[1][3]);
        assertTrue(!e.a().cellColours().get(0).equals(e.a().cellColours().get(3)), "the gradient shows");
        // no correlations: no bond, and the stacked bar ends at S_AB (Eq. 15)
        ScenePlot.Geometry g = scene(explorer, SceneFigure::geometry);
        assertEquals(0.0, g.bondThickness());
        assertEquals(g.entropyABEnd(), g.segmentEnds()[1], 1e-6);
        assertEquals(g.segmentEnds()[1], g.segmentEnds()[2], 1e-12);
        // the snapshot the panels draw carries the evolver's cells (FrameExtras to FigureData)
        FigureData data = onFx(() -> explorer.session().snapshot());
        assertEquals(expected[1][2], data.cellTemperatures()[1][2]);
    }
}
