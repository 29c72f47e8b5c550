package dev.clausius.app.sweep;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.sweep.SweepFigure;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepQuantity;
import dev.clausius.sweep.SweepRow;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A planned sweep as the explorer shows it: the plan (every point's preset, read and checked), the
 * file its base preset came from (null: an unsaved preset), what the axes are called, whether to
 * fit eta_inf - a/tau, and how its rows become the figure: the plan's first quantity against the
 * axes. No JavaFX: the export draws the same figure off the FX thread.
 *
 * @param title       the window's heading (a shipped example's name)
 * @param description what the sweep shows (a shipped example's), or empty
 */
record SweepSpec(SweepPlan plan, Path presetFile, String stem, List<String> axisLabels, boolean fit, String title,
                 String description) {

    SweepSpec {
        axisLabels = List.copyOf(axisLabels);
    }

    SweepQuantity plotted() {
        return plan.quantities().get(0);
    }

    boolean twoAxes() {
        return plan.axes().size() == 2;
    }

    /** A fresh figure of {@code rows} (the finished points, any order). */
    SweepFigure figure(List<SweepRow> rows) {
        return figure(rows, Texts.english());
    }

    /** As {@link #figure(List)}, its words in {@code texts}' language. */
    SweepFigure figure(List<SweepRow> rows, Texts texts) {
        SweepFigure figure = new SweepFigure(twoAxes(), texts);
        draw(figure, rows);
        return figure;
    }

    /** Draws {@code rows} on {@code figure}; points not among them are left out. */
    void draw(SweepFigure figure, List<SweepRow> rows) {
        double[] values = new double[plan.points().size()];
        Arrays.fill(values, Double.NaN);
        for (SweepRow row : rows) {
            values[row.point().index()] = row.values().get(0);
        }
        String quantity = plotted().columnName();
        if (twoAxes()) {
            figure.show(new SweepFigure.HeatMap(axisLabels.get(0), axisLabels.get(1), quantity, axisValues(0),
                    axisValues(1), values, plan.axes().get(0).logarithmic(), plan.axes().get(1).logarithmic()));
        } else {
            figure.show(new SweepFigure.Curve(axisLabels.get(0), quantity, plan.axes().get(0).logarithmic(),
                    axisValues(0), values, efficiency() ? etaCarnot() : null, fit));
        }
    }

    /** The values of axis {@code a}, in order. */
    double[] axisValues(int a) {
        double[] values = new double[plan.axes().get(a).count()];
        for (int i = 0; i < values.length; i++) {
            values[i] = plan.axes().get(a).value(i);
        }
        return values;
    }

    /** Whether the plotted quantity is an engine's efficiency, drawn against Carnot's and Curzon-Ahlborn's. */
    private boolean efficiency() {
        return (plotted() == SweepQuantity.OfEngine.ETA_EQ19 || plotted() == SweepQuantity.OfEngine.ETA_ENERGY)
                && plan.presets().get(0).mode() == Mode.ENGINE;
    }

    /** 1 - T_c/T_h of every point (the baths may be swept too). */
    private double[] etaCarnot() {
        double[] eta = new double[plan.presets().size()];
        for (int i = 0; i < eta.length; i++) {
            Preset preset = plan.presets().get(i);
            eta[i] = 1 - preset.engine().cold().temperature() / preset.engine().hot().temperature();
        }
        return eta;
    }
}
