package dev.clausius.figures.sweep;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.look.Palette;
import dev.clausius.figures.SeriesDataset;
import dev.clausius.figures.look.Dash;
import dev.clausius.figures.Charts;
import dev.clausius.figures.Curve;
import dev.clausius.figures.FigureStyle;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter sweep's result: one swept parameter gives a curve of the quantity against it (for an
 * engine's efficiency with eta_Carnot and eta_CA beside it, and optionally the fit
 * eta_inf - a/tau); two give a heat map. Points arrive as they finish, so every update replaces the
 * data wholesale. JFreeChart only, no JavaFX: the explorer shows it and the export draws it.
 */
public final class SweepFigure {
    /** A click further than this from every point (in drawing units) picks none. */
    static final double PICK_RADIUS = 25;
    private static final int FIT_SAMPLES = 120;
    private static final int SCALE_STEPS = 24;

    /**
     * One swept parameter: the quantity {@code y} (NaN: not finished) at each value {@code x}, in the
     * sweep's order.
     *
     * @param etaCarnot 1 - T_c/T_h at each point for an engine's efficiency, or null: no references
     * @param fit       whether to draw the least-squares eta_inf - a/tau through the points (x is tau)
     */
    public record Curve(String xLabel, String yLabel, boolean logX, double[] x, double[] y, double[] etaCarnot,
                        boolean fit) {
    }

    /**
     * Two swept parameters: {@code z[i * y.length + j]} at (x[i], y[j]) (the sweep's point order,
     * the second axis fastest), NaN where not finished. A logarithmic axis is drawn in log10 of its values.
     */
    public record HeatMap(String xLabel, String yLabel, String zLabel, double[] x, double[] y, double[] z,
                          boolean logX, boolean logY) {
    }

    private final boolean twoAxes;
    private final JFreeChart chart;
    private final XYPlot plot;
    private final XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(true, true);
    private final XYLineAndShapeRenderer fitRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer referenceRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYBlockRenderer blocks = new XYBlockRenderer();
    private PaintScaleLegend scaleLegend;
    /** The reference efficiencies' values under the plot (a line may lie outside the range drawn). */
    private final TextTitle referenceText = new TextTitle("");
    /** The point index of each drawn item of dataset 0, in item order. */
    private int[] drawnPoints = new int[0];
    private InverseTauFit fit;
    private FigureStyle style = FigureStyle.NORMAL;
    private final Texts texts;

    /** An empty figure for a sweep of one ({@code twoAxes} false) or two parameters. */
    public SweepFigure(boolean twoAxes) {
        this(twoAxes, Texts.english());
    }

    /** As {@link #SweepFigure(boolean)}, its words and numbers in {@code texts}' language. */
    public SweepFigure(boolean twoAxes, Texts texts) {
        this.twoAxes = twoAxes;
        this.texts = texts;
        plot = new XYPlot();
        plot.setDomainAxis(Charts.valueAxis(Charts.text(texts, "figure.sweep.parameter")));
        plot.setRangeAxis(Charts.valueAxis(Charts.text(texts, "figure.sweep.quantity")));
        if (twoAxes) {
            blocks.setBlockAnchor(RectangleAnchor.CENTER);
            plot.setRenderer(0, blocks);
            plot.setDataset(0, new DefaultXYZDataset());
        } else {
            pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            pointRenderer.setSeriesPaint(0, Palette.BLUE);
            fitRenderer.setSeriesPaint(0, Palette.VERMILLION);
            referenceRenderer.setSeriesPaint(0, Palette.REFERENCE);
            referenceRenderer.setSeriesPaint(1, Palette.REFERENCE);
            // one path per series: the fit's and the bounds' dashes run on across their points
            fitRenderer.setDrawSeriesLineAsPath(true);
            referenceRenderer.setDrawSeriesLineAsPath(true);
            plot.setRenderer(0, pointRenderer);
            plot.setRenderer(1, fitRenderer);
            plot.setRenderer(2, referenceRenderer);
        }
        chart = Charts.chart(plot, !twoAxes);
        referenceText.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(referenceText);
        Charts.localizeTicks(chart, texts); // a decimal comma in German and Spanish, on new axes too
        style(FigureStyle.NORMAL);
    }

