package dev.clausius.cli;

import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The output grid of a run: the preset's time section, with the --dt and --t-end overrides. */
final class GridResolver {
    /** A CSV row index is an int; a grid beyond that cannot be written (and would take years). */
    private static final long MAX_ROWS = Integer.MAX_VALUE;

    private GridResolver() {
    }

    /** Rejects a bad override before any file is read, naming the option. */
    static void checkOverrides(CommandSpec spec, Double dt, Double end) {
        if (dt != null && !(dt > 0 && Double.isFinite(dt))) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--dt': must be a finite number > 0, got " + dt);
        }
        if (end != null && !(end >= 0 && Double.isFinite(end))) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--t-end': must be a finite number >= 0, got " + end);
        }
    }

    /**
     * The grid t_k = k dt, k = 0..round(end/dt). In engine mode time.end may be left out
     * and then is the end of the last cycle.
     */
    static TimeGrid resolve(CommandSpec spec, Preset preset, String source, Double dtOverride, Double endOverride)
            throws PresetException {
        double dt = dtOverride != null ? dtOverride : preset.time().dt();
        double end = endOverride != null ? endOverride : TimeGrid.end(preset);
        if (!(dt > 0 && Double.isFinite(dt))) {
            throw new PresetException(source, new Problem("$.time.dt", "must be a finite number > 0, got " + dt));
        }
        if (!(end >= 0 && Double.isFinite(end))) {
            throw new PresetException(source, new Problem("$.time.end", "must be a finite number >= 0, got " + end));
        }
        // Math.round as in TimeGrid.size(), so the check and the grid count the same rows.
        long steps = Math.round(end / dt);
        if (steps >= MAX_ROWS) {
            String reason = "the grid t = k*dt up to " + end + " with dt = " + dt + " has " + (steps == Long.MAX_VALUE ? "about " + end / dt : String.valueOf(steps + 1))
                    + " rows, more than " + MAX_ROWS;
            if (dtOverride != null || endOverride != null) {
                throw new ParameterException(spec.commandLine(), "Invalid values for --dt/--t-end: " + reason);
            }
            throw new PresetException(source, new Problem("$.time", reason));
        }
        return new TimeGrid(dt, end);
    }
}
