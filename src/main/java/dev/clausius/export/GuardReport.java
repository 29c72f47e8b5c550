package dev.clausius.export;

import java.util.Locale;

/**
 * How many rows of a written time series breached a numerical guard, and the first breach: the
 * warnings column has every row, this is the one line that makes sure nobody misses it.
 *
 * @param rows          rows written
 * @param breachedRows  rows with a non-empty warnings column
 * @param firstTime     t of the first such row (NaN when none)
 * @param firstWarnings its warnings, e.g. {@code trace;positivity} (empty when none)
 */
public record GuardReport(long rows, long breachedRows, double firstTime, String firstWarnings) {

    public boolean clean() {
        return breachedRows == 0;
    }

    /** One line for stderr, e.g. "3 of 401 rows breach a numerical check (first at t = 2.5: positivity); ...". */
    public String line() {
        return String.format(Locale.ROOT, "%d of %d rows breach a numerical check (first at t = %s: %s); "
                + "their warnings column names it, and those values may be wrong", breachedRows, rows,
                CsvWriter.format(firstTime), firstWarnings.replace(";", ", "));
    }
}
