package dev.clausius.export;

import dev.clausius.figures.Curve;
import dev.clausius.figures.PinnedRun;
import dev.clausius.thermo.Frame;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Exactly the series a panel shows, at full resolution (every frame, not the decimated drawing):
 * t, then one column per curve, headed by its legend label as plain text
 * ({@code S_AB} for S_{AB}). Each pinned run adds its own time
 * column ({@code pin1_t}) and one column per curve it has ({@code pin1_S_A}): runs may have other
 * grids and lengths, so a pin's values stand on its own times, and a shorter run's cells are
 * empty below its last row.
 */
public final class PanelCsv {
    private PanelCsv() {
    }

    public static void write(List<Curve> curves, List<Frame> frames, Writer out) throws IOException {
        write(curves, frames, List.of(), null, out);
    }

    /** As {@link #write(List, List, Writer)}, with the curves of {@code pins} on panel {@code panel} after the live ones. */
    public static void write(List<Curve> curves, List<Frame> frames, List<PinnedRun> pins, String panel, Writer out)
            throws IOException {
        StringBuilder line = new StringBuilder("t");
        for (Curve curve : curves) {
            line.append(',').append(CsvField.csv(curve.plainLabel()));
        }
        List<PinColumns> pinned = new ArrayList<>();
        int rows = frames.size();
        for (PinnedRun pin : pins) {
            PinColumns columns = PinColumns.of(pin, panel, curves);
            pinned.add(columns);
            rows = Math.max(rows, pin.time().length);
            line.append(',').append(CsvField.csv(pin.column("t")));
            for (String header : columns.headers()) {
                line.append(',').append(CsvField.csv(header));
            }
        }
        out.write(line.append('\n').toString());
        for (int k = 0; k < rows; k++) {
            line.setLength(0);
            if (k < frames.size()) {
                Frame frame = frames.get(k);
                line.append(CsvWriter.format(frame.time()));
                for (Curve curve : curves) {
                    line.append(',').append(CsvWriter.format(curve.value().applyAsDouble(frame)));
                }
            } else {
                line.append(",".repeat(curves.size()));
            }
            for (PinColumns columns : pinned) {
                columns.appendRow(k, line);
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** A pin's columns on one panel: its times, then its values of each live curve it has. */
    private record PinColumns(double[] time, List<String> headers, List<double[]> values) {

        static PinColumns of(PinnedRun pin, String panel, List<Curve> curves) {
            List<String> headers = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (Curve curve : curves) {
                double[] series = pin.values(panel, curve.plainLabel());
                if (series != null) {
                    headers.add(pin.column(curve.plainLabel()));
                    values.add(series);
                }
            }
            return new PinColumns(pin.time(), headers, values);
        }

        void appendRow(int k, StringBuilder line) {
            boolean present = k < time.length;
            line.append(',');
            if (present) {
                line.append(CsvWriter.format(time[k]));
            }
            for (double[] series : values) {
                line.append(',');
                if (present) {
                    line.append(CsvWriter.format(series[k]));
                }
            }
        }
    }
}
