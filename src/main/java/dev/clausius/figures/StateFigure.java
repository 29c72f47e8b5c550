package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.typeset.TypesetLine;
import dev.clausius.thermo.StateSnapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The state at the newest frame: |rho_A| (and |rho_B| when B is small) as heat maps, the
 * populations as bars, and for a qubit A its Bloch vector in the x-z plane (y given in numbers).
 */
public final class StateFigure implements Figure {

    private static final int CIRCLE_POINTS = 96;

    private final DensityHeatMap heatA;
    private final DensityHeatMap heatB;
    private final XYSeriesCollection populations = new XYSeriesCollection();
    private final XYSeries populationsA;
    private final XYSeries populationsB;
    private final JFreeChart populationChart;
    private final XYSeriesCollection bloch = new XYSeriesCollection();
    private final XYSeries blochVector = new XYSeries("r = (x, z)", false, true);
    private final TextTitle blochNumbers = new TextTitle("");
    private final JFreeChart blochChart;
    private final XYBarRenderer bars = new XYBarRenderer();
    private final XYLineAndShapeRenderer blochRenderer = new XYLineAndShapeRenderer(true, false);
    private final Texts texts;

    public StateFigure() {
        this(Texts.english());
    }

    public StateFigure(Texts texts) {
        this.texts = texts;
        heatA = new DensityHeatMap("|ρ_{A}|", texts);
        heatB = new DensityHeatMap("|ρ_{B}|", texts);
        populationsA = new XYSeries(Charts.text(texts, "figure.state.populations", "p_{i}", "ρ_{A}"), false, true);
        populationsB = new XYSeries(Charts.text(texts, "figure.state.populations", "p_{i}", "ρ_{B}"), false, true);
        populations.addSeries(populationsA);
        populations.addSeries(populationsB);
        populations.setIntervalWidth(0.4);
        NumberAxis level = new NumberAxis(Charts.text(texts, "figure.state.axis.level"));
        level.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis probability = new NumberAxis(Charts.text(texts, "figure.state.axis.population", "ρ_{ii}"));
        probability.setRange(0, 1);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        bars.setSeriesPaint(0, Palette.BLUE);
        bars.setSeriesPaint(1, Palette.ORANGE);
        // outlines, solid for A and dashed for B, tell the two apart without their colours
        bars.setDrawBarOutline(true);
        bars.setSeriesOutlinePaint(0, Color.BLACK);
        bars.setSeriesOutlinePaint(1, Color.BLACK);
        populationChart = Charts.chart(new XYPlot(populations, level, probability, bars), true);

        XYSeries circle = new XYSeries(Charts.text(texts, "figure.state.sphere"), false, true);
        for (int i = 0; i <= CIRCLE_POINTS; i++) {
            double a = 2 * Math.PI * i / CIRCLE_POINTS;
            circle.add(Math.cos(a), Math.sin(a));
        }
        bloch.addSeries(blochVector);
        bloch.addSeries(circle);
        NumberAxis x = new NumberAxis("r_{x}");
        NumberAxis z = new NumberAxis("r_{z} (+1 = |e⟩)");
        x.setRange(-1.1, 1.1);
        z.setRange(-1.1, 1.1);
        blochRenderer.setDrawSeriesLineAsPath(true); // the circle's dots run on across its points
        blochRenderer.setDefaultCreateEntities(false); // as in TimePlot: no entity per point of the path
        blochChart = Charts.chart(new XYPlot(bloch, x, z, blochRenderer), true);
        blochChart.addSubtitle(blochNumbers);
        style(FigureStyle.NORMAL);
    }

    public DensityHeatMap heatMapA() {
        return heatA;
    }

    public XYSeries populationsA() {
        return populationsA;
    }

    public XYSeries populationsB() {
        return populationsB;
    }

    public XYSeries blochVector() {
        return blochVector;
    }

    @Override
    public String name() {
        return "state";
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return Charts.text(texts, "figure.state.title");
    }

    @Override
    public String caption() {
        return Charts.text(texts, "figure.state.caption", "ρ_{A}", "ln ρ_{A}", "tr(i[H_{A}, ρ_{A}] ln ρ_{A})", "S_{A}");
    }

    /** |rho_A|, |rho_B|, populations, Bloch: the app hides those that have nothing to show. */
    @Override
    public List<JFreeChart> charts() {
        return List.of(heatA.chart(), heatB.chart(), populationChart, blochChart);
    }

    @Override
    public boolean hasContent(int index, FigureData data) {
        if (index == 1) {
            return data.stateB() != null;
        }
        if (index == 3) {
            return data.stateA() != null && data.stateA().dimension() == 2;
        }
        return true;
    }

    @Override
    public void update(FigureData data, int pixels) {
        StateSnapshot a = data.stateA();
        StateSnapshot b = data.stateB();
        heatA.show(a);
        heatB.show(b);
        fill(populationsA, a, -0.2);
        fill(populationsB, b, 0.2);
        blochVector.clear();
        if (a != null && a.dimension() == 2) {
            double[] r = a.blochVector();
            blochVector.add(0.0, 0.0, false);
            blochVector.add(r[0], r[2], true);
            // a comma separates the components: the numbers take the language's own (a decimal comma in German)
            String separator = Charts.localized(".", texts.locale()).equals(",") ? "; " : ", ";
            blochNumbers.setText("(x, y, z) = (" + Charts.number(r[0], texts) + separator + Charts.number(r[1], texts)
                    + separator + Charts.number(r[2], texts) + "),  |r| = "
                    + Charts.number(Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]), texts));
        } else {
            blochNumbers.setText(Charts.text(texts, a == null ? "figure.state.bloch.none" : "figure.state.bloch.notQubit"));
        }
        blochNumbers.setFont(TypesetLine.fontFor(blochNumbers.getText(), blochNumbers.getFont()));
    }

    private static void fill(XYSeries series, StateSnapshot state, double offset) {
        List<double[]> points = new ArrayList<>();
        if (state != null) {
            for (int i = 0; i < state.dimension(); i++) {
                points.add(new double[] {i + offset, state.population(i)});
            }
        }
        series.setNotify(false);
        series.clear();
        for (double[] p : points) {
            series.add(p[0], p[1], false);
        }
        series.setNotify(true);
    }

    @Override
    public void style(FigureStyle style) {
        bars.setSeriesOutlineStroke(0, style.barOutline(Dash.SOLID));
        bars.setSeriesOutlineStroke(1, style.barOutline(Dash.DASHED));
        // a legend box large enough to show the dashed outline's gaps (JFreeChart's is 8 units wide)
        double half = Math.max(7.0, 3.5 * style.lineWidth());
        bars.setLegendBar(new java.awt.geom.Rectangle2D.Double(-half, -0.7 * half, 2 * half, 1.4 * half));
        blochRenderer.setSeriesPaint(0, Palette.BLUE);
        blochRenderer.setSeriesStroke(0, style.stroke(Dash.SOLID));
        blochRenderer.setSeriesPaint(1, Palette.REFERENCE);
        blochRenderer.setSeriesStroke(1, style.stroke(Dash.DOTTED));
        for (JFreeChart chart : charts()) {
            style.applyTo(chart);
        }
    }
}
