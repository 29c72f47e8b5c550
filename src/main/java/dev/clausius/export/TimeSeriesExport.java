package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;

import java.io.IOException;
import java.io.Writer;

/** Evolves on a grid and streams each frame into a CSV as soon as it is computed. */
public final class TimeSeriesExport {
    private TimeSeriesExport() {
    }

    /** Writes the header and one row per grid time t_k = k dt, k = 0..round(end/dt), then flushes. */
    public static void writeCsv(Evolver evolver, TimeGrid grid, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out, evolver.columns());
        csv.writeHeader();
        int rows = grid.size();
        for (int k = 0; k < rows; k++) {
            csv.writeRow(evolver.frameAt(grid.time(k)));
        }
        csv.flush();
    }
}
