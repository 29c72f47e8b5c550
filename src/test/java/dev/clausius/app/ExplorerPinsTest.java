package dev.clausius.app;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.figures.SeriesDataset;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.thermo.Frame;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pinned runs in the real window on the real physics: P pins the run, a parameter edit makes the
 * live run differ, the pin stays drawn with a legend naming the difference, exports carry it, and
 * Clear pins or a preset of another mode removes it.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerPinsTest {
    /** The export stem: the preset file's name. */
    private static final String STEM = "resonant-qubits";

    private Stage stage;
    private Explorer explorer;

    @TempDir
    Path directory;

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

    private double coupling() {
        return onFx(() -> ((CouplingSpec.Terms) explorer.session().preset().coupling()).terms().get(0).g().re());
    }

    /** The entropies panel's pinned series names, read on the painter thread that owns the chart. */
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

    private void waitForPinnedKeys(PanelView view, List<String> expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> pinnedKeys(view).equals(expected));
    }

    @Test
    void aPinStaysUnderTheEditedRunNamesTheChangedParameterAndIsExported(FxRobot robot) throws Exception {
        playUntil(40);
        List<Frame> pinned = onFx(() -> explorer.session().snapshot().frames());
        robot.type(KeyCode.P);
        waitUntil(10, () -> explorer.session().pins().pins().size() == 1);
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("as pin 1"));

        // g = 0.05 -> 0.1: the live run differs from the pinned one
        TextField g = robot.lookup("#param-_coupling_0_g").queryAs(TextField.class);
        onFx(() -> {
            g.setText("0.1");
            g.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        waitUntil(60, () -> coupling() == 0.1 && explorer.session().model().frames().size() >= 1);
        explorer.window().selectPanel("entropies");
        playUntil(60);

        PanelView view = onFx(() -> explorer.window().panel("entropies"));
        List<String> expected = List.of("pin 1: g = 0.05 · S_A", "pin 1: g = 0.05 · S_B", "pin 1: g = 0.05 · S_AB",
                "pin 1: g = 0.05 · S_C = −I(A:B)");
        waitForPinnedKeys(view, expected);
        List<Object> drawn = view.read(figure -> {
            SeriesDataset set = figure.timePlots().get(0).pinnedDataset();
            LegendItemCollection legend = figure.timePlots().get(0).plot().getLegendItems();
            List<Object> out = new ArrayList<>();
            out.add(set.getItemCount(0));
            out.add(set.getXValue(0, 39));
            out.add(set.getYValue(0, 39));
            out.add(legend.get(legend.getItemCount() - 1).getLabel());
            return out;
        });
        assertEquals(pinned.size(), drawn.get(0), "every pinned frame drawn (fewer frames than pixels)");
        assertEquals(pinned.get(39).time(), drawn.get(1));
        assertEquals(pinned.get(39).entropyA(), drawn.get(2));
        assertEquals("pin 1: g = 0.05", drawn.get(3));
        saveScreenshotIfAsked();

        // export the entropies panel as CSV and PNG
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#exportDialog").queryAs(DialogPane.class);
        onFx(() -> {
            robot.lookup("#exportDirectory").queryAs(TextField.class).setText(directory.toString());
            robot.lookup("#exportScope").queryAs(ChoiceBox.class).getSelectionModel().select(0);
            robot.lookup("#exportCSV").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#exportPNG").queryAs(CheckBox.class).setSelected(true);
            return null;
        });
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitUntil(60, () -> String.valueOf(explorer.window().statusBar().auditText()).contains("exported "));
        List<String> csv = Files.readAllLines(directory.resolve(STEM + "_entropies.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals(List.of("t", "S_A", "S_B", "S_AB", "S_C = −I(A:B)", "pin1_t", "pin1_S_A", "pin1_S_B", "pin1_S_AB",
                "pin1_S_C = −I(A:B)"), header);
        for (int k = 0; k < pinned.size(); k++) {
            String[] cells = csv.get(k + 1).split(",", -1);
            assertEquals(pinned.get(k).time(), Double.parseDouble(cells[5]));
            assertEquals(pinned.get(k).entropyA(), Double.parseDouble(cells[6]));
            assertEquals(pinned.get(k).entropyAB(), Double.parseDouble(cells[8]));
        }
        // the live run (g = 0.1) differs from the pin by now
        String[] later = csv.get(40).split(",", -1);
        assertTrue(Double.parseDouble(later[1]) != Double.parseDouble(later[6]), csv.get(40));
        assertTrue(ImageIO.read(directory.resolve(STEM + "_entropies.png").toFile()).getWidth() > 0);

        robot.clickOn("#clearPins");
        waitForPinnedKeys(view, List.of());
        assertTrue(onFx(() -> explorer.session().pins().pins().isEmpty()));
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("pins cleared"));
    }

    @Test
    void pinsSurviveAPresetOfTheirModeAndAnotherModeClearsThem(FxRobot robot) throws Exception {
        playUntil(10);
        robot.clickOn("#pin");
        waitUntil(10, () -> explorer.session().pins().pins().size() == 1);

        open(Path.of("presets", "detuned-qubits.json"));
        assertEquals(1, (int) onFx(() -> explorer.session().pins().pins().size()), "same mode: the pin stays");
        PanelView view = onFx(() -> explorer.window().panel("entropies"));
        explorer.window().selectPanel("entropies");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> pinnedKeys(view).size() == 4 && pinnedKeys(view).get(0).startsWith("pin 1: Resonant qubits: heat swap"));

        open(Path.of("presets", "lindblad-qubit.json"));
        assertTrue(onFx(() -> explorer.session().pins().pins().isEmpty()), "another mode clears the pins");
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("pins cleared: they are closed-mode runs"),
                onFx(() -> explorer.window().statusBar().auditText()));
    }

    private void open(Path file) throws TimeoutException {
        onFx(() -> {
            explorer.actions().open(file);
            return null;
        });
        waitUntil(60, () -> file.equals(explorer.session().source()) && explorer.session().model().frames().size() >= 1);
    }

    /** With -Dclausius.pinScreenshot=FILE.png, the window with its pin, for the docs. */
    private void saveScreenshotIfAsked() throws Exception {
        String file = System.getProperty("clausius.pinScreenshot");
        if (file == null) {
            return;
        }
        var image = onFx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(file).toFile());
    }
}
