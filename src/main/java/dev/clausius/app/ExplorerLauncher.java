package dev.clausius.app;

import javafx.application.Application;

import java.nio.file.Path;

/**
 * Starts the explorer from a main class that is not an {@link Application} (the CLI's). JavaFX
 * creates the Application itself, so the preset to open is handed over through a static field.
 */
public final class ExplorerLauncher {

    /** The preset opened when none is given, relative to the working directory. */
    public static final Path DEFAULT_PRESET = Path.of("presets", "resonant-qubits.json");

    private static volatile Path presetToOpen = DEFAULT_PRESET;
    private static volatile SessionLoader loader = new PresetFileLoader();

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
        Application.launch(ExplorerApp.class);
    }

    /** What {@link ExplorerApp#start} opens next; tests set it to open a window without physics. */
    static void configure(Path presetFile, SessionLoader sessionLoader) {
        presetToOpen = presetFile;
        loader = sessionLoader;
    }

    static Path presetToOpen() {
        return presetToOpen;
    }

    static SessionLoader loader() {
        return loader;
    }
}
