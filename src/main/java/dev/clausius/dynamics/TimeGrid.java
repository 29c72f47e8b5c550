package dev.clausius.dynamics;

import dev.clausius.dynamics.engine.EngineSchedule;
import dev.clausius.preset.Preset;

/** The output grid (docs/conventions.md): t_k = k dt for k = 0..round(end/dt). */
public record TimeGrid(double dt, double end) {

    public TimeGrid {
        if (!(dt > 0) || !(end >= 0) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("need dt > 0 and a finite end >= 0, got dt " + dt + ", end " + end);
        }
        if (Math.round(end / dt) >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("end/dt = " + end / dt + " rows is more than a time series can hold");
        }
    }

    /** A preset's grid: its time section, an engine's missing end being the end of its last cycle. */
    public static TimeGrid of(Preset preset) {
        return new TimeGrid(preset.time().dt(), end(preset));
    }

    /** time.end, or in engine mode without one the end of the last cycle. */
    public static double end(Preset preset) {
        double end = preset.time().end();
        if (Double.isNaN(end) && preset.engine() != null) {
            return EngineSchedule.lastCycleEnd(preset.engine());
        }
        return end;
    }

    /** Number of rows, round(end/dt) + 1. */
    public int size() {
        return (int) Math.round(end / dt) + 1;
    }

    /** t_k = k dt (a product, not a running sum, so no rounding drifts in). */
    public double time(int k) {
        return k * dt;
    }
}
