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
    private static final List<Column> COLUMNS = List.of(Column.values());
    private static final String HEADER = COLUMNS.stream().map(Column::csvName).collect(Collectors.joining(","));

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** The header line without its line end: every column name, in {@link Column} order. */
    public static String header() {
        return HEADER;
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
        out.write(HEADER);
        out.write('\n');
    }

    public void writeRow(Frame frame) throws IOException {
        line.setLength(0);
        for (Column column : COLUMNS) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(format(column.valueOf(frame)));
        }
        line.append('\n');
        out.append(line);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
