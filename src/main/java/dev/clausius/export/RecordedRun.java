package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.PinnedRun;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One evolution over a grid, kept whole: every frame (figures draw them, the CSV writes exactly
 * them), an engine's completed cycles, the reduced states at the last frame, the numerical
 * guards of every frame ({@code invariants}: one per frame, or empty where nothing was checked) and,
 * in classical mode, the cell temperatures at the last frame (null otherwise; the scene draws them),
 * and the explorer's pinned runs drawn and written beside it ({@code pins}; empty for the command line).
 */
public record RecordedRun(Preset preset, List<Frame> frames, List<CycleRecord> cycles,
                          StateSnapshot stateA, StateSnapshot stateB, List<Column> columns, double end,
                          List<Invariants> invariants, double[][] cellTemperatures, List<PinnedRun> pins) {

    public RecordedRun {
        pins = pins == null ? List.of() : List.copyOf(pins);
    }

    /** A run without pins. */
    public RecordedRun(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                       StateSnapshot stateB, List<Column> columns, double end, List<Invariants> invariants,
                       double[][] cellTemperatures) {
        this(preset, frames, cycles, stateA, stateB, columns, end, invariants, cellTemperatures, List.of());
    }

    /** A run without cells (the quantum modes). */
    public RecordedRun(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                       StateSnapshot stateB, List<Column> columns, double end, List<Invariants> invariants) {
        this(preset, frames, cycles, stateA, stateB, columns, end, invariants, null);
    }

    /** A run whose frames were not checked (the explorer's panel exports): its CSV has no warnings column. */
    public RecordedRun(Preset preset, List<Frame> frames, List<CycleRecord> cycles, StateSnapshot stateA,
                       StateSnapshot stateB, List<Column> columns, double end) {
        this(preset, frames, cycles, stateA, stateB, columns, end, List.of());
    }

    /** What the explorer has recorded so far, with its pins (its frames were not checked: no warnings column). */
    public static RecordedRun of(FigureData data) {
        return new RecordedRun(data.preset(), data.frames(), data.cycles(), data.stateA(), data.stateB(), List.of(),
                data.end(), List.of(), data.cellTemperatures(), data.pins());
    }

    public static RecordedRun of(Preset preset, Evolver evolver, TimeGrid grid) {
        List<Frame> frames = new ArrayList<>(grid.size());
        List<Invariants> invariants = new ArrayList<>(grid.size());
        for (int k = 0; k < grid.size(); k++) {
            frames.add(evolver.frameAt(grid.time(k)));
            invariants.add(evolver.invariants());
        }
        List<CycleRecord> cycles = evolver instanceof EngineEvolver engine ? engine.completedCycles() : List.of();
        return new RecordedRun(preset, List.copyOf(frames), cycles, evolver.stateA(), evolver.stateB(),
                evolver.columns(), grid.end(), List.copyOf(invariants), evolver.cellTemperatures());
    }

    public FigureData figureData() {
        return new FigureData(preset, frames, cycles, stateA, stateB, end, cellTemperatures, null, pins);
    }

    /** The time series as the CSV of docs/conventions.md. */
    public void writeCsv(Writer out) throws IOException {
        boolean checked = !frames.isEmpty() && invariants.size() == frames.size();
        CsvWriter csv = new CsvWriter(out, columns, checked);
        csv.writeHeader();
        for (int k = 0; k < frames.size(); k++) {
            if (checked) {
                csv.writeRow(frames.get(k), invariants.get(k));
            } else {
                csv.writeRow(frames.get(k));
            }
        }
        csv.flush();
    }
}
