package dev.clausius.app;

import dev.clausius.dynamics.Evolver;
import dev.clausius.preset.Preset;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on a stand-in evolver for UI tests, and its closing after each test. */
final class TestWindows {
    private TestWindows() {
    }

    /** A shown window playing {@code evolver} on {@code preset}'s grid (call on the FX thread, e.g. in @Start). */
    static ExplorerWindow open(Stage stage, Preset preset, Evolver evolver) {
        ExplorerWindow window = new ExplorerWindow(stage, preset, new SimulationModel(evolver, PlaybackGrid.of(preset)));
        window.show();
        return window;
    }

    /** Hides the stage and waits until the FX thread has handled it. */
    static void hide(Stage stage) {
        WaitForAsyncUtils.asyncFx(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
