package dev.clausius.sweep;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.dynamics.engine.EngineSummary;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Runs one point's evolver over its whole grid and reduces the frames to the sweep's quantities. */
final class PointSummary {
    private PointSummary() {
    }

    /**
     * The quantities' values, in order. {@code cancelled} is asked between frames; when it says
     * true the run stops with a CancellationException.
     */
    static List<Double> of(Evolver evolver, TimeGrid grid, List<SweepQuantity> quantities, BooleanSupplier cancelled) {
        int n = quantities.size();
        double[] kept = new double[n];
        FirstPeak[] peaks = new FirstPeak[n];
        java.util.Arrays.fill(kept, Double.NaN);
        for (int k = 0; k < grid.size(); k++) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("sweep cancelled");
            }
            Frame frame = evolver.frameAt(grid.time(k));
            for (int q = 0; q < n; q++) {
                if (quantities.get(q) instanceof SweepQuantity.OfColumn of) {
                    double value = of.column().valueOf(frame);
                    if (of.statistic() == SweepQuantity.Statistic.TIME_OF_FIRST_MAX) {
                        peaks[q] = peaks[q] == null ? new FirstPeak() : peaks[q];
                        peaks[q].add(frame.time(), value);
                    } else if (keeps(of.statistic(), value, kept[q])) {
                        kept[q] = value;
                    }
                }
            }
        }
        EngineSummary engine = evolver instanceof EngineEvolver e ? e.summary() : null;
        List<Double> values = new ArrayList<>(n);
        for (int q = 0; q < n; q++) {
            SweepQuantity quantity = quantities.get(q);
            if (quantity instanceof SweepQuantity.OfColumn of) {
                values.add(of.statistic() == SweepQuantity.Statistic.TIME_OF_FIRST_MAX ? peaks[q].time() : kept[q]);
            } else {
                values.add(engine == null ? Double.NaN : engineValue((SweepQuantity.OfEngine) quantity, engine));
            }
        }
        return values;
    }

    private static double engineValue(SweepQuantity.OfEngine quantity, EngineSummary engine) {
        return switch (quantity) {
            case ETA_EQ19 -> engine.etaEq19();
            case ETA_ENERGY -> engine.etaEnergy();
            case WORK_LAST_CYCLE -> engine.work();
        };
    }

    /** Whether {@code value} replaces the kept one; NaN never replaces, and ties keep the first. */
    private static boolean keeps(SweepQuantity.Statistic statistic, double value, double kept) {
        if (Double.isNaN(value)) {
            return statistic == SweepQuantity.Statistic.FINAL;
        }
        return switch (statistic) {
            case FINAL -> true;
            case MAX -> Double.isNaN(kept) || value > kept;
            case MIN -> Double.isNaN(kept) || value < kept;
            case TIME_OF_FIRST_MAX -> throw new IllegalStateException("kept by FirstPeak");
        };
    }
}
