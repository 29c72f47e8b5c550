package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.StateSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One evolution over a grid, kept whole: every frame (figures draw them, the CSV writes exactly
 * them), an engine's completed cycles and the reduced states at the last frame.
 */
public record RecordedRun(Preset preset, List<Frame> frames, List<CycleRecord> cycles,
                          StateSnapshot stateA, StateSnapshot stateB, List<Column> columns, double end) {

    public static RecordedRun of(Preset preset, Evolver evolver, TimeGrid grid) {
        List<Frame> frames = new ArrayList<>(grid.size());
        for (int k = 0; k < grid.size(); k++) {
            frames.add(evolver.frameAt(grid.time(k)));
        }
        List<CycleRecord> cycles = evolver instanceof EngineEvolver engine ? engine.completedCycles() : List.of();
        return new RecordedRun(preset, List.copyOf(frames), cycles, evolver.stateA(), evolver.stateB(),
                evolver.columns(), grid.end());
    }

    public FigureData figureData() {
        return new FigureData(preset, frames, cycles, stateA, stateB, end);
    }

    /** The time series as CONTRACT.md's CSV. */
    public void writeCsv(Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out, columns);
        csv.writeHeader();
        for (Frame frame : frames) {
            csv.writeRow(frame);
        }
        csv.flush();
    }
}
