package dev.clausius.export;

import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;
import dev.clausius.thermo.Invariants;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Frames as the time-series CSV of docs/conventions.md: a header of every {@link Column} name in
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
    private final boolean warnings;
    private final StringBuilder line = new StringBuilder(512);

    /** A writer of the closed/open-mode columns. */
    public CsvWriter(Writer out) {
        this(out, Column.timeSeries());
    }

    /** A writer of the given columns, in that order (an engine adds its ledger columns). */
    public CsvWriter(Writer out, List<Column> columns) {
        this(out, columns, false);
    }

    /**
     * As above; with {@code warnings}, a last text column {@code warnings} lists the numerical
     * guards each row breaches ({@link InvariantLimit#warnings}), empty when all is well, so a
     * breach is in the file and never silent. Rows are then written by {@link #writeRow(Frame, Invariants)}.
     */
    public CsvWriter(Writer out, List<Column> columns, boolean warnings) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.warnings = warnings;
        this.header = header(this.columns) + (warnings ? "," + InvariantLimit.WARNINGS_COLUMN : "");
    }

    /** The closed/open-mode header line without its line end, in {@link Column} order. */
    public static String header() {
        return header(Column.timeSeries());
    }

    /** The header of {@code run --csv}: the closed/open-mode columns, then {@code warnings}. */
    public static String checkedHeader() {
        return header() + "," + InvariantLimit.WARNINGS_COLUMN;
    }

    public static String header(List<Column> columns) {
        return columns.stream().map(Column::csvName).collect(Collectors.joining(","));
    }

    /**
     * One number as the CSV writes it. {@link Double#toString} is the shortest decimal that parses
     * back to the same double, so no precision is lost; its spellings of the special values,
     * {@code NaN}, {@code Infinity} and {@code -Infinity}, are what Python's float() and Java's
     * parseDouble read, and NaN is the format's only word for a value that does not exist.
     */
    public static String format(double value) {
        return Double.toString(value);
    }

    public void writeHeader() throws IOException {
        out.write(header);
        out.write('\n');
    }

    /** A row without the warnings column (a writer made without it). */
    public void writeRow(Frame frame) throws IOException {
        if (warnings) {
            throw new IllegalStateException("this CSV has a warnings column: write rows with their invariants");
        }
        appendNumbers(frame);
        line.append('\n');
        out.append(line);
    }

    /** A row with its warnings: the guards {@code invariants} breaches (the names contain no comma). */
    public void writeRow(Frame frame, Invariants invariants) throws IOException {
        if (!warnings) {
            throw new IllegalStateException("this CSV has no warnings column");
        }
        appendNumbers(frame);
        line.append(',').append(InvariantLimit.warnings(invariants)).append('\n');
        out.append(line);
    }

    private void appendNumbers(Frame frame) {
        line.setLength(0);
        for (Column column : columns) {
            if (line.length() > 0) {
                line.append(',');
            }
            double value = column.valueOf(frame);
            line.append(column.isCount() && Double.isFinite(value) ? Long.toString((long) value) : format(value));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