    public JFreeChart chart() {
        return chart;
    }

    public boolean twoAxes() {
        return twoAxes;
    }

    /** The drawn points (series 0 of dataset 0: the curve's finished points, or the heat map's cells). */
    public XYDataset points() {
        return plot.getDataset(0);
    }

    /** The line under the plot naming eta_Carnot and eta_CA (empty when there are none). */
    public String referenceText() {
        return referenceText.getText();
    }

    /** The fit drawn with the last curve, or null. */
    public InverseTauFit fit() {
        return fit;
    }

    /** Draws {@code curve} (a one-parameter figure only). */
    public void show(Curve curve) {
        requireKind(false);
        plot.setDomainAxis(axis(curve.xLabel(), curve.logX()));
        plot.setRangeAxis(Charts.valueAxis(curve.yLabel()));
        List<Integer> finished = new ArrayList<>();
        for (int i = 0; i < curve.x().length; i++) {
            if (Double.isFinite(curve.y()[i]) && (!curve.logX() || curve.x()[i] > 0)) {
                finished.add(i);
            }
        }
        drawnPoints = finished.stream().mapToInt(Integer::intValue).toArray();
        SeriesDataset points = new SeriesDataset(List.of(curve.yLabel()));
        points.set(0, pick(curve.x(), drawnPoints), pick(curve.y(), drawnPoints));
        plot.setDataset(0, points);
        fit = curve.fit() ? InverseTauFit.of(curve.x(), curve.y()) : null;
        plot.setDataset(1, fit == null ? null : fitLine(curve, fit));
        plot.clearRangeMarkers();
        plot.setDataset(2, null);
        referenceText.setText("");
        if (curve.etaCarnot() != null) {
            references(curve);
        }
        Charts.localizeTicks(chart, texts); // a decimal comma in German and Spanish, on new axes too
        style(style);
    }

    /** Draws {@code map} (a two-parameter figure only). */
    public void show(HeatMap map) {
        requireKind(true);
        double[] xs = scaled(map.x(), map.logX());
        double[] ys = scaled(map.y(), map.logY());
        plot.setDomainAxis(Charts.valueAxis(map.logX() ? "log10 " + map.xLabel() : map.xLabel()));
        plot.setRangeAxis(Charts.valueAxis(map.logY() ? "log10 " + map.yLabel() : map.yLabel()));
        List<Integer> finished = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < map.z().length; k++) {
            if (Double.isFinite(map.z()[k])) {
                finished.add(k);
                low = Math.min(low, map.z()[k]);
                high = Math.max(high, map.z()[k]);
            }
        }
        drawnPoints = finished.stream().mapToInt(Integer::intValue).toArray();
        double[][] cells = new double[3][drawnPoints.length];
        for (int n = 0; n < drawnPoints.length; n++) {
            int k = drawnPoints[n];
            cells[0][n] = xs[k / ys.length];
            cells[1][n] = ys[k % ys.length];
            cells[2][n] = map.z()[k];
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(map.zLabel(), cells);
        plot.setDataset(0, data);
        blocks.setBlockWidth(spacing(xs));
        blocks.setBlockHeight(spacing(ys));
        LookupPaintScale scale = scale(low, high);
        blocks.setPaintScale(scale);
        // the whole grid stays in view while it fills in
        plot.getDomainAxis().setRange(Math.min(xs[0], xs[xs.length - 1]) - spacing(xs) / 2,
                Math.max(xs[0], xs[xs.length - 1]) + spacing(xs) / 2);
        plot.getRangeAxis().setRange(Math.min(ys[0], ys[ys.length - 1]) - spacing(ys) / 2,
                Math.max(ys[0], ys[ys.length - 1]) + spacing(ys) / 2);
        if (scaleLegend != null) {
            chart.removeSubtitle(scaleLegend);
        }
        NumberAxis scaleAxis = new NumberAxis(map.zLabel());
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        scaleLegend = new PaintScaleLegend(scale, scaleAxis);
        scaleLegend.setPosition(RectangleEdge.RIGHT);
        scaleLegend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(scaleLegend);
        Charts.localizeTicks(chart, texts); // a decimal comma in German and Spanish, on new axes too
        style(style);
    }

