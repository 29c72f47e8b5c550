package dev.clausius.typeset;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The label of a horizontal reference line in {@link Markup} (T_{B}(0) = 2.0000): JFreeChart draws
 * a marker's label as a plain string, so the marker carries none and this annotation draws it at
 * the right end of the line, below it or above it as the marker's label text anchor says, in the
 * marker's label font and paint (which the figure styles set).
 */
public final class TypesetMarkerLabel extends AbstractXYAnnotation {
    private final ValueMarker marker;
    private final String markup;
    /** The smallest script, in the label font's units (0: scripts at their scale of the line). */
    private float smallest;

    public TypesetMarkerLabel(ValueMarker marker, String markup) {
        this.marker = marker;
        this.markup = markup;
    }

    public void setSmallestText(float size) {
        this.smallest = size;
    }

    public String markup() {
        return markup;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (!rangeAxis.getRange().contains(marker.getValue())) {
            return;
        }
        double y = rangeAxis.valueToJava2D(marker.getValue(), dataArea, plot.getRangeAxisEdge());
        TypesetLine line = TypesetLine.of(markup, marker.getLabelFont(), smallest);
        FontRenderContext frc = g2.getFontRenderContext();
        RectangleInsets offset = marker.getLabelOffset();
        boolean above = marker.getLabelTextAnchor() == TextAnchor.BOTTOM_RIGHT;
        double baseline = above ? y - offset.getBottom() - line.descent(frc) : y + offset.getTop() + line.ascent(frc);
        g2.setPaint(marker.getLabelPaint());
        line.draw(g2, (float) (dataArea.getMaxX() - offset.getRight() - line.width(frc)), (float) baseline);
    }
}
