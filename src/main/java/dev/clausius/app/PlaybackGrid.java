package dev.clausius.app;

import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;

/** The time grid the explorer plays for a preset: preset.time(), with engine mode's default end. */
final class PlaybackGrid {
    private PlaybackGrid() {
    }

    static TimeGrid of(Preset preset) {
        return TimeGrid.of(preset);
    }
}
