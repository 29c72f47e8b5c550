package dev.clausius.app.session;

import dev.clausius.dynamics.Evolver;
import dev.clausius.preset.Preset;

import java.nio.file.Path;

/** A preset ready to play: the preset as read, the evolver built from it, and the file it came from. */
public record Session(Preset preset, Evolver evolver, Path source) {

    public Session(Preset preset, Evolver evolver) {
        this(preset, evolver, null);
    }
}