    /** The point index (position in the sweep's point list) drawn nearest (x, y), or -1 for none near. */
    public int nearest(Rectangle2D dataArea, double x, double y) {
        int best = -1;
        double bestDistance = twoAxes ? Double.POSITIVE_INFINITY : PICK_RADIUS;
        XYDataset data = points();
        for (int item = 0; item < drawnPoints.length; item++) {
            Point2D at = toScreen(dataArea, data.getXValue(0, item), data.getYValue(0, item));
            double distance = at.distance(x, y);
            if (distance <= bestDistance) {
                best = drawnPoints[item];
                bestDistance = distance;
            }
        }
        return twoAxes && !dataArea.contains(x, y) ? -1 : best;
    }

    /** Where point {@code index} is drawn in {@code dataArea}, or null if it is not drawn. */
    public Point2D screenPoint(Rectangle2D dataArea, int index) {
        for (int item = 0; item < drawnPoints.length; item++) {
            if (drawnPoints[item] == index) {
                return toScreen(dataArea, points().getXValue(0, item), points().getYValue(0, item));
            }
        }
        return null;
    }

    /** Fonts, strokes and grid of {@code newStyle} (normal or projector). */
    public void style(FigureStyle newStyle) {
        style = newStyle;
        newStyle.applyTo(chart);
        pointRenderer.setSeriesStroke(0, newStyle.stroke(Dash.SOLID));
        fitRenderer.setSeriesStroke(0, newStyle.stroke(Dash.DASHED));
        referenceRenderer.setSeriesStroke(0, newStyle.referenceStroke());
        referenceRenderer.setSeriesStroke(1, newStyle.stroke(Dash.DOTTED));
        if (scaleLegend != null) {
            scaleLegend.getAxis().setTickLabelFont(newStyle.tickFont());
            scaleLegend.getAxis().setLabelFont(newStyle.labelFont());
        }
    }

