package dev.clausius.sweep;

import dev.clausius.thermo.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One number a sweep keeps of each point's run, named as its summary column: a statistic of a
 * time-series column ({@code final_S_A}, {@code max_I_AB}, {@code min_T_A_gen}, {@code t_max_I_AB})
 * or an engine's last-cycle figure ({@code eta_eq19}, {@code eta_energy}, {@code W_last_cycle}).
 */
public sealed interface SweepQuantity permits SweepQuantity.OfColumn, SweepQuantity.OfEngine {

    /** The summary CSV column name. */
    String columnName();

    /** The columns a sweep writes when none are asked for. */
    List<SweepQuantity> DEFAULTS = List.of(new OfColumn(Statistic.MAX, Column.SPOHN_PRODUCTION),
            new OfColumn(Statistic.FINAL, Column.MUTUAL_INFORMATION), new OfColumn(Statistic.FINAL, Column.ENTROPY_A),
            OfEngine.ETA_EQ19, OfEngine.ETA_ENERGY);

    /** How one time-series column is reduced to one number. */
    enum Statistic {
        /** The value at the last grid time, t_end. */
        FINAL("final_"),
        /** The largest value over the run (NaN values skipped; NaN when all are). */
        MAX("max_"),
        /** The smallest value over the run. */
        MIN("min_"),
        /** The time of the first maximum: the first grid time after which the series falls (see FirstPeak). */
        TIME_OF_FIRST_MAX("t_max_");

        private final String prefix;

        Statistic(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** A statistic of a time-series column. */
    record OfColumn(Statistic statistic, Column column) implements SweepQuantity {
        @Override
        public String columnName() {
            return statistic.prefix() + column.csvName();
        }
    }

    /** The last complete cycle's figures of an engine; NaN in the other modes. */
    enum OfEngine implements SweepQuantity {
        ETA_EQ19("eta_eq19"), ETA_ENERGY("eta_energy"), WORK_LAST_CYCLE("W_last_cycle");

        private final String columnName;

        OfEngine(String columnName) {
            this.columnName = columnName;
        }

        @Override
        public String columnName() {
            return columnName;
        }
    }

    /** Every quantity a sweep can keep, column statistics in column order first. */
    static List<SweepQuantity> all() {
        List<SweepQuantity> all = new ArrayList<>();
        for (Column column : Column.all()) {
            if (column == Column.TIME) {
                continue;
            }
            for (Statistic statistic : Statistic.values()) {
                all.add(new OfColumn(statistic, column));
            }
        }
        all.addAll(List.of(OfEngine.values()));
        return all;
    }

    /**
     * The quantity named {@code name} (its column name, e.g. {@code max_I_AB}); an
     * IllegalArgumentException listing the forms when there is none.
     */
    static SweepQuantity parse(String name) {
        String wanted = name.strip();
        for (SweepQuantity quantity : all()) {
            if (quantity.columnName().equals(wanted)) {
                return quantity;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "--summary '%s': expected final_C, max_C, min_C or t_max_C for a CSV column C (e.g. max_I_AB),"
                        + " or eta_eq19, eta_energy, W_last_cycle", name));
    }
}
