package dev.clausius.app;

import dev.clausius.app.model.SimulationModel;

import dev.clausius.preset.Preset;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A slow build (a diagonalization that takes seconds) shows how far it has got, and Cancel drops
 * it while the window keeps the session it had.
 */
@ExtendWith(ApplicationExtension.class)
class RebuildProgressTest {
    /** The stage text a D = 4096 build shows first, the longest of its stages. */
    private static final String STAGE = "diagonalizing H (2 invariant block(s), largest 2048)";
    private final SlowSetupLoader slow = new SlowSetupLoader(0.4, STAGE);
    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // the preset shown is its file's, so there are no unsaved edits to ask about on open
        Path file = Path.of("presets/resonant-qubits.json");
        Preset preset = dev.clausius.preset.PresetReader.read(file);
        explorer = TestWindows.open(stage, preset, ResonantQubitsEvolver.standard(), file, slow);
    }

    @AfterEach
    void closeWindow() {
        slow.release();
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlowBuildShowsItsProgressAndCancelKeepsTheCurrentSession(FxRobot robot) throws Exception {
        SimulationModel before = onFx(explorer.session()::model);
        onFx(() -> {
            explorer.actions().open(Path.of("presets/resonant-qubits.json"));
            return null;
        });
        slow.awaitReport();
        ProgressIndicator progress = robot.lookup("#progress").queryAs(ProgressIndicator.class);
        Label stageText = robot.lookup("#buildStage").queryAs(Label.class);
        waitUntil(10, () -> progress.getProgress() == 0.4);
        assertEquals(STAGE, onFx(stageText::getText));
        assertEquals(true, onFx(progress::isVisible));
        // a long stage text is the one that gives way: Cancel keeps its word and the progress its size
        Button cancel = robot.lookup("#cancel").queryAs(Button.class);
        assertTrue(onFx(() -> cancel.getWidth() >= cancel.prefWidth(-1) - 0.5),
                () -> "Cancel squeezed to " + onFx(cancel::getWidth) + " px");
        assertTrue(onFx(() -> progress.getWidth() >= progress.prefWidth(-1) - 0.5),
                () -> "progress squeezed to " + onFx(progress::getWidth) + " px");

        List<SimulationModel> shown = new CopyOnWriteArrayList<>();
        onFx(() -> {
            explorer.session().modelProperty().addListener((obs, old, model) -> shown.add(model));
            return null;
        });
        robot.clickOn(cancel);
        waitUntil(10, () -> !progress.isVisible());
        assertSame(before, onFx(explorer.session()::model), "Cancel keeps the current session at once");
        assertFalse(onFx(stageText::isVisible));
        slow.release();
        // a second build queues behind the dropped one on the builder's single thread, so once it
        // is on screen the dropped build's result has come and gone: it must never have been shown
        onFx(() -> {
            explorer.actions().open(Path.of("presets/resonant-qubits.json"));
            return null;
        });
        waitUntil(10, () -> !shown.isEmpty());
        assertEquals(1, shown.size(), "only the second build was shown");
        assertNotSame(before, shown.get(0));
    }

}
