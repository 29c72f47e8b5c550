package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.typeset.TypesetLine;
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
    private final Texts texts;

    public CompareFigure(double end) {
        this(end, Texts.english());
    }

    public CompareFigure(double end, Texts texts) {
        this.texts = texts;
        String rateName = "dS_{AB}/dt inside AB";
        String rateShown = Charts.text(texts, "figure.compare.rate.inside", "dS_{AB}/dt");
        joint = new SeriesDataset(List.of(shown("S_{AB}"), partner("S_{AB}")), List.of("S_{AB} (shown)", "S_{AB} (partner)"));
        rate = new SeriesDataset(List.of(shown(rateShown), partner(rateShown)),
                List.of(rateName + " (shown)", rateName + " (partner)"));
        sum = new SeriesDataset(List.of(shown("S_{A} + S_{B}"), shown("S_{AB}"), partner("S_{A} + S_{B}"), partner("S_{AB}")),
                List.of("S_{A} + S_{B} (shown)", "S_{AB} (shown)", "S_{A} + S_{B} (partner)", "S_{AB} (partner)"));
        StackedPlot combined = new StackedPlot(Charts.timeAxis(end));
        combined.setGap(8);
        combined.add(plot(joint, "S_{AB} (nats)"), 2);
        combined.add(plot(rate, "dS_{AB}/dt (nats/time)"), 2);
        XYPlot parts = plot(sum, Charts.text(texts, "figure.axis.entropy"));
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

    private String shown(String symbol) {
        return Charts.text(texts, "figure.compare.series.shown", symbol);
    }

    private String partner(String symbol) {
        return Charts.text(texts, "figure.compare.series.partner", symbol);
    }

    private XYPlot plot(SeriesDataset dataset, String label) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultCreateEntities(false);
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        renderer.setLegendItemLabelGenerator(SeriesDataset.LEGEND_LABELS);
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
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return Charts.text(texts, "figure.compare.title");
    }

    @Override
    public String caption() {
        return Charts.text(texts, "figure.compare.caption", "interior_{AB} > 0", "S_{AB}", "dS_{AB}/dt = 0", "S_{C} = −I(A:B)",
                "S_{A} + S_{B}");
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
        // the legend in the figure's language; the series keep their English names (data, tests)
        String shownWords = same ? Charts.text(texts, "figure.compare.kind.shown", kindText(shownKind)) : kindText(shownKind);
        String partnerWords = same ? Charts.text(texts, "figure.compare.kind.partner", kindText(partnerKind)) : kindText(partnerKind);
        sides.setText(partner == null
                ? Charts.text(texts, "figure.compare.sides.alone", name(data.preset()), kindText(shownKind))
                : Charts.text(texts, "figure.compare.sides", name(data.preset()), kindText(shownKind), name(partner.preset()),
                        kindText(partnerKind)));
        sides.setFont(TypesetLine.fontFor(sides.getText(), sides.getFont()));
        joint.setKeys(List.of("S_{AB}, " + shownWords, "S_{AB}, " + partnerWords),
                List.of("S_{AB}, " + shownLabel, "S_{AB}, " + partnerLabel));
        rate.setKeys(List.of(rateLabel(shownMode, texts) + ", " + shownWords, rateLabel(partnerMode, texts) + ", " + partnerWords),
                List.of(rateLabel(shownMode, Texts.english()) + ", " + shownLabel,
                        rateLabel(partnerMode, Texts.english()) + ", " + partnerLabel));
        sum.setKeys(List.of("S_{A} + S_{B}, " + shownWords, "S_{AB}, " + shownWords, "S_{A} + S_{B}, " + partnerWords,
                "S_{AB}, " + partnerWords), List.of("S_{A} + S_{B}, " + shownLabel, "S_{AB}, " + shownLabel,
                "S_{A} + S_{B}, " + partnerLabel, "S_{AB}, " + partnerLabel));
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

    /** A kind word of {@link #kind} in the figure's language. */
    private String kindText(String kind) {
        return Charts.text(texts, "figure.compare.kind." + kind);
    }

    private static String rateLabel(Mode mode, Texts texts) {
        return switch (mode) {
            case CLASSICAL -> "interior_{AB} (Eq. 15)";
            case CLOSED -> Charts.text(texts, "figure.compare.rate.closed", "S_{AB}");
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
