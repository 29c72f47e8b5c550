package dev.clausius.app;

import dev.clausius.app.diagnostics.DragBenchmark;
import dev.clausius.app.diagnostics.DragScreenshot;
import dev.clausius.app.diagnostics.ExplorerBenchmark;
import dev.clausius.app.diagnostics.ExplorerScreenshot;
import dev.clausius.app.diagnostics.SweepScreenshot;
import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.model.LatestProgress;
import dev.clausius.app.session.LanguageMemory;
import dev.clausius.app.session.LoadResult;
import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.session.SessionLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.view.PresetErrorDialog;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Starts the explorer in a stage: the window at once, the first preset read and built off the FX
 * thread, then the library of other presets. {@link ExplorerLauncher} starts JavaFX and hands
 * over the {@link LaunchRequest}.
 */
public final class ExplorerApp {
    private final LaunchRequest request;

    public ExplorerApp(LaunchRequest request) {
        this.request = request;
    }

    /** Shows the window in {@code stage} and loads the request's preset in the background. */
    public Explorer start(Stage stage) {
        Path file = request.presetFile();
        // the window is on screen at once (layout, a "preparing" panel); reading the preset and
        // building the evolver is physics work and runs off the FX thread, started by the launcher
        // before JavaFX itself so that the two overlap. The library of other presets is read last:
        // it is not needed for the first frame.
        LaunchRequest.Preloading preloaded = request.preloading();
        LatestProgress progress = preloaded != null ? preloaded.progress() : new LatestProgress();
        Explorer explorer = Explorer.create(stage);
        // the explorer on the stage: a new one each time the language is switched (FX thread)
        Explorer[] current = {explorer};
        explorer.addOnLanguageSwitch(next -> current[0] = next);
        explorer.window().showPreparing(stem(file), progress);
        explorer.window().show();
        Thread loading = new Thread(() -> {
            LoadResult loaded = preloaded != null ? preloaded.result().join()
                    : SessionLoading.load(file, request.loader(), progress);
            Platform.runLater(() -> attach(current[0], loaded, Platform::exit));
            List<PresetLibrary.Entry> library = PresetLibrary.scan(ShippedPresets.folder());
            Platform.runLater(() -> {
                current[0].window().library().setAll(library);
                PresetLibrary.entry(file).ifPresent(current[0].window().library()::add);
            });
        }, "clausius-preset-loader");
        loading.setDaemon(true);
        loading.start();
        return explorer;
    }

    /** The file name without its extension: what the title says until the preset's own name is known. */
    private static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Shows the loaded session, or the dialog saying why there is none; true if shown. */
    private static boolean attach(Explorer explorer, LoadResult loaded, Runnable afterError) {
        String problem = loaded.failed() ? loaded.error() : explorer.session().show(loaded.session());
        if (problem != null) {
            PresetErrorDialog.show(explorer.window().texts(), problem, afterError);
            return false;
        }
        ExplorerBenchmark.attachIfAsked(explorer.window(), explorer.session(), explorer.pulseStats());
        DragBenchmark.attachIfAsked(explorer.window(), explorer.session(), explorer.drags());
        if (DragScreenshot.attachIfAsked(explorer.window(), explorer.session())) {
            return true;
        }
        if (!SweepScreenshot.attachIfAsked(explorer.sweeps())) {
            ExplorerScreenshot.attachIfAsked(explorer.window(), explorer.session(), explorer.tours(),
                    explorer.compare()::compareWith);
        }
        return true;
    }

    /**
     * Opens {@code presetFile} in {@code stage}, or shows why it cannot be opened, all on the
     * calling (FX) thread. Tests use this; the application loads in the background first.
     *
     * @param afterError runs when the error dialog is dismissed (the app exits; tests do nothing)
     * @return the explorer, or empty if the preset could not be opened
     */
    public static Optional<Explorer> open(Stage stage, Path presetFile, SessionLoader loader, Runnable afterError) {
        LoadResult loaded = SessionLoading.load(presetFile, loader);
        if (loaded.failed()) {
            PresetErrorDialog.show(Explorer.startingTexts(LanguageMemory.fromSystem()), loaded.error(), afterError);
            return Optional.empty();
        }
        Explorer explorer = Explorer.create(stage);
        if (!attach(explorer, loaded, afterError)) {
            stage.hide();
            return Optional.empty();
        }
        explorer.window().library().setAll(PresetLibrary.scan(ShippedPresets.folder()));
        PresetLibrary.entry(presetFile).ifPresent(explorer.window().library()::add);
        explorer.window().show();
        return Optional.of(explorer);
    }
}
