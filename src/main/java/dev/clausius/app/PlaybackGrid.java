package dev.clausius.app;

import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Preset;

/** The time grid the explorer plays for a preset: preset.time(), with engine mode's default end. */
final class PlaybackGrid {
    private PlaybackGrid() {
    }

    static TimeGrid of(Preset preset) {
        double end = preset.time().end();
        if (Double.isNaN(end) && preset.engine() != null) {
            // CONTRACT.md: an engine preset without time.end runs to the end of its last cycle
            double cycle = 0;
            for (EngineSpec.Stroke stroke : preset.engine().strokes()) {
                cycle += stroke.duration();
            }
            end = cycle * preset.engine().cycles();
        }
        return new TimeGrid(preset.time().dt(), end);
    }
}
