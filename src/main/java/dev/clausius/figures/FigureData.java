package dev.clausius.figures;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.StateSnapshot;

import java.util.List;

/**
 * Everything a figure draws, as plain data: the preset, every frame so far (in time order), the
 * engine's completed cycles, and the reduced states at the newest frame (null where unknown).
 *
 * @param end the end of the time grid, so time axes span the whole run from the start
 */
public record FigureData(Preset preset, List<Frame> frames, List<CycleRecord> cycles,
                         StateSnapshot stateA, StateSnapshot stateB, double end) {

    public FigureData {
        frames = frames == null ? List.of() : frames;
        cycles = cycles == null ? List.of() : cycles;
    }
}
