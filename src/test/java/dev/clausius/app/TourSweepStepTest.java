package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.tour.TourPlayer;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;
import dev.clausius.tour.TourStep;
import dev.clausius.tour.TourSweep;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tour 1's sweep step in the real window with the real physics: the coupling is dragged from 0.02
 * to 0.1 through the window's drag hooks, value after value, the preset on screen ends at
 * g = 0.1, and at pi/(2g) = 15.71 the claim (A holds B's starting state) holds.
 */
@ExtendWith(ApplicationExtension.class)
class TourSweepStepTest {

    private static final Path PRESETS = Path.of("presets");

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = ExplorerApp.open(stage, PRESETS.resolve("resonant-qubits.json"), new PresetFileLoader(), () -> { })
                .orElseThrow();
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private TourPlayer player() {
        return explorer.tours().player();
    }

    private double couplingOnScreen() {
        return ((CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re();
    }

    @Test
    void tourOnesSweepDragsTheCouplingAndTheFullSwapComesAtPiOverTwoG() throws Exception {
        Tour tour = TourReader.read(PRESETS.resolve("tours/1-heat-flows.json"));
        List<TourStep> steps = tour.steps();
        int k = steps.size() - 1;
        TourSweep sweep = steps.get(k).sweep();
        assertNotNull(sweep, "tour 1's last step sweeps the coupling");
        assertEquals(new TourSweep("$.coupling[0].g", 0.02, 0.1, 4), sweep);
        List<String> shownWhileSweeping = new ArrayList<>();
        List<Double> couplingsAtSweepStart = new ArrayList<>();
        onFx(() -> {
            player().sweepingProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    couplingsAtSweepStart.add(couplingOnScreen());
                    shownWhileSweeping.add(((Label) stage.getScene().lookup("#tourCheck")).getText());
                }
            });
            player().setPlaySpeed(Speed.MAX);
            explorer.tours().start(tour);
            player().go(k);
            return null;
        });
        waitUntil(180, () -> player().arrivalProperty().get() != null && player().arrivalProperty().get().step() == k);
        TourPlayer.Arrival arrival = onFx(() -> player().arrivalProperty().get());

        // the step began from g = 0.02 and said what it moves
        assertEquals(List.of(0.02), couplingsAtSweepStart);
        assertEquals(List.of("moving $.coupling[0].g from 0.02 to 0.1 over 4 s..."), shownWhileSweeping);
        // the drag passed many values on the way, rising from 0.02 to 0.1 (one per pulse, 4 s)
        List<Double> passed = onFx(() -> player().lastSweepValues());
        assertTrue(passed.size() >= 10, "values handed to the drag hook: " + passed.size());
        for (int i = 0; i < passed.size(); i++) {
            assertTrue(passed.get(i) >= 0.02 && passed.get(i) < 0.1, "value " + i + ": " + passed.get(i));
            assertTrue(i == 0 || passed.get(i) > passed.get(i - 1), "rising at " + i + ": " + passed);
        }
        assertTrue(passed.get(passed.size() / 2) > 0.03 && passed.get(passed.size() / 2) < 0.09,
                "intermediate values, not a jump: " + passed);
        // the preset on screen ends at g = 0.1, the sheet's parameter too, on the step's grid and moment
        assertEquals(0.1, onFx(this::couplingOnScreen));
        assertEquals(0.1, onFx(() -> PresetParameters.of(explorer.session().preset()).stream()
                .filter(p -> p.path().equals(sweep.path())).findFirst().orElseThrow().value()));
        assertEquals(Math.PI / 16, onFx(() -> explorer.session().model().grid().dt()), 1e-15);
        assertEquals(Math.PI / (2 * 0.1), onFx(() -> explorer.session().model().timeProperty().get()), 1e-9);
        assertEquals("entropies", onFx(() -> explorer.window().currentPanel().figure().name()));
        // S_A = 0.6628473185791794 there, the entropy of a qubit at T_B = 2 (run --csv, g = 0.1)
        assertTrue(arrival.outcome().holds(), arrival.outcome().text());
        String shown = onFx(() -> ((Label) stage.getScene().lookup("#tourCheck")).getText());
        assertTrue(shown.startsWith("✓ checked: S_A = 0.6628 at t = 15.71"), shown);
    }
}
