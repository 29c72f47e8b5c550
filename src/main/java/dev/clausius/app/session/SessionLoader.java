package dev.clausius.app.session;

import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.PresetException;

import java.nio.file.Path;

/** Turns a preset file into a {@link Session}; an interface so tests can open a window without physics. */
@FunctionalInterface
public interface SessionLoader {

    /** @throws PresetException if the file cannot be read, is invalid, or its physics is not buildable */
    Session open(Path presetFile) throws PresetException;

    /** As {@link #open(Path)}, reporting the evolver's one-time setup (a diagonalization) to {@code progress}. */
    default Session open(Path presetFile, SetupProgress progress) throws PresetException {
        return open(presetFile);
    }
}
