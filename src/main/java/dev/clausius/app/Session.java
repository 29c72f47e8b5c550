package dev.clausius.app;

import dev.clausius.dynamics.Evolver;
import dev.clausius.preset.Preset;

/** A preset ready to play: the preset as read, and the evolver built from it. */
public record Session(Preset preset, Evolver evolver) {
}