    private Point2D toScreen(Rectangle2D dataArea, double x, double y) {
        return new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, dataArea, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, dataArea, plot.getRangeAxisEdge()));
    }

    private void requireKind(boolean wantedTwoAxes) {
        if (twoAxes != wantedTwoAxes) {
            throw new IllegalStateException("a " + (twoAxes ? "two" : "one") + "-parameter sweep figure");
        }
    }

    /** The references as labelled lines when every point has the same baths, else as curves. */
    private void references(Curve curve) {
        double[] carnot = curve.etaCarnot();
        double[] curzonAhlborn = new double[carnot.length];
        boolean constant = true;
        for (int i = 0; i < carnot.length; i++) {
            curzonAhlborn[i] = 1 - Math.sqrt(1 - carnot[i]);
            constant &= Double.compare(carnot[i], carnot[0]) == 0;
        }
        if (carnot.length == 0) {
            return;
        }
        if (constant) {
            // the bound stays in view with room for its label above the line; eta_CA is drawn
            // when the points come near it, and named below the plot either way
            double low = Double.POSITIVE_INFINITY;
            double high = carnot[0];
            for (double y : curve.y()) {
                if (Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
            if (low < high) {
                plot.getRangeAxis().setRange(low - 0.05 * (high - low), high + 0.12 * (high - low));
            }
            Charts.reference(plot, "η_Carnot = " + Charts.number(carnot[0], texts), carnot[0], true);
            Charts.reference(plot, "η_CA = " + Charts.number(curzonAhlborn[0], texts), curzonAhlborn[0], true);
            referenceText.setText("η_Carnot = 1 − T_c/T_h = " + Charts.number(carnot[0], texts) + ",  η_CA = 1 − √(T_c/T_h) = "
                    + Charts.number(curzonAhlborn[0], texts));
            return;
        }
        SeriesDataset lines = new SeriesDataset(List.of("η_Carnot = 1 − T_c/T_h", "η_CA = 1 − √(T_c/T_h)"));
        lines.set(0, curve.x().clone(), carnot.clone());
        lines.set(1, curve.x().clone(), curzonAhlborn);
        plot.setDataset(2, lines);
    }

    private SeriesDataset fitLine(Curve curve, InverseTauFit fit) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.x().length; i++) {
            if (curve.x()[i] > 0 && Double.isFinite(curve.y()[i])) {
                low = Math.min(low, curve.x()[i]);
                high = Math.max(high, curve.x()[i]);
            }
        }
        double[] tau = new double[FIT_SAMPLES];
        double[] eta = new double[FIT_SAMPLES];
        for (int k = 0; k < FIT_SAMPLES; k++) {
            double f = k / (FIT_SAMPLES - 1.0);
            tau[k] = curve.logX() ? low * Math.pow(high / low, f) : low + (high - low) * f;
            eta[k] = fit.at(tau[k]);
        }
        String name = "fit η_∞ − a/τ: η_∞ = " + Charts.number(fit.etaInfinity()) + ", a = " + Charts.number(fit.a());
        String shown = Charts.text(texts, "figure.sweep.fit", "η_∞ − a/τ", "η_∞ = " + Charts.number(fit.etaInfinity(), texts)
                + ", a = " + Charts.number(fit.a(), texts));
        SeriesDataset line = new SeriesDataset(List.of(shown), List.of(name));
        line.set(0, tau, eta);
        return line;
    }

    private static ValueAxis axis(String label, boolean log) {
        if (!log) {
            return Charts.valueAxis(label);
        }
        // ticks at 1..9 times powers of ten, labelled as plain numbers (20, 50, 100), not 10^1.4
        LogarithmicAxis axis = new LogarithmicAxis(label);
        axis.setStrictValuesFlag(false);
        axis.setAutoRangeNextLogFlag(false);
        return axis;
    }

    private static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int n = 0; n < indices.length; n++) {
            picked[n] = values[indices[n]];
        }
        return picked;
    }

    private static double[] scaled(double[] values, boolean log) {
        double[] out = values.clone();
        if (log) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.log10(out[i]);
            }
        }
        return out;
    }

    /** The grid step of evenly spaced values (1 for a single value, so its cell has a width). */
    private static double spacing(double[] values) {
        return values.length < 2 || values[1] == values[0] ? 1 : Math.abs(values[1] - values[0]);
    }

    /** White to Okabe-Ito blue over [low, high], one hue, readable in grey-scale. */
    private static LookupPaintScale scale(double low, double high) {
        if (!(high > low)) {
            double centre = Double.isFinite(low) ? low : 0;
            double half = Math.max(Math.abs(centre) * 1e-6, 1e-12);
            low = centre - half;
            high = centre + half;
        }
        LookupPaintScale scale = new LookupPaintScale(low, high + (high - low) * 1e-9, Color.WHITE);
        Color end = Palette.BLUE;
        for (int i = 0; i <= SCALE_STEPS; i++) {
            double f = i / (double) SCALE_STEPS;
            scale.add(low + (high - low) * f, new Color(mix(235, end.getRed(), f), mix(240, end.getGreen(), f),
                    mix(250, end.getBlue(), f)));
        }
        return scale;
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }
}
