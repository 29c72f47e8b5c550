package dev.clausius.figures;

import dev.clausius.thermo.Frame;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One XY plot of curves against a shared abscissa (usually t), fed from frames through the
 * per-pixel min/max decimation. Frames are read, never copied into the chart: the dataset holds
 * only the decimated points of the latest update. Pinned runs ({@link PinnedRun}) are a second
 * dataset, drawn first (under the live curves) by a {@link PinRenderer}.
 */
public final class TimePlot {
    private final List<Curve> curves;
    private final SeriesDataset dataset;
    private final XYPlot plot;
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    /** The key of the curve a tour step points at, or null. */
    private String highlighted;
    private final SeriesDataset pinned = new SeriesDataset(List.of());
    private final PinRenderer pinRenderer = new PinRenderer();
    /** The pins the pinned dataset holds, and for each of its series the curve and values it draws. */
    private List<PinnedRun> pins = List.of();
    private final List<PinnedSeries> pinnedSeries = new ArrayList<>();
    private FigureStyle style = FigureStyle.NORMAL;

    /** One pinned curve: the index of the live curve it matches, and its own times and values. */
    private record PinnedSeries(int curve, double[] time, double[] values) {
    }

    public TimePlot(List<Curve> curves, ValueAxis domain, ValueAxis range) {
        this.curves = List.copyOf(curves);
        this.dataset = new SeriesDataset(curves.stream().map(Curve::legendLabel).toList(),
                curves.stream().map(Curve::label).toList());
        // one path per series: dash patterns run on across points, drawing stays fast, NaN breaks it
        renderer.setDrawSeriesLineAsPath(true);
        // no hover entity per point: the explorer's readout finds values itself, and thousands of
        // entities per redraw were garbage made on the FX thread every pulse
        renderer.setDefaultCreateEntities(false);
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        renderer.setLegendItemLabelGenerator(SeriesDataset.LEGEND_LABELS);
        this.plot = new XYPlot(dataset, domain, range, renderer);
        // the default (reverse) order draws dataset 1 first: pins lie under the live curves
        plot.setDataset(1, pinned);
        plot.setRenderer(1, pinRenderer);
        style(FigureStyle.NORMAL);
    }

    public XYPlot plot() {
        return plot;
    }

    public SeriesDataset dataset() {
        return dataset;
    }

    /** The pinned runs' curves as drawn (decimated), one series per pin and curve. */
    public SeriesDataset pinnedDataset() {
        return pinned;
    }

    public List<Curve> curves() {
        return curves;
    }

    public void style(FigureStyle style) {
        this.style = style;
        for (int i = 0; i < curves.size(); i++) {
            Emphasis emphasis = Emphasis.of(curves.get(i).key(), highlighted);
            renderer.setSeriesPaint(i, emphasis.paint(curves.get(i).colour()));
            renderer.setSeriesStroke(i, style.stroke(curves.get(i).dash(), emphasis));
        }
        for (int i = 0; i < pinnedSeries.size(); i++) {
            Curve curve = curves.get(pinnedSeries.get(i).curve());
            pinRenderer.setSeriesPaint(i, PinRenderer.faint(curve.colour()), false);
            pinRenderer.setSeriesStroke(i, style.pinStroke(curve.dash()), false);
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
        update(frames, List.of(), null, pixels);
    }

    /**
     * As {@link #update(List, int)}, with the curves of {@code pinnedRuns} on panel {@code panel}
     * drawn faint beneath (a pin without a curve of this plot draws nothing for it).
     */
    public void update(List<Frame> frames, List<PinnedRun> pinnedRuns, String panel, int pixels) {
        int n = frames.size();
        // a single frame (t = 0 on opening a preset, or after a reset) has no line to draw: mark it
        renderer.setDefaultShapesVisible(n == 1);
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = frames.get(k).time();
        }
        double lower = plot.getDomainAxis().getLowerBound();
        double binWidth = plot.getDomainAxis().getRange().getLength() / Math.max(1, pixels);
        double[][] drawn = values(frames).drawn();
        for (int c = 0; c < curves.size(); c++) {
            MinMaxDecimator.Points points = MinMaxDecimator.decimate(x, drawn[c], n, lower, binWidth);
            dataset.set(c, points.x(), points.y());
        }
        if (!pinnedRuns.equals(pins)) {
            pinsChanged(pinnedRuns, panel);
        }
        for (int i = 0; i < pinnedSeries.size(); i++) {
            PinnedSeries series = pinnedSeries.get(i);
            MinMaxDecimator.Points points = MinMaxDecimator.decimate(series.time(), series.values(),
                    series.time().length, lower, binWidth);
            pinned.set(i, points.x(), points.y());
        }
    }

    /** Lays out the pinned dataset for new pins: a series per pin and curve, a legend entry per pin. */
    private void pinsChanged(List<PinnedRun> pinnedRuns, String panel) {
        pins = List.copyOf(pinnedRuns);
        pinnedSeries.clear();
        List<String> keys = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (PinnedRun pin : pins) {
            boolean first = true;
            for (int c = 0; c < curves.size(); c++) {
                double[] values = pin.drawn(panel, curves.get(c).plainLabel());
                if (values == null) {
                    continue;
                }
                pinnedSeries.add(new PinnedSeries(c, pin.time(), values));
                keys.add(pin.label() + " · " + curves.get(c).plainLabel());
                legend.add(first ? pin.label() : null);
                first = false;
            }
        }
        pinned.replace(keys);
        pinRenderer.setLegendLabels(legend);
        style(style);
    }

    /**
     * Every curve's value at every frame, indexed [curve][frame]: {@code exact} as the CSV writes them,
     * {@code drawn} with ratios broken at their poles and values beyond a curve's cap turned into
     * gaps (the same array as {@code exact} for a curve that has neither).
     */
    public record Values(double[][] exact, double[][] drawn) {
    }

    /** The {@link Values} of every curve at {@code frames}, before decimation. */
    public Values values(List<Frame> frames) {
        int n = frames.size();
        double[][] exact = new double[curves.size()][];
        double[][] drawn = new double[curves.size()][];
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
            exact[c] = y;
            drawn[c] = y;
            if (quotient != null || !Double.isInfinite(curve.cap())) {
                drawn[c] = y.clone();
                Divergences.breakAtPoles(drawn[c], numerator, denominator, n, curve.cap());
            }
        }
        return new Values(exact, drawn);
    }
}
