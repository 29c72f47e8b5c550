package dev.clausius.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reference line at the top of the range (eta_Carnot, T_hot) keeps its label inside the plot. */
class ReferenceLabelTest {

    @Test
    void theLabelHangsBelowItsLineInsideTheDataArea() {
        SeriesDataset data = new SeriesDataset(List.of("eta"));
        data.set(0, new double[] {0, 1, 2}, new double[] {0.1, 0.3, 0.5});
        XYPlot plot = new XYPlot(data, new NumberAxis("cycle"), new NumberAxis("eta"), new XYLineAndShapeRenderer());
        Charts.reference(plot, "η_Carnot = 0.5000", 0.5);
        ValueMarker marker = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(RectangleAnchor.BOTTOM_RIGHT, marker.getLabelAnchor());
        assertEquals(TextAnchor.TOP_RIGHT, marker.getLabelTextAnchor());

        // drawn: the label's dark pixels sit below the line (which is at the data area's top edge)
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 400, 300), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double lineY = plot.getRangeAxis().valueToJava2D(0.5, area, plot.getRangeAxisEdge());
        assertTrue(lineY >= area.getMinY() - 1 && lineY <= area.getMaxY(), "the line is in the data area");
        assertTrue(lineY - area.getMinY() < 0.2 * area.getHeight(), "the line is near the top, where clipping bit");
    }
}
