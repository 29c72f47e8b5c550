package dev.clausius.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.typeset.TypesetGraphic;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Issue 17: a legend taller than half its plot moves beside it; a y label longer than its plot wraps. */
class FigureFitTest {

    private static JFreeChart chart(int curves, String yLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 1; i <= curves; i++) {
            XYSeries series = new XYSeries("curve " + i);
            series.add(0, i);
            series.add(1, i + 1);
            data.addSeries(series);
        }
        XYPlot plot = new XYPlot(data, Charts.timeAxis(1), Charts.valueAxis(yLabel), new XYLineAndShapeRenderer(true, false));
        return Charts.chart(plot, true);
    }

    private static ChartRenderingInfo draw(JFreeChart chart, Rectangle2D area) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        chart.draw(g2, area, info);
        g2.dispose();
        return info;
    }

    @Test
    void aLegendTallerThanHalfItsPlotMovesBesideIt() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 220, 220);
        JFreeChart chart = chart(8, "S");
        ChartRenderingInfo before = draw(chart, area);
        assertTrue(FigureFit.legendHeight(before) > FigureFit.LEGEND_SHARE * FigureFit.plotsHeight(before.getPlotInfo()),
                "the case: a legend on top more than half as tall as the plot");
        FigureFit.fit(chart, area, 0f);
        assertEquals(RectangleEdge.RIGHT, chart.getLegend().getPosition());
        ChartRenderingInfo after = draw(chart, area);
        assertTrue(FigureFit.plotsHeight(after.getPlotInfo()) > FigureFit.plotsHeight(before.getPlotInfo()),
                "the plot got the height back");
        // a short legend stays where it was
        JFreeChart small = chart(2, "S");
        FigureFit.fit(small, area, 0f);
        assertEquals(RectangleEdge.TOP, small.getLegend().getPosition());
    }

    @Test
    void aYLabelLongerThanItsPlotWrapsIntoLinesNoLongerThanThePlot() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 160);
        String label = "temperature (energy units, k_{B} = 1) of every body in the run";
        JFreeChart chart = chart(1, label);
        FigureFit.fit(chart, area, 0f);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
        var iterator = axis.getAttributedLabel().getIterator();
        TypesetGraphic graphic = (TypesetGraphic) iterator.getAttribute(java.awt.font.TextAttribute.CHAR_REPLACEMENT);
        assertTrue(graphic.lines().size() >= 2, "wrapped: " + graphic.lines());
        double plot = draw(chart, area).getPlotInfo().getDataArea().getHeight();
        assertTrue(graphic.getAdvance() <= plot, graphic.getAdvance() + " along a plot " + plot + " tall");
        assertEquals(label.replace("_{B}", "B"), String.join(" ", graphic.lines().stream()
                .map(line -> line.runs().stream().map(run -> run.text()).reduce("", String::concat)).toList()),
                "every word kept, in order");
    }
}
