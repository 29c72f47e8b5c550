package dev.clausius.app;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.Speed;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.figures.CompareFigure;
import dev.clausius.figures.SeriesDataset;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare panel: the resonant qubits (shown) beside their default partner, the classical bars,
 * on one clock. What is plotted is read off the figure on the painter thread.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static final Path RESONANT = Path.of("presets", "resonant-qubits.json");
    /** The grid steps of the two presets' files: resonant qubits 0.25, classical bars 0.5. */
    private static final double SHOWN_DT = 0.25;
    private static final double PARTNER_DT = 0.5;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /** Plotted x (row 0) and y (row 1) of one series, copied on the painter thread. */
    private static double[][] series(Explorer explorer, Function<CompareFigure, SeriesDataset> dataset, int index) {
        PanelView view = onFx(() -> explorer.window().panel("compare"));
        return view.read(figure -> {
            SeriesDataset data = dataset.apply((CompareFigure) figure);
            int n = data.getItemCount(index);
            double[][] xy = new double[2][n];
            for (int i = 0; i < n; i++) {
                xy[0][i] = data.getXValue(index, i);
                xy[1][i] = data.getYValue(index, i);
            }
            return xy;
        });
    }

    private static double lastX(double[][] xy) {
        return xy[0].length == 0 ? Double.NaN : xy[0][xy[0].length - 1];
    }

    @Test
    void aClassicalPairBesideTheQuantumPairOnOneClock() throws Exception {
        Preset preset = PresetReader.read(RESONANT);
        Explorer explorer = onFx(() -> TestWindows.open(stage, preset, Evolvers.create(preset, RESONANT.toString())));
        assertEquals("compareTab", onFx(() -> explorer.window().tabs().getTabs()
                .get(explorer.window().tabs().getTabs().size() - 1).getId()));
        assertNotNull(onFx(() -> explorer.window().stage().getScene().lookup("#compareWith")), "Compare with... button");
        onFx(() -> {
            explorer.window().selectPanel("compare");
            return null;
        });
        // the default partner, read and built off the FX thread
        waitUntil(30, () -> explorer.session().partner().model() != null);
        assertEquals("classical", onFx(() -> explorer.session().partner().preset().mode().name().toLowerCase()));

        SimulationModel model = onFx(() -> explorer.session().model());
        onFx(() -> {
            model.setSpeed(Speed.MAX);
            model.play();
            return null;
        });
        waitUntil(60, () -> model.finishedProperty().get());
        double end = onFx(() -> model.timeProperty().get());
        assertEquals(100.0, end, 1e-12);
        // both sides drawn up to the shown model's time
        waitUntil(30, () -> Math.abs(lastX(series(explorer, CompareFigure::jointEntropies, 0)) - end) < SHOWN_DT
                && Math.abs(lastX(series(explorer, CompareFigure::jointEntropies, 1)) - end) <= PARTNER_DT);

        double[][] quantum = series(explorer, CompareFigure::jointEntropies, 0);
        double[][] classical = series(explorer, CompareFigure::jointEntropies, 1);
        assertTrue(quantum[1].length > 10 && classical[1].length > 10, "both sides plotted");
        for (double s : quantum[1]) {
            assertEquals(quantum[1][0], s, 1e-12, "Eq. 16: the quantum pair's S_AB is constant");
        }
        for (int i = 1; i < classical[1].length; i++) {
            assertTrue(classical[1][i] >= classical[1][i - 1] - 1e-12, "Eq. 15: classical S_AB never falls, at t = "
                    + classical[0][i]);
        }
        assertTrue(classical[1][classical[1].length - 1] > classical[1][0] + 1, "classical S_AB rises: "
                + classical[1][0] + " -> " + classical[1][classical[1].length - 1]);

        // the rates: the exact 0 of Eq. 16 against interior_AB > 0 on every classical frame
        double[][] quantumRate = series(explorer, CompareFigure::rates, 0);
        double[][] classicalRate = series(explorer, CompareFigure::rates, 1);
        for (double r : quantumRate[1]) {
            assertEquals(0.0, r);
        }
        for (double r : classicalRate[1]) {
            assertTrue(r > 0, "interior_AB > 0, got " + r);
        }

        // the band of the quantum side: S_AB - (S_A + S_B) is the frame's S_C = -I(A:B)
        List<Frame> frames = onFx(() -> List.copyOf(model.frames()));
        double[][] parts = series(explorer, CompareFigure::shownBand, 0);
        double[][] whole = series(explorer, CompareFigure::shownBand, 1);
        assertTrue(parts[0].length > 10, "the band is drawn");
        double widest = 0;
        for (int i = 0; i < parts[0].length; i++) {
            Frame frame = frameAt(frames, parts[0][i]);
            assertEquals(frame.correlationEntropy(), whole[1][i] - parts[1][i], 1e-12, "S_C at t = " + parts[0][i]);
            widest = Math.max(widest, parts[1][i] - whole[1][i]);
        }
        assertTrue(widest > 0.05, "the correlations hold a visible part of the entropy: I up to " + widest);

        // a reset of the shown model takes the partner back to t = 0 with it
        onFx(() -> {
            explorer.session().reset();
            return null;
        });
        waitUntil(30, () -> explorer.session().partner().model().frames().size() == 1
                && explorer.session().partner().model().frames().get(0).time() == 0.0);
    }

    @Test
    void aPartnerChosenByHandReplacesTheDefaultAndStaysWhenTheShownPresetChanges() throws Exception {
        Preset preset = PresetReader.read(RESONANT);
        // opened from its file, so opening another preset asks nothing
        Explorer explorer = onFx(() -> TestWindows.open(stage, preset, Evolvers.create(preset, RESONANT.toString()),
                RESONANT, new PresetFileLoader()));
        waitUntil(30, () -> explorer.session().partner().model() != null);
        assertEquals(Path.of("presets", "classical-bars.json").toAbsolutePath().normalize(),
                onFx(() -> explorer.session().partner().source().toAbsolutePath().normalize()));
        Path nearEquilibrium = Path.of("presets", "classical-near-equilibrium.json");
        onFx(() -> {
            explorer.compare().compareWith(nearEquilibrium);
            return null;
        });
        waitUntil(30, () -> nearEquilibrium.equals(explorer.session().partner().source()));
        assertTrue(onFx(() -> explorer.session().partner().chosen()));
        // not on screen, the partner waits; shown, it follows the shown frame (t = 0) and the subtitle names it
        assertEquals(0, (int) onFx(() -> explorer.session().partner().model().frames().size()));
        PanelView view = onFx(() -> explorer.window().panel("compare"));
        onFx(() -> {
            explorer.window().selectPanel("compare");
            return null;
        });
        waitUntil(30, () -> explorer.session().partner().model().frames().size() == 1);
        waitUntil(30, () -> view.read(f -> ((CompareFigure) f).sidesText()).contains("Near-equilibrium bodies"));

        // another shown preset keeps the chosen partner
        Path bars = Path.of("presets", "classical-bars.json");
        onFx(() -> {
            explorer.actions().open(bars);
            return null;
        });
        waitUntil(60, () -> bars.equals(explorer.session().source()));
        assertEquals(nearEquilibrium, onFx(() -> explorer.session().partner().source()));
    }

    private static Frame frameAt(List<Frame> frames, double t) {
        for (Frame frame : frames) {
            if (frame.time() == t) {
                return frame;
            }
        }
        throw new AssertionError("no frame at t = " + t);
    }
}
