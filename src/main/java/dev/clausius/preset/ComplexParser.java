package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.List;

/** Complex numbers ({@code 0.5} or {"re": x, "im": y}) and complex square matrices. */
final class ComplexParser {
    /**
     * A matrix larger than any subsystem of another kind (4096 levels, 12 spins): refused before
     * reading its rows, on any machine. Whether the whole system fits is the memory check's call.
     */
    static final int LARGEST_MATRIX = DimensionLimits.MOST_LEVELS;

    /** Beyond this many problems inside one matrix the rest would only bury the first ones. */
    private static final int PROBLEMS_PER_MATRIX = 10;

    private static final List<String> PARTS = List.of("re", "im");

    private ComplexParser() {
    }

    /** A required complex number, or null (reported). */
    static ComplexValue value(JsonCursor c) {
        if (!c.require()) {
            return null;
        }
        if (c.isNumber()) {
            double re = c.number(Bound.ANY);
            return Double.isNaN(re) ? null : ComplexValue.real(re);
        }
        if (c.isObject()) {
            c.object(PARTS);
            double re = c.field("re").number(Bound.ANY);
            double im = c.field("im").optionalNumber(0, Bound.ANY);
            return Double.isNaN(re) || Double.isNaN(im) ? null : new ComplexValue(re, im);
        }
        c.problem("must be a number or {\"re\": x, \"im\": y}, got " + c.got());
        return null;
    }

    /** A required complex square matrix, or null (reported). */
    static ComplexArray matrix(JsonCursor c) {
        if (!c.require()) {
            return null;
        }
        if (c.isArray()) {
            double[][] re = square(c, -1);
            return re == null ? null : ComplexArray.real(re);
        }
        if (c.isObject()) {
            c.object(PARTS);
            double[][] re = square(c.field("re"), -1);
            JsonCursor imaginary = c.field("im");
            if (!imaginary.isPresent()) {
                return re == null ? null : ComplexArray.real(re);
            }
            // With a broken re there is no shape to compare im with; still read it for its own problems.
            double[][] im = square(imaginary, re == null ? -1 : re.length);
            return re == null || im == null ? null : new ComplexArray(re, im);
        }
        c.problem("must be a matrix: [[...]] or {\"re\": [[...]], \"im\": [[...]]}, got " + c.got());
        return null;
    }

    /**
     * A square list of rows of numbers. {@code rows} is the required size (the shape of re, when
     * reading im), or -1 when the number of rows sets it.
     */
    private static double[][] square(JsonCursor c, int rows) {
        List<JsonCursor> rowCursors = c.list();
        if (rowCursors == null) {
            return null;
        }
        int n = rows < 0 ? rowCursors.size() : rows;
        if (rowCursors.isEmpty()) {
            c.problem("must not be empty");
            return null;
        }
        if (rowCursors.stream().noneMatch(JsonCursor::isArray)) {
            // A flat list such as [1, 0, 0, 1]: one message, not one per entry.
            c.problem("must be a list of rows such as [[1, 0], [0, -1]], got a list without rows");
            return null;
        }
        if (rows >= 0 && rowCursors.size() != rows) {
            c.problem("has " + rowCursors.size() + " rows, expected " + rows + " (the same shape as re)");
            return null;
        }
        if (n > LARGEST_MATRIX) {
            c.problem("is " + n + " x " + n + "; the largest matrix Clausius handles is "
                    + LARGEST_MATRIX + " x " + LARGEST_MATRIX);
            return null;
        }
        int before = c.problems().count();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (c.problems().count() - before >= PROBLEMS_PER_MATRIX) {
                c.problem("more problems in this matrix are not listed");
                return null;
            }
            readRow(rowCursors.get(i), m[i], before);
        }
        return c.problems().count() == before ? m : null;
    }

    private static void readRow(JsonCursor row, double[] into, int problemsBefore) {
        List<JsonCursor> entries = row.list();
        if (entries == null) {
            return;
        }
        if (entries.size() != into.length) {
            row.problem("row has " + entries.size() + " entries, expected " + into.length
                    + " (the matrix must be square)");
            return;
        }
        for (int j = 0; j < into.length && row.problems().count() - problemsBefore < PROBLEMS_PER_MATRIX; j++) {
            into[j] = entries.get(j).number(Bound.ANY);
        }
    }
}
