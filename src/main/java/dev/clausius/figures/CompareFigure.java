package dev.clausius.figures;

import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDifferenceRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Two presets side by side on one time axis, the paper's contrast of Eq. 15 with Eq. 16: the
 * preset shown (solid) and its partner (dashed), usually a classical pair beside a quantum one.
 * (1) S_AB of both; (2) the rate of S_AB, the entropy produced inside AB; (3) S_A + S_B against
 * S_AB, the band between them being -S_C = I(A:B).
 */
public final class CompareFigure implements Figure {

    static final String CAPTION = "Eq. 15 against Eq. 16: classical bodies make entropy inside AB "
            + "(interior_{AB} > 0, S_{AB} rises); a closed quantum pair keeps S_{AB} constant (dS_{AB}/dt = 0 exactly, "
            + "drawn as the 0 of Eq. 16, not computed), while S_{C} = −I(A:B) fills the gap between S_{A} + S_{B} and S_{AB}.";

    /** The band S_C fills: translucent, so the curves on it stay legible. */
    static final Color BAND = new Color(0, 158, 115, 70);

    /** One side of the comparison: its frames are the shown preset's or the partner's. */
    enum Side { SHOWN, PARTNER }

    /** A curve of one side. */
    record SideCurve(String key, Side side, Color colour, Dash dash, ToDoubleFunction<Frame> value) {
    }

    private final List<SideCurve> jointCurves = List.of(
            new SideCurve("S_AB_shown", Side.SHOWN, Palette.BLUE, Dash.SOLID, Frame::entropyAB),
            new SideCurve("S_AB_partner", Side.PARTNER, Palette.VERMILLION, Dash.DASHED, Frame::entropyAB));
    private final List<SideCurve> rateCurves = List.of(
            new SideCurve("rate_shown", Side.SHOWN, Palette.BLUE, Dash.SOLID, null),
            new SideCurve("rate_partner", Side.PARTNER, Palette.VERMILLION, Dash.DASHED, null));
    private final List<SideCurve> sumCurves = List.of(
            new SideCurve("sum_shown", Side.SHOWN, Palette.BLUE, Dash.SOLID, CompareFigure::sumOfParts),
            new SideCurve("joint_shown", Side.SHOWN, Palette.BLACK, Dash.DOTTED, Frame::entropyAB),
            new SideCurve("sum_partner", Side.PARTNER, Palette.VERMILLION, Dash.DASHED, CompareFigure::sumOfParts),
            new SideCurve("joint_partner", Side.PARTNER, Palette.REDDISH_PURPLE, Dash.DASH_DOT, Frame::entropyAB));

    private final SeriesDataset joint;
    private final SeriesDataset rate;
    private final SeriesDataset sum;
    /** Per side: S_A + S_B (series 0) and S_AB (series 1) on the same times, shaded between. */
    private final SeriesDataset shownBand = new SeriesDataset(List.of("S_{A} + S_{B}", "S_{AB}"));
    private final SeriesDataset partnerBand = new SeriesDataset(List.of("S_{A} + S_{B} ", "S_{AB} "));
    private final List<XYPlot> plots = new ArrayList<>();
    private final List<XYLineAndShapeRenderer> renderers = new ArrayList<>();
    private final TextTitle sides = new TextTitle("");
    private final JFreeChart chart;

    private Mode shownMode = Mode.CLOSED;
    private Mode partnerMode = Mode.CLASSICAL;

