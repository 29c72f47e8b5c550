package dev.clausius.figures.axis;

import dev.clausius.figures.Charts;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The axis range policy for flat series, and the power of ten named once in the axis label. */
class ReadableAxisTest {

    /** The tick labels of {@code chart}'s range axis as drawn into a 400 × 300 image. */
    static List<String> rangeTickLabels(JFreeChart chart, XYPlot plot) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, 400, 300), info);
            Rectangle2D dataArea = info.getPlotInfo().getSubplotCount() > 0
                    ? info.getPlotInfo().getSubplotInfo(0).getDataArea() : info.getPlotInfo().getDataArea();
            List<?> ticks = plot.getRangeAxis().refreshTicks(g2, new AxisState(), dataArea, RectangleEdge.LEFT);
            return ticks.stream().map(t -> ((ValueTick) t).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        } finally {
            g2.dispose();
        }
    }

    private static XYPlot plot(double... ys) {
        XYSeries series = new XYSeries("y");
        for (int k = 0; k < ys.length; k++) {
            series.add(k, ys[k]);
        }
        return new XYPlot(new XYSeriesCollection(series), Charts.timeAxis(Math.max(1, ys.length - 1)),
                Charts.valueAxis("entropy (nats)"), new XYLineAndShapeRenderer());
    }

    @Test
    void aFlatSeriesIsDrawnInTheMiddleOfFivePercentEitherSide() {
        Range range = ReadableAxis.aroundFlat(new Range(0.09009477, 0.09009477));
        assertEquals(0.09009477 * 0.95, range.getLowerBound(), 1e-15);
        assertEquals(0.09009477 * 1.05, range.getUpperBound(), 1e-15);
        // round-off below a billionth of the value counts as flat (a conserved S_AB)
        assertEquals(new Range(0.95, 1.05).getCentralValue(),
                ReadableAxis.aroundFlat(new Range(1 - 1e-15, 1 + 1e-15)).getCentralValue(), 1e-14);
        assertEquals(new Range(-1, 1), ReadableAxis.aroundFlat(new Range(0, 0)));
        // a real change, even a small one, keeps the data's own range
        assertNull(ReadableAxis.aroundFlat(new Range(0.09, 0.09 + 1e-6)));
        assertNull(ReadableAxis.aroundFlat(new Range(0, 1e-20)));
        assertNull(ReadableAxis.aroundFlat(null));
    }

    @Test
    void oneFrameGivesDistinctPlainTicks() {
        XYPlot plot = plot(0.09009477);
        List<String> labels = rangeTickLabels(new JFreeChart(plot), plot);
        assertTrue(labels.size() >= 3, labels.toString());
        assertEquals(labels.size(), new HashSet<>(labels).size(), labels.toString());
        labels.forEach(label -> assertFalse(label.contains("E"), labels.toString()));
        assertEquals("", ((ReadableAxis) plot.getRangeAxis()).power());
        Range range = plot.getRangeAxis().getRange();
        assertTrue(range.contains(0.09009477) && range.getLength() > 0.005, range.toString());
    }

    @Test
    void smallValuesNameTheirPowerOnceInTheLabel() {
        XYPlot plot = plot(0, 6e-5, 2.4e-4);
        List<String> labels = rangeTickLabels(new JFreeChart(plot), plot);
        ReadableAxis axis = (ReadableAxis) plot.getRangeAxis();
        assertEquals("×10⁻⁴", axis.power());
        assertTrue(labels.contains("0.0") && labels.contains("2.0"), labels.toString());
        labels.forEach(label -> assertFalse(label.contains("E") || label.contains("×"), labels.toString()));
        assertEquals(labels.size(), new HashSet<>(labels).size(), labels.toString());
    }

    @Test
    void axesAFigureMadeItselfCarryThePowerOnEachTick() {
        XYSeries series = new XYSeries("y");
        series.add(0, 0.0);
        series.add(1, 3e-6);
        NumberAxis plain = new NumberAxis("population");
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("x"), plain, new XYLineAndShapeRenderer());
        JFreeChart chart = Charts.chart(plot, false);
        List<String> labels = rangeTickLabels(chart, plot);
        assertTrue(labels.size() >= 3, labels.toString());
        labels.stream().filter(label -> !label.equals("0.0")).forEach(label ->
                assertTrue(label.endsWith("×10⁻⁶") && !label.contains("E"), labels.toString()));
    }
}
