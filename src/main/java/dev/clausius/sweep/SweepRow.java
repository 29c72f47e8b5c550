package dev.clausius.sweep;

import java.util.List;

/** One finished point: its grid point and the sweep's quantities, in the plan's order. */
public record SweepRow(SweepPoint point, List<Double> values) {
    public SweepRow {
        values = List.copyOf(values);
    }
}
