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
 * the right end of the line, below it or above it as the marker's label text anchor says (or on
 * the other side where that would leave the data area), in the marker's label font, paint and
 * background (which the figure styles set).
 */
public final class TypesetMarkerLabel extends AbstractXYAnnotation {
    private final ValueMarker marker;
    private final String markup;

    public TypesetMarkerLabel(ValueMarker marker, String markup) {
        this.marker = marker;
        this.markup = markup;
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
        TypesetLine line = TypesetLine.of(markup, marker.getLabelFont());
        FontRenderContext frc = g2.getFontRenderContext();
        RectangleInsets offset = marker.getLabelOffset();
        float ascent = line.ascent(frc);
        float descent = line.descent(frc);
        boolean above = marker.getLabelTextAnchor() == TextAnchor.BOTTOM_RIGHT;
        // a label that would leave the data area goes to the other side of its line
        if (!above && y + offset.getTop() + ascent + descent > dataArea.getMaxY()) {
            above = true;
        } else if (above && y - offset.getBottom() - ascent - descent < dataArea.getMinY()) {
            above = false;
        }
        double baseline = above ? y - offset.getBottom() - descent : y + offset.getTop() + ascent;
        float width = line.width(frc);
        double x = dataArea.getMaxX() - offset.getRight() - width;
        if (marker.getLabelBackgroundColor() != null) {
            g2.setPaint(marker.getLabelBackgroundColor());
            g2.fill(new Rectangle2D.Double(x, baseline - ascent, width, ascent + descent));
        }
        g2.setPaint(marker.getLabelPaint());
        line.draw(g2, (float) x, (float) baseline);
    }
}
