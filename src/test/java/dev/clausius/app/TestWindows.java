package dev.clausius.app;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.Session;
import dev.clausius.app.session.SessionLoader;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.dynamics.Evolver;
import dev.clausius.preset.Preset;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

/** The explorer on a stand-in evolver for UI tests, and its closing after each test. */
final class TestWindows {
    private TestWindows() {
    }

    /** A shown explorer playing {@code evolver} on {@code preset}'s grid (call on the FX thread, e.g. in @Start). */
    static Explorer open(Stage stage, Preset preset, Evolver evolver) {
        return open(stage, new Session(preset, evolver), new PresetFileLoader());
    }

    /** A shown explorer on {@code session}, opening other files with {@code loader} (call on the FX thread). */
    static Explorer open(Stage stage, Session session, SessionLoader loader) {
        Explorer explorer = new Explorer(stage, loader, new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem())));
        String problem = explorer.session().show(session);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        explorer.window().show();
        return explorer;
    }

    /** As {@link #open(Stage, Session, SessionLoader)} for a preset read from {@code file}. */
    static Explorer open(Stage stage, Preset preset, Evolver evolver, Path file, SessionLoader loader) {
        return open(stage, new Session(preset, evolver, file), loader);
    }

    /** Hides the stage and waits until the FX thread has handled it. */
    static void hide(Stage stage) {
        WaitForAsyncUtils.asyncFx(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
