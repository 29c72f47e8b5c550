package dev.clausius.figures;

import dev.clausius.thermo.Frame;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.geom.Line2D;
import java.util.List;

/**
 * One XY plot of curves against a shared abscissa (usually t), fed from frames through the
 * per-pixel min/max decimation. Frames are read, never copied into the chart: the dataset holds
 * only the decimated points of the latest update.
 */
public final class TimePlot {
    private final List<Curve> curves;
    private final SeriesDataset dataset;
    private final XYPlot plot;
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    /** The key of the curve a tour step points at, or null. */
    private String highlighted;

    public TimePlot(List<Curve> curves, ValueAxis domain, ValueAxis range) {
        this.curves = List.copyOf(curves);
        this.dataset = new SeriesDataset(curves.stream().map(Curve::label).toList());
        // one path per series: dash patterns run on across points, drawing stays fast, NaN breaks it
        renderer.setDrawSeriesLineAsPath(true);
        // no hover entity per point: the explorer's readout finds values itself, and thousands of
        // entities per redraw were garbage made on the FX thread every pulse
        renderer.setDefaultCreateEntities(false);
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        renderer.setLegendItemLabelGenerator(SeriesDataset.LEGEND_LABELS);
        this.plot = new XYPlot(dataset, domain, range, renderer);
        style(FigureStyle.NORMAL);
    }

    public XYPlot plot() {
        return plot;
    }

    public SeriesDataset dataset() {
        return dataset;
    }

    public List<Curve> curves() {
        return curves;
    }

    public void style(FigureStyle style) {
        for (int i = 0; i < curves.size(); i++) {
            Emphasis emphasis = Emphasis.of(curves.get(i).key(), highlighted);
            renderer.setSeriesPaint(i, emphasis.paint(curves.get(i).colour()));
            renderer.setSeriesStroke(i, style.stroke(curves.get(i).dash(), emphasis));
        }
    }

    /** Draws the curve {@code key} thick and fades the others at the next {@link #style}; null: none. */
    public void highlight(String key) {
        highlighted = key;
    }

    /**
     * Decimates every curve of {@code frames} for a drawing {@code pixels} wide over the domain
     * axis' current range, and replaces the dataset (no event: the figure fires once).
     */
    public void update(List<Frame> frames, int pixels) {
        int n = frames.size();
        // a single frame (t = 0 on opening a preset, or after a reset) has no line to draw: mark it
        renderer.setDefaultShapesVisible(n == 1);
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = frames.get(k).time();
        }
        double lower = plot.getDomainAxis().getLowerBound();
        double binWidth = plot.getDomainAxis().getRange().getLength() / Math.max(1, pixels);
        for (int c = 0; c < curves.size(); c++) {
            double[] y = new double[n];
            Curve curve = curves.get(c);
            RateQuotient quotient = curve.quotient();
            double[] numerator = quotient == null ? null : new double[n];
            double[] denominator = quotient == null ? null : new double[n];
            for (int k = 0; k < n; k++) {
                Frame frame = frames.get(k);
                y[k] = curve.value().applyAsDouble(frame);
                if (quotient != null) {
                    numerator[k] = quotient.numerator().applyAsDouble(frame);
                    denominator[k] = quotient.denominator().applyAsDouble(frame);
                }
            }
            if (quotient != null || !Double.isInfinite(curve.cap())) {
                Divergences.breakAtPoles(y, numerator, denominator, n, curve.cap());
            }
            MinMaxDecimator.Points points = MinMaxDecimator.decimate(x, y, n, lower, binWidth);
            dataset.set(c, points.x(), points.y());
        }
    }
}
