package dev.clausius.app;

import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.model.LatestProgress;
import dev.clausius.app.session.LoadResult;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SessionLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.dynamics.Evolvers;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the explorer from the CLI's main class. JavaFX is started with {@link Platform#startup}
 * rather than by an Application subclass, so the launcher builds the {@link LaunchRequest} and
 * hands it over as an object (no static fields), and {@code java -jar} works with JavaFX on the
 * class path.
 */
public final class ExplorerLauncher {

    private ExplorerLauncher() {
    }

    /**
     * Opens the explorer window and returns when JavaFX has exited (its last window closed). Call
     * at most once per JVM (a JavaFX restriction).
     *
     * @param presetOrNull the preset file, or null for the last session's preset (with its unsaved
     *                     edits, {@link SessionMemory}) or else the shipped default preset
     *                     ({@link ShippedPresets#defaultPreset()}, found from any working directory)
     */
    public static void launch(Path presetOrNull) throws InterruptedException {
        Path file = presetOrNull == null ? ShippedPresets.defaultPreset() : presetOrNull;
        SessionLoader loader = new PresetFileLoader();
        if (presetOrNull == null) {
            var recalled = SessionMemory.fromSystem().recall();
            if (recalled.isPresent()) {
                file = recalled.get().source();
                loader = SessionMemory.restoring(recalled.get(), loader);
            }
        }
        // the native libraries first, alone: JavaCPP loading them beside JavaFX loading its own
        // can deadlock the two threads in glibc's loader (dev.clausius.linalg.NativeLibraries says how)
        try {
            // and one core is left to the FX and render threads while the evolver plays flat out
            Evolvers.loadNativeLibraries(Runtime.getRuntime().availableProcessors() - 1);
        } catch (RuntimeException | LinkageError e) {
            // the preset's load below meets the same failure and shows it in the window's dialog
        }
        // then reading the preset and building its evolver overlap JavaFX's own start-up and
        // the window's layout, which leave the second core idle
        LaunchRequest request = new LaunchRequest(file, loader, preload(file, loader));
        CompletableFuture<Thread> fxThread = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread.complete(Thread.currentThread());
            new ExplorerApp(request).start(new Stage());
        });
        // the FX thread ends when JavaFX exits: the last window closed, or Platform.exit()
        fxThread.join().join();
    }

    /** Loads on a daemon thread of its own (JavaFX's start-up must not wait for it). */
    private static LaunchRequest.Preloading preload(Path file, SessionLoader loader) {
        CompletableFuture<LoadResult> loaded = new CompletableFuture<>();
        LatestProgress progress = new LatestProgress();
        Thread thread = new Thread(() -> loaded.complete(SessionLoading.load(file, loader, progress)),
                "clausius-preset-loader");
        thread.setDaemon(true);
        thread.start();
        return new LaunchRequest.Preloading(loaded, progress);
    }
}
