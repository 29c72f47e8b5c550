package dev.clausius.app;

import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * The live chart of S_A, S_B, S_AB and S_C against t. It only draws: it mirrors the model's frame
 * list into JFreeChart series and redraws once per list change, i.e. at most once per pulse.
 */
public final class EntropyChartPanel {

    static final String TIME_AXIS_LABEL = "t (1/omega)";
    static final String ENTROPY_AXIS_LABEL = "entropy (nats)";

    private final List<CurveSpec> curves = CurveSpec.entropies();
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final JFreeChart chart;
    private final ChartViewer viewer;

    public EntropyChartPanel(SimulationModel model) {
        for (CurveSpec curve : curves) {
            // no auto-sort and duplicates allowed: frames arrive in time order, appends stay O(1)
            dataset.addSeries(new XYSeries(curve.column().csvName(), false, true));
        }
        chart = createChart(model.grid().end());
        viewer = new ChartViewer(chart);
        viewer.setId("entropyChart");
        model.frames().addListener(this::onFramesChanged);
        append(model.frames());
    }

    /** The JavaFX node to place in a window. */
    public Node node() {
        return viewer;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The series that draws {@code column}, for tests and exports. */
    public XYSeries series(Column column) {
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).column() == column) {
                return dataset.getSeries(i);
            }
        }
        throw new IllegalArgumentException("not on this chart: " + column.csvName());
    }

    private JFreeChart createChart(double end) {
        NumberAxis timeAxis = new NumberAxis(TIME_AXIS_LABEL);
        if (end > 0) {
            // the whole grid from the start, so the curves grow to the right instead of rescaling
            timeAxis.setRange(0.0, end);
        }
        NumberAxis entropyAxis = new NumberAxis(ENTROPY_AXIS_LABEL);
        entropyAxis.setAutoRangeIncludesZero(true);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per series: dash patterns run on across points and drawing stays fast
        renderer.setDrawSeriesLineAsPath(true);
        // a longer legend sample, so each curve's dash pattern can be told apart there too
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, curves.get(i).colour());
            renderer.setSeriesStroke(i, curves.get(i).stroke());
        }

        XYPlot plot = new XYPlot(dataset, timeAxis, entropyAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);

        JFreeChart result = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        result.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = result.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        return result;
    }

    private void onFramesChanged(ListChangeListener.Change<? extends Frame> change) {
        // one notification for the whole change, so JFreeChart draws once per pulse
        chart.setNotify(false);
        try {
            while (change.next()) {
                if (change.wasRemoved()) {
                    // the model only ever removes by reset; rebuild from what is left
                    for (int i = 0; i < dataset.getSeriesCount(); i++) {
                        dataset.getSeries(i).clear();
                    }
                    append(change.getList());
                    return;
                }
                if (change.wasAdded()) {
                    append(change.getAddedSubList());
                }
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private void append(List<? extends Frame> frames) {
        for (int i = 0; i < curves.size(); i++) {
            XYSeries series = dataset.getSeries(i);
            Column column = curves.get(i).column();
            for (Frame frame : frames) {
                series.add(frame.time(), column.valueOf(frame), false);
            }
            series.fireSeriesChanged();
        }
    }
}
