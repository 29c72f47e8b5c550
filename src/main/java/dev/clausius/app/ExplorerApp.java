package dev.clausius.app;

import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.PresetException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The JavaFX application. It is started by {@link ExplorerLauncher} (the CLI's main class does
 * not extend Application, so JavaFX on the class path works from {@code java -jar}).
 */
public final class ExplorerApp extends Application {

    /** A loaded session, or the one-line reason there is none. */
    record Loaded(Session session, String error) {
    }

    @Override
    public void start(Stage stage) {
        Path file = ExplorerLauncher.presetToOpen();
        SessionLoader loader = ExplorerLauncher.loader();
        // the window is on screen at once (layout, a "preparing" panel); reading the preset and
        // building the evolver is physics work and runs off the FX thread, started by the launcher
        // before JavaFX itself so that the two overlap. The library of other presets is read last:
        // it is not needed for the first frame.
        ExplorerLauncher.Preloading preloaded = ExplorerLauncher.takePreloaded();
        LatestProgress progress = preloaded != null ? preloaded.progress() : new LatestProgress();
        ExplorerWindow window = new ExplorerWindow(stage, new PresetFileLoader());
        window.showPreparing(stem(file), progress);
        window.show();
        Thread loading = new Thread(() -> {
            Loaded loaded = preloaded != null ? preloaded.result().join() : load(file, loader, progress);
            Platform.runLater(() -> attach(window, file, loaded, Platform::exit));
            List<PresetLibrary.Entry> library = PresetLibrary.scan(Path.of("presets"));
            Platform.runLater(() -> {
                window.setLibrary(library);
                PresetLibrary.entry(file).ifPresent(window::addToLibrary);
            });
        }, "clausius-preset-loader");
        loading.setDaemon(true);
        loading.start();
    }

    /** The file name without its extension: what the title says until the preset's own name is known. */
    private static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void attach(ExplorerWindow window, Path presetFile, Loaded loaded, Runnable afterError) {
        if (loaded.error() != null) {
            PresetErrorDialog.show(loaded.error(), afterError);
            return;
        }
        Session session = loaded.session();
        try {
            window.setSession(session.preset(),
                    new SimulationModel(session.evolver(), PlaybackGrid.of(session.preset())), session.source());
        } catch (IllegalArgumentException e) {
            PresetErrorDialog.show(presetFile + ": $.time: " + e.getMessage(), afterError);
            return;
        }
        ExplorerBenchmark.attachIfAsked(window);
        ExplorerScreenshot.attachIfAsked(window);
    }

    /** Reads the preset and builds its evolver; never throws, a failure becomes the message. */
    static Loaded load(Path presetFile, SessionLoader loader) {
        return load(presetFile, loader, SetupProgress.NONE);
    }

    /** As {@link #load(Path, SessionLoader)}, reporting the evolver's setup to {@code progress}. */
    static Loaded load(Path presetFile, SessionLoader loader, SetupProgress progress) {
        try {
            return new Loaded(loader.open(presetFile, progress), null);
        } catch (PresetException e) {
            // the message is already one line naming the file, the JSON path and the reason
            return new Loaded(null, e.getMessage());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Loaded(null, presetFile + ": " + reason);
        }
    }

    /**
     * Opens {@code presetFile} in {@code stage}, or shows why it cannot be opened, all on the
     * calling (FX) thread. Tests use this; the application loads in the background first.
     *
     * @param afterError runs when the error dialog is dismissed (the app exits; tests do nothing)
     * @return the window, or empty if the preset could not be opened
     */
    static Optional<ExplorerWindow> open(Stage stage, Path presetFile, SessionLoader loader, Runnable afterError) {
        return show(stage, presetFile, load(presetFile, loader), afterError);
    }

    private static Optional<ExplorerWindow> show(Stage stage, Path presetFile, Loaded loaded, Runnable afterError) {
        if (loaded.error() != null) {
            PresetErrorDialog.show(loaded.error(), afterError);
            return Optional.empty();
        }
        Session session = loaded.session();
        SimulationModel model;
        try {
            model = new SimulationModel(session.evolver(), PlaybackGrid.of(session.preset()));
        } catch (IllegalArgumentException e) {
            PresetErrorDialog.show(presetFile + ": $.time: " + e.getMessage(), afterError);
            return Optional.empty();
        }
        ExplorerWindow window = new ExplorerWindow(stage, session.preset(), model, session.source(), new PresetFileLoader());
        window.setLibrary(PresetLibrary.scan(presetFile.toAbsolutePath().getParent() == null
                ? Path.of("presets") : Path.of("presets")));
        PresetLibrary.entry(presetFile).ifPresent(window::addToLibrary);
        window.show();
        ExplorerBenchmark.attachIfAsked(window);
        ExplorerScreenshot.attachIfAsked(window);
        return Optional.of(window);
    }
}
