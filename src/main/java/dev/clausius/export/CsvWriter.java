package dev.clausius.export;

import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Frames as the time-series CSV of CONTRACT.md: a header of every {@link Column} name in
 * enum order, then one row per frame, comma-separated, {@code \n} line ends.
 *
 * <p>Rows go straight to the underlying writer, so a run of 10^6 frames never holds more than one
 * line in memory. The caller owns the writer: this class flushes but never closes it (it may be
 * standard output).
 */
public final class CsvWriter implements Flushable {
    private final Writer out;
    private final List<Column> columns;
    private final String header;
    private final StringBuilder line = new StringBuilder(512);

    /** A writer of the closed/open-mode columns. */
    public CsvWriter(Writer out) {
        this(out, Column.timeSeries());
    }

    /** A writer of the given columns, in that order (an engine adds its ledger columns). */
    public CsvWriter(Writer out, List<Column> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.header = header(this.columns);
    }

    /** The closed/open-mode header line without its line end, in {@link Column} order. */
    public static String header() {
        return header(Column.timeSeries());
    }

    public static String header(List<Column> columns) {
        return columns.stream().map(Column::csvName).collect(Collectors.joining(","));
    }

    /**
     * One number as the CSV writes it. {@link Double#toString} is the shortest decimal that parses
     * back to the same double, so no precision is lost; its spellings of the special values,
     * {@code NaN}, {@code Infinity} and {@code -Infinity}, are what Python's float() and Java's
     * parseDouble read, and NaN is the contract's only word for a value that does not exist.
     */
    public static String format(double value) {
        return Double.toString(value);
    }

    public void writeHeader() throws IOException {
        out.write(header);
        out.write('\n');
    }

    public void writeRow(Frame frame) throws IOException {
        line.setLength(0);
        for (Column column : columns) {
            if (line.length() > 0) {
                line.append(',');
            }
            double value = column.valueOf(frame);
            line.append(column.isCount() && Double.isFinite(value) ? Long.toString((long) value) : format(value));
        }
        line.append('\n');
        out.append(line);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
