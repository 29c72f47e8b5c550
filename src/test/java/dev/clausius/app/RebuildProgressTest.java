package dev.clausius.app;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A slow build (a diagonalization that takes seconds) shows how far it has got, and Cancel drops
 * it while the window keeps the session it had.
 */
@ExtendWith(ApplicationExtension.class)
class RebuildProgressTest {
    private final SlowSetupLoader slow = new SlowSetupLoader(0.4, "diagonalizing H: block 1 of 2 (256)");
    private Stage stage;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // the preset shown is its file's, so there are no unsaved edits to ask about on open
        Path file = Path.of("presets/resonant-qubits.json");
        Preset preset = dev.clausius.preset.PresetReader.read(file);
        window = new ExplorerWindow(stage, preset, new SimulationModel(ResonantQubitsEvolver.standard(),
                PlaybackGrid.of(preset)), file, slow);
        window.show();
    }

    @AfterEach
    void closeWindow() {
        slow.release();
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlowBuildShowsItsProgressAndCancelKeepsTheCurrentSession(FxRobot robot) throws Exception {
        SimulationModel before = onFx(window::model);
        onFx(() -> {
            window.actions().open(Path.of("presets/resonant-qubits.json"));
            return null;
        });
        slow.awaitReport();
        ProgressIndicator progress = robot.lookup("#progress").queryAs(ProgressIndicator.class);
        Label stageText = robot.lookup("#buildStage").queryAs(Label.class);
        waitUntil(10, () -> progress.getProgress() == 0.4);
        assertEquals("diagonalizing H: block 1 of 2 (256)", onFx(stageText::getText));
        assertEquals(true, onFx(progress::isVisible));

        robot.clickOn(robot.lookup("#cancel").queryAs(Button.class));
        waitUntil(10, () -> !progress.isVisible());
        slow.release();
        // the dropped build's session never replaces the one on screen
        waitFor(500);
        assertSame(before, onFx(window::model));
        assertFalse(onFx(stageText::isVisible));
    }

    private static void waitFor(long millis) throws TimeoutException {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
