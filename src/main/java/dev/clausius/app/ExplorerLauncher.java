package dev.clausius.app;

import dev.clausius.dynamics.Evolvers;
import javafx.application.Application;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the explorer from a main class that is not an {@link Application} (the CLI's). JavaFX
 * creates the Application itself, so the preset to open is handed over through a static field.
 */
public final class ExplorerLauncher {

    /** The preset opened when none is given, relative to the working directory. */
    public static final Path DEFAULT_PRESET = Path.of("presets", "resonant-qubits.json");

    private static volatile Path presetToOpen = DEFAULT_PRESET;
    private static volatile SessionLoader loader = new PresetFileLoader();
    private static volatile Preloading preloading;

    /** The load started before JavaFX, and its progress so far. */
    record Preloading(CompletableFuture<ExplorerApp.Loaded> result, LatestProgress progress) {
    }

    private ExplorerLauncher() {
    }

    /**
     * Opens the explorer window and returns when it is closed. Call at most once per JVM (a JavaFX
     * restriction).
     *
     * @param presetOrNull the preset file, or null for the last session's preset (with its unsaved
     *                     edits, {@link SessionMemory}) or else {@link #DEFAULT_PRESET}
     */
    public static void launch(Path presetOrNull) {
        presetToOpen = presetOrNull == null ? DEFAULT_PRESET : presetOrNull;
        if (presetOrNull == null) {
            SessionMemory.fromSystem().recall().ifPresent(recalled -> {
                presetToOpen = recalled.source();
                loader = SessionMemory.restoring(recalled, loader);
            });
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
        preloading = preload(presetToOpen, loader);
        Application.launch(ExplorerApp.class);
    }

    /** What {@link ExplorerApp#start} opens next; tests set it to open a window without physics. */
    static void configure(Path presetFile, SessionLoader sessionLoader) {
        presetToOpen = presetFile;
        loader = sessionLoader;
    }

    /** Loads on a daemon thread of its own (JavaFX's launcher thread must not wait for it). */
    private static Preloading preload(Path file, SessionLoader sessionLoader) {
        CompletableFuture<ExplorerApp.Loaded> loaded = new CompletableFuture<>();
        LatestProgress progress = new LatestProgress();
        Thread thread = new Thread(() -> loaded.complete(ExplorerApp.load(file, sessionLoader, progress)),
                "clausius-preset-loader");
        thread.setDaemon(true);
        thread.start();
        return new Preloading(loaded, progress);
    }

    /**
     * The load {@link #launch} started for {@link #presetToOpen()}, handed over once; null when the
     * application was started some other way (tests), so the caller loads it itself.
     */
    static Preloading takePreloaded() {
        Preloading taken = preloading;
        preloading = null;
        return taken;
    }

    static Path presetToOpen() {
        return presetToOpen;
    }

    static SessionLoader loader() {
        return loader;
    }
}
