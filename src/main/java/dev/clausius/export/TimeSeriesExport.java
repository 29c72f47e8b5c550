package dev.clausius.export;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;
import dev.clausius.thermo.Invariants;

import java.io.IOException;
import java.io.Writer;

/** Evolves on a grid and streams each frame into a CSV as soon as it is computed. */
public final class TimeSeriesExport {
    private TimeSeriesExport() {
    }

    /**
     * Writes the header and one row per grid time t_k = k dt, k = 0..round(end/dt), then flushes.
     * Every row's state is checked (trace, Hermiticity, positivity, and in closed mode S_AB and
     * energy); the last column, {@code warnings}, names each guard beyond its threshold.
     *
     * @return how many rows breached a guard, and the first of them
     */
    public static GuardReport writeCsv(Evolver evolver, TimeGrid grid, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out, evolver.columns(), true);
        csv.writeHeader();
        int rows = grid.size();
        long breached = 0;
        double firstTime = Double.NaN;
        String first = "";
        for (int k = 0; k < rows; k++) {
            Frame frame = evolver.frameAt(grid.time(k));
            Invariants invariants = evolver.invariants();
            csv.writeRow(frame, invariants);
            String warnings = InvariantLimit.warnings(invariants);
            if (!warnings.isEmpty() && breached++ == 0) {
                firstTime = frame.time();
                first = warnings;
            }
        }
        csv.flush();
        return new GuardReport(rows, breached, firstTime, first);
    }
}
