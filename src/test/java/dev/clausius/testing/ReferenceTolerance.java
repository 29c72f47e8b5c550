package dev.clausius.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.thermo.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison the reference cases of src/test/resources/refs came with (computed independently
 * with QuTiP, numpy and mpmath): column by column at atol 1e-8, rtol 1e-7; a non-finite reference
 * value is not checked, and T_gen is checked where |dS| > 1e-6 with the tolerance dS and dQ grant.
 * Every column of every mode is checked; a mode's own columns (engine, classical) where the
 * reference has them, and then all of them (a classical reference has its four).
 */
public final class ReferenceTolerance {
    private static final double ATOL = 1e-8;
    private static final double RTOL = 1e-7;

    /** A computed value of a column at a row. */
    @FunctionalInterface
    public interface Values {
        double at(Column column, int row);
    }

    private ReferenceTolerance() {
    }

    /** Asserts every time-series column of {@code got} against {@code ref} over its rows. */
    public static void assertMatches(String name, ReferenceSeries ref, Values got) {
        List<Column> columns = columns(ref);
        int checked = 0;
        int finite = 0;
        for (int k = 0; k < ref.rows(); k++) {
            for (Column column : columns) {
                double expected = ref.value(column.csvName(), k);
                double value = got.at(column, k);
                if (!Double.isFinite(expected)) {
                    continue;
                }
                finite++;
                double tolerance = ATOL + RTOL * Math.abs(expected);
                if (column == Column.GENERALIZED_TEMPERATURE_A || column == Column.GENERALIZED_TEMPERATURE_B) {
                    boolean isA = column == Column.GENERALIZED_TEMPERATURE_A;
                    double ds = ref.value(isA ? "dS_A" : "dS_B", k);
                    double dq = ref.value(isA ? "dQ_A" : "dQ_B", k);
                    if (Math.abs(ds) <= 1e-6) {
                        continue;
                    }
                    tolerance += ((ATOL + RTOL * Math.abs(dq)) + Math.abs(expected) * (ATOL + RTOL * Math.abs(ds))) / Math.abs(ds);
                }
                assertTrue(Math.abs(value - expected) <= tolerance, name + " " + column.csvName() + " at t="
                        + ref.value("t", k) + ": got " + value + ", ref " + expected);
                checked++;
            }
        }
        // everything finite in the reference is checked, but T_gen where |dS| <= 1e-6
        assertTrue(checked > 0.9 * finite && checked > 8 * ref.rows(), "checked " + checked + " of " + finite);
    }

    /** The closed/open columns, and the engine's or the classical mode's when the reference has one of them. */
    static List<Column> columns(ReferenceSeries ref) {
        List<Column> columns = new ArrayList<>(Column.timeSeries());
        for (List<Column> mode : List.of(Column.engineTimeSeries(), Column.classicalTimeSeries())) {
            List<Column> own = mode.stream().filter(c -> !Column.timeSeries().contains(c)).toList();
            if (own.stream().anyMatch(c -> ref.has(c.csvName()))) {
                own.forEach(c -> assertTrue(ref.has(c.csvName()), "the reference lacks " + c.csvName()));
                columns.addAll(own);
            }
        }
        return columns;
    }
}
