package dev.clausius.tour;

import dev.clausius.preset.Preset;
import dev.clausius.preset.TimeSpec;

import java.nio.file.Path;

/**
 * One step of a tour: which preset and panel to show, the moment to reach, the curve to point at,
 * what to say, and the claim to check on the frame reached.
 *
 * @param preset    the preset file, resolved against the presets directory
 * @param time      the moment to show (snapped to the nearest frame of the grid)
 * @param play      true to play from the current frame (or t = 0) up to {@code time}; false to jump
 * @param dt        the output grid to play the preset on, or NaN for the preset's own; set so that a
 *                  moment such as the full swap pi/(2g) falls exactly on a frame
 * @param highlight the key of the curve to draw thick (the others fade), or null
 * @param check     the claim the text makes, checked on the frame reached; null for none
 * @param sweep     the parameter moved from one value to another before the moment is reached (the
 *                  preset then ends at the sweep's {@code to}); null for none
 */
public record TourStep(LocalizedText title, Path preset, String panel, double time, boolean play, double dt,
                       String highlight, LocalizedText text, TourCheck check, TourSweep sweep) {

    /** The preset as this step plays it: on its own grid, or on spacing {@code dt} when that is a number. */
    public Preset onGrid(Preset preset) {
        return onGrid(preset, dt);
    }

    static Preset onGrid(Preset p, double dt) {
        if (Double.isNaN(dt)) {
            return p;
        }
        return new Preset(p.name(), p.description(), p.mode(), p.subsystemA(), p.subsystemB(), p.temperatureA(),
                p.temperatureB(), p.coupling(), p.open(), p.engine(), new TimeSpec(dt, p.time().end()), p.classical(),
                p.options());
    }

    /** The index of the frame nearest {@code time} on a grid of spacing {@code gridDt}. */
    public int frameIndex(double gridDt) {
        return (int) Math.round(time / gridDt);
    }
}
