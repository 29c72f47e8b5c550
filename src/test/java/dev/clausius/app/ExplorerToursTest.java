package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.tour.TourMenu;
import dev.clausius.app.tour.TourPlayer;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.figures.Figure;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;
import dev.clausius.tour.TourStep;
import dev.clausius.tour.TourSweep;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.BasicStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guided tours in the real window with the real physics: every shipped tour plays through
 * headless, each step reaching its moment on its panel with its curve highlighted and its claim
 * holding on the frame reached; the menu, the side panel, its keys, a broken tour file, and the
 * panels' info buttons; tour 1's sweep step.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerToursTest {

    private static final Path PRESETS = Path.of("presets");

    private Stage stage;
    private Explorer explorer;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = ExplorerApp.open(stage, PRESETS.resolve("resonant-qubits.json"), new PresetFileLoader(), () -> { })
                .orElseThrow();
    }

    @AfterEach
    void closeWindow() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TourPlayer player() {
        return explorer.tours().player();
    }

    /** Waits until step k's moment is on screen and returns what the step's check found. */
    private TourPlayer.Arrival reach(int k) throws TimeoutException {
        waitUntil(180, () -> player().arrivalProperty().get() != null && player().arrivalProperty().get().step() == k);
        return onFx(() -> player().arrivalProperty().get());
    }

    @Test
    void everyTourPlaysThroughAndEveryClaimHoldsOnTheFrameReached() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Path> tours = TourReader.files(PRESETS);
        // run from another directory the listing is empty, and the loop below would test nothing
        assertTrue(tours.size() >= 4, "the four shipped tours are found: " + tours);
        for (Path file : tours) {
            Tour tour = TourReader.read(file);
            onFx(() -> {
                player().setPlaySpeed(Speed.MAX);
                explorer.tours().start(tour);
                return null;
            });
            for (int k = 0; k < tour.steps().size(); k++) {
                int index = k;
                TourStep step = tour.steps().get(k);
                if (k > 0) {
                    onFx(() -> {
                        player().next();
                        return null;
                    });
                }
                TourPlayer.Arrival arrival = reach(index);
                String where = tour.name() + ", step " + (k + 1) + " (" + step.title() + ")";
                assertStepIsOnScreen(step, where);
                if (step.check() != null && !arrival.outcome().holds()) {
                    failures.add(where + ": " + arrival.outcome().text());
                }
                String shown = onFx(() -> ((Label) stage.getScene().lookup("#tourCheck")).getText());
                if (step.check() != null) {
                    assertTrue(shown.startsWith("✓") || shown.startsWith("✗"), where + ": " + shown);
                }
            }
            onFx(() -> {
                explorer.tours().close();
                return null;
            });
        }
        assertEquals(List.of(), failures);
    }

    /** The step's preset, panel, moment and highlight are what the window shows. */
    private void assertStepIsOnScreen(TourStep step, String where) {
        onFx(() -> {
            assertEquals(step.preset().toAbsolutePath().normalize(), explorer.session().source().toAbsolutePath().normalize(), where);
            PanelView view = explorer.window().currentPanel();
            assertEquals(step.panel(), view.figure().name(), where);
            double dt = explorer.session().model().grid().dt();
            assertEquals(step.time(), explorer.session().model().timeProperty().get(), dt / 2 + 1e-9, where);
            assertFalse(explorer.session().model().playingProperty().get(), where + ": paused at the step's moment");
            if (!Double.isNaN(step.dt())) {
                assertEquals(step.dt(), dt, 0.0, where + ": the step's grid");
            }
            return null;
        });
        if (step.highlight() != null) {
            PanelView view = onFx(() -> explorer.window().currentPanel());
            List<Float> widths = view.read(ExplorerToursTest::strokeWidths);
            assertTrue(widths.stream().anyMatch(w -> w > 4.0f),
                    where + ": the highlighted curve is drawn thick, got " + widths);
        }
    }

    /** The stroke widths of every series of every XY plot of a figure. */
    private static List<Float> strokeWidths(Figure figure) {
        List<Float> widths = new ArrayList<>();
        for (JFreeChart chart : figure.charts()) {
            List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined
                    ? combined.getSubplots() : List.of(chart.getXYPlot());
            for (XYPlot plot : plots) {
                int series = plot.getDataset() == null ? 0 : plot.getDataset().getSeriesCount();
                for (int i = 0; i < series; i++) {
                    if (plot.getRenderer().getSeriesStroke(i) instanceof BasicStroke stroke) {
                        widths.add(stroke.getLineWidth());
                    }
                }
            }
        }
        return widths;
    }

    @Test
    void theMenuOpensTheSidePanelAndTheKeysAndButtonsMoveThroughIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tours");
        robot.clickOn("1. Heat flows, the entropies change, S_AB does not");
        onFx(() -> {
            player().setPlaySpeed(Speed.MAX);
            return null;
        });
        waitUntil(10, () -> stage.getScene().lookup("#tourPanel") != null);
        reach(0);
        assertEquals("Step 1 of 6", onFx(() -> ((Label) stage.getScene().lookup("#tourStepCount")).getText()));
        assertTrue(onFx(() -> robot.lookup("#tourBack").queryButton().isDisabled()));
        robot.type(KeyCode.PAGE_DOWN);
        reach(1);
        assertEquals("The correlations carry the difference",
                onFx(() -> ((Label) stage.getScene().lookup("#tourStepTitle")).getText()));
        robot.clickOn("#tourNext");
        reach(2);
        robot.type(KeyCode.PAGE_UP);
        reach(1);
        robot.clickOn("#tourClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(onFx(() -> stage.getScene().lookup("#tourPanel")));
        assertEquals(-1, onFx(() -> player().stepProperty().get()));
        assertTrue(onFx(() -> explorer.window().currentPanel()).read(ExplorerToursTest::strokeWidths).stream().allMatch(w -> w <= 2.0f),
                "no highlight after Close");
    }

    @Test
    void aBrokenTourFileIsListedAndSaysWhatIsWrong(FxRobot robot) throws Exception {
        Path tours = Files.createDirectories(temp.resolve(TourReader.DIRECTORY));
        Files.copy(PRESETS.resolve("resonant-qubits.json"), temp.resolve("resonant-qubits.json"));
        Files.writeString(tours.resolve("broken.json"), Files.readString(
                PRESETS.resolve("tours/1-heat-flows.json")).replace("\"panel\": \"state\"", "\"panel\": \"bloch\""));
        List<MenuItem> items = onFx(() -> TourMenu.items(temp, tour -> { }));
        assertEquals(1, items.size());
        assertEquals("broken.json (invalid)", items.get(0).getText());
        onFx(() -> {
            items.get(0).fire();
            return null;
        });
        waitUntil(10, () -> robot.lookup("#tourError").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#tourError").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("$.steps[3].panel: unknown panel 'bloch' (allowed: scene, entropies, "),
                pane.getContentText());
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    @Test
    void eachPanelHasAnInfoButtonWithItsFormulaAndEquation(FxRobot robot) throws TimeoutException {
        String[][] expected = {{"scene", "Eq. 16"}, {"entropies", "Eq. 16"}, {"production", "Eq. 14"}, {"temperatures", "Eq. 17"},
                {"engine", "Eq. 19"}, {"state", "Eq. 11"}};
        for (int i = 0; i < expected.length; i++) {
            int tab = i;
            onFx(() -> {
                explorer.window().tabs().getSelectionModel().select(tab);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#" + expected[i][0] + "Info");
            waitUntil(10, () -> robot.lookup("#panelInfo").tryQuery().isPresent());
            DialogPane info = robot.lookup("#panelInfo").queryAs(DialogPane.class);
            String text = info.getContentText();
            assertTrue(text.contains(expected[i][1]), expected[i][0] + ": " + text);
            assertTrue(text.contains("WHAT IT SHOWS") && text.contains("FORMULA") && text.contains("WHAT TO LOOK FOR"),
                    expected[i][0]);
            robot.clickOn(info.lookupButton(javafx.scene.control.ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void f1ListsTheTourKeys(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F1);
        waitUntil(10, () -> robot.lookup("#keyboardHelp").tryQuery().isPresent());
        DialogPane help = robot.lookup("#keyboardHelp").queryAs(DialogPane.class);
        assertTrue(help.getContentText().contains("PageDown"), help.getContentText());
        assertNotNull(onFx(() -> stage.getScene().lookup("#tours").getAccessibleText()));
        robot.clickOn(help.lookupButton(javafx.scene.control.ButtonType.OK));
    }

    @Test
    void aClaimThatDoesNotHoldIsShownAsFailed() throws Exception {
        // the full-swap claim I < 1e-9, but at the quarter swap, where I is 0.093
        Files.copy(PRESETS.resolve("resonant-qubits.json"), temp.resolve("resonant-qubits.json"));
        Path tours = Files.createDirectories(temp.resolve(TourReader.DIRECTORY));
        Path file = Files.writeString(tours.resolve("wrong.json"), """
                {"format": "clausius-tour", "version": 1, "name": "wrong",
                 "steps": [{"title": "a claim that is false", "preset": "resonant-qubits.json",
                            "panel": "entropies", "time": 15.75, "highlight": "S_C",
                            "text": "No correlations here. Really (Eq. 16).",
                            "check": {"quantity": "I_AB", "below": 1e-9}}]}
                """);
        Tour tour = TourReader.read(file);
        onFx(() -> {
            explorer.tours().start(tour);
            return null;
        });
        TourPlayer.Arrival arrival = reach(0);
        assertFalse(arrival.outcome().holds(), arrival.outcome().text());
        String shown = onFx(() -> ((Label) stage.getScene().lookup("#tourCheck")).getText());
        assertTrue(shown.startsWith("✗ check failed: I_AB = 0.09"), shown);
        assertTrue(onFx(() -> stage.getScene().lookup("#tourCheck").getStyleClass().contains("fails")));
    }

    private double couplingOnScreen() {
        return ((CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re();
    }

    /**
     * Tour 1's sweep step: the coupling is dragged from 0.02 to 0.1 through the window's drag hooks,
     * value after value, the preset on screen ends at g = 0.1, and at pi/(2g) = 15.71 the claim (A
     * holds B's starting state) holds.
     */
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
        TourPlayer.Arrival arrival = reach(k);

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
