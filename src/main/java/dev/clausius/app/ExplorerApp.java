package dev.clausius.app;

import dev.clausius.preset.PresetException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The JavaFX application. It is started by {@link ExplorerLauncher} (the CLI's main class does
 * not extend Application, so JavaFX on the class path works from {@code java -jar}).
 */
public final class ExplorerApp extends Application {

    @Override
    public void start(Stage stage) {
        open(stage, ExplorerLauncher.presetToOpen(), ExplorerLauncher.loader(), Platform::exit);
    }

    /**
     * Opens {@code presetFile} in {@code stage}, or shows the reason it cannot be opened.
     *
     * @param afterError runs when the error dialog is dismissed (the app exits; tests do nothing)
     * @return the window, or empty if the preset could not be opened
     */
    static Optional<ExplorerWindow> open(Stage stage, Path presetFile, SessionLoader loader, Runnable afterError) {
        Session session;
        try {
            session = loader.open(presetFile);
        } catch (PresetException e) {
            // the message is already one line naming the file, the JSON path and the reason
            PresetErrorDialog.show(e.getMessage(), afterError);
            return Optional.empty();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            PresetErrorDialog.show(presetFile + ": " + reason, afterError);
            return Optional.empty();
        }
        SimulationModel model;
        try {
            model = new SimulationModel(session.evolver(), PlaybackGrid.of(session.preset()));
        } catch (IllegalArgumentException e) {
            PresetErrorDialog.show(presetFile + ": $.time: " + e.getMessage(), afterError);
            return Optional.empty();
        }
        ExplorerWindow window = new ExplorerWindow(stage, session.preset(), model);
        window.show();
        return Optional.of(window);
    }
}