    public CompareFigure(double end) {
        joint = new SeriesDataset(List.of("S_{AB} (shown)", "S_{AB} (partner)"));
        rate = new SeriesDataset(List.of("dS_{AB}/dt inside AB (shown)", "dS_{AB}/dt inside AB (partner)"));
        sum = new SeriesDataset(List.of("S_{A} + S_{B} (shown)", "S_{AB} (shown)", "S_{A} + S_{B} (partner)", "S_{AB} (partner)"));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Charts.timeAxis(end));
        combined.setGap(8);
        combined.add(plot(joint, "S_{AB} (nats)"), 2);
        combined.add(plot(rate, "dS_{AB}/dt (nats/time)"), 2);
        XYPlot parts = plot(sum, "entropy (nats)");
        parts.setDataset(1, shownBand);
        parts.setRenderer(1, band());
        parts.setDataset(2, partnerBand);
        parts.setRenderer(2, band());
        // the bands under the curves
        parts.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        combined.add(parts, 3);
        chart = Charts.chart(combined, true);
        chart.addSubtitle(sides);
        style(FigureStyle.NORMAL);
    }

    private XYPlot plot(SeriesDataset dataset, String label) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultCreateEntities(false);
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        renderers.add(renderer);
        XYPlot plot = new XYPlot(dataset, null, Charts.valueAxis(label), renderer);
        plots.add(plot);
        return plot;
    }

    private static XYDifferenceRenderer band() {
        XYDifferenceRenderer renderer = new XYDifferenceRenderer(BAND, BAND, false);
        Color none = new Color(0, 0, 0, 0);
        renderer.setSeriesPaint(0, none);
        renderer.setSeriesPaint(1, none);
        renderer.setDefaultSeriesVisibleInLegend(false);
        return renderer;
    }

    /** S_A + S_B, which equals S_AB where there are no correlations (S_C = 0). */
    public static double sumOfParts(Frame frame) {
        return frame.entropyA() + frame.entropyB();
    }

    /**
     * The entropy produced inside AB per unit time, the rate of S_AB, from the frame's own columns:
     * classical, interior_AB = dS_A/dt + dS_B/dt (Eq. 15); closed, exactly 0, since unitary motion
     * keeps S_AB constant (Eq. 16; no column holds it and a finite difference is no rate); open
     * and engine, where S_AB = S_A (no B), dS_A/dt.
     */
    public static double jointEntropyRate(Mode mode, Frame frame) {
        return switch (mode) {
            case CLASSICAL -> frame.classical() == null ? Double.NaN : frame.classical().interiorProductionAB();
            case CLOSED -> 0.0;
            case OPEN, ENGINE -> frame.entropyRateA();
        };
    }

    /** A short word for a preset's physics, used in the legend. */
    static String kind(Preset preset) {
        return preset == null ? "none" : preset.mode() == Mode.CLASSICAL ? "classical" : "quantum";
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String title() {
        return "Compare";
    }

    @Override
    public String caption() {
        return CAPTION;
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(chart);
    }

    /** The S_AB plot's data: series 0 the shown preset, series 1 the partner. */
    public SeriesDataset jointEntropies() {
        return joint;
    }

    /** The rate plot's data: series 0 the shown preset, series 1 the partner. */
    public SeriesDataset rates() {
        return rate;
    }

    /** S_A + S_B and S_AB of the shown preset (0, 1) and of the partner (2, 3). */
    public SeriesDataset sums() {
        return sum;
    }

    /** The band of the partner: S_A + S_B (series 0) and S_AB (series 1) at the same times. */
    public SeriesDataset partnerBand() {
        return partnerBand;
    }

    /** The band of the shown preset, as {@link #partnerBand()}. */
    public SeriesDataset shownBand() {
        return shownBand;
    }

    /** The subtitle naming the two presets. */
    public String sidesText() {
        return sides.getText();
    }

    @Override
    public void update(FigureData data, int pixels) {
        FigureData partner = data.partner();
        List<Frame> shownFrames = data.frames();
        List<Frame> partnerFrames = partner == null ? List.of() : partner.frames();
        shownMode = data.preset() == null ? Mode.CLOSED : data.preset().mode();
        partnerMode = partner == null || partner.preset() == null ? Mode.CLASSICAL : partner.preset().mode();
        String shownKind = kind(data.preset());
        String partnerKind = partner == null ? "none" : kind(partner.preset());
        boolean same = shownKind.equals(partnerKind);
        String shownLabel = same ? shownKind + ", shown" : shownKind;
        String partnerLabel = same ? partnerKind + ", partner" : partnerKind;
        sides.setText(partner == null
                ? "solid: " + name(data.preset()) + " (" + shownKind + ")  ·  no preset to compare with yet"
                : "solid: " + name(data.preset()) + " (" + shownKind + ")  ·  dashed: "
                        + name(partner.preset()) + " (" + partnerKind + ")");
        joint.setKeys("S_{AB}, " + shownLabel, "S_{AB}, " + partnerLabel);
        rate.setKeys(rateLabel(shownMode) + ", " + shownLabel, rateLabel(partnerMode) + ", " + partnerLabel);
        sum.setKeys("S_{A} + S_{B}, " + shownLabel, "S_{AB}, " + shownLabel, "S_{A} + S_{B}, " + partnerLabel,
                "S_{AB}, " + partnerLabel);
        double lower = plots.get(0).getDomainAxis().getLowerBound();
        double binWidth = plots.get(0).getDomainAxis().getRange().getLength() / Math.max(1, pixels);
        fill(joint, jointCurves, shownFrames, partnerFrames, lower, binWidth);
        fill(rate, rateCurves, shownFrames, partnerFrames, lower, binWidth);
        fill(sum, sumCurves, shownFrames, partnerFrames, lower, binWidth);
        fillBand(shownBand, shownFrames, pixels);
        fillBand(partnerBand, partnerFrames, pixels);
        for (XYLineAndShapeRenderer renderer : renderers) {
            // a single frame has no line to draw: mark it
            renderer.setDefaultShapesVisible(shownFrames.size() == 1 || partnerFrames.size() == 1);
        }
        joint.changed();
        rate.changed();
        sum.changed();
        shownBand.changed();
        partnerBand.changed();
    }

    private static String rateLabel(Mode mode) {
        return switch (mode) {
            case CLASSICAL -> "interior_{AB} (Eq. 15)";
            case CLOSED -> "0: S_{AB} constant (Eq. 16)";
            case OPEN, ENGINE -> "dS_{A}/dt (S_{AB} = S_{A})";
        };
    }

    private static String name(Preset preset) {
        return preset == null ? "?" : preset.name();
    }

    private void fill(SeriesDataset dataset, List<SideCurve> curves, List<Frame> shownFrames,
                      List<Frame> partnerFrames, double lower, double binWidth) {
        for (int c = 0; c < curves.size(); c++) {
            SideCurve curve = curves.get(c);
            boolean shown = curve.side() == Side.SHOWN;
            List<Frame> frames = shown ? shownFrames : partnerFrames;
            Mode mode = shown ? shownMode : partnerMode;
            int n = frames.size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                Frame frame = frames.get(k);
                x[k] = frame.time();
                y[k] = curve.value() == null ? jointEntropyRate(mode, frame) : curve.value().applyAsDouble(frame);
            }
            MinMaxDecimator.Points points = MinMaxDecimator.decimate(x, y, n, lower, binWidth);
            dataset.set(c, points.x(), points.y());
        }
    }

    /**
     * Both edges of a band on the same times (the shading joins them point by point): every
     * frame up to two per pixel column, evenly strided beyond that.
     */
    private static void fillBand(SeriesDataset band, List<Frame> frames, int pixels) {
        int n = frames.size();
        int stride = Math.max(1, n / Math.max(1, 2 * pixels));
        int count = n == 0 ? 0 : (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        double[] x = new double[count];
        double[] parts = new double[count];
        double[] whole = new double[count];
        int i = 0;
        for (int k = 0; k < n; k += stride) {
            put(frames.get(k), i++, x, parts, whole);
        }
        if (i < count) {
            put(frames.get(n - 1), i, x, parts, whole);
        }
        band.set(0, x, parts);
        band.set(1, x.clone(), whole);
    }

    private static void put(Frame frame, int i, double[] x, double[] parts, double[] whole) {
        x[i] = frame.time();
        parts[i] = sumOfParts(frame);
        whole[i] = frame.entropyAB();
    }

    @Override
    public void style(FigureStyle style) {
        List<List<SideCurve>> all = List.of(jointCurves, rateCurves, sumCurves);
        for (int p = 0; p < renderers.size(); p++) {
            List<SideCurve> curves = all.get(p);
            for (int i = 0; i < curves.size(); i++) {
                renderers.get(p).setSeriesPaint(i, curves.get(i).colour());
                renderers.get(p).setSeriesStroke(i, style.stroke(curves.get(i).dash()));
            }
        }
        style.applyTo(chart);
        sides.setFont(style.tickFont());
    }
}
