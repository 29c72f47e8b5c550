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
 * @param cellTemperatures classical mode: the temperature of every cell of A ({@code [0]}) and B
 *                         ({@code [1]}) at the newest frame; null in the quantum modes
 * @param partner the data of the preset shown beside this one in the compare panel, on the same
 *                clock; null when there is none
 * @param pins    earlier runs drawn faint under the live curves of the time and engine panels (oldest first)
 */
public record FigureData(Preset preset, List<Frame> frames, List<CycleRecord> cycles,
                         StateSnapshot stateA, StateSnapshot stateB, double end, double[][] cellTemperatures,
                         FigureData partner, List<PinnedRun> pins) {

    public FigureData {
        frames = frames == null ? List.of() : frames;
        cycles = cycles == null ? List.of() : cycles;
        pins = pins == null ? List.of() : pins;
    }

    /** Data with no pins. */
    public FigureData(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                      StateSnapshot stateB, double end, double[][] cellTemperatures, FigureData partner) {
        this(preset, frames, cycles, stateA, stateB, end, cellTemperatures, partner, List.of());
    }

    /** Data with no partner. */
    public FigureData(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                      StateSnapshot stateB, double end, double[][] cellTemperatures) {
        this(preset, frames, cycles, stateA, stateB, end, cellTemperatures, null);
    }

    /** Data of a quantum mode: no cells. */
    public FigureData(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                      StateSnapshot stateB, double end) {
        this(preset, frames, cycles, stateA, stateB, end, null);
    }

    /** The same data with {@code other} beside it (the compare panel's second preset). */
    public FigureData withPartner(FigureData other) {
        return new FigureData(preset, frames, cycles, stateA, stateB, end, cellTemperatures, other, pins);
    }

    /** The same data with {@code pinned} runs drawn under it. */
    public FigureData withPins(List<PinnedRun> pinned) {
        return new FigureData(preset, frames, cycles, stateA, stateB, end, cellTemperatures, partner, pinned);
    }
}
