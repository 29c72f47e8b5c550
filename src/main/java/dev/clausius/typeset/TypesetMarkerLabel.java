package dev.clausius.typeset;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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
 * marker's label font and paint (which the figure styles set). The label stays inside the data
 * area (a line at the bottom gets its label above it, the tick labels are outside) and clear of
 * the plot's other reference labels (two close temperatures): it takes the line's other side, or
 * moves left of the label it would run into. The marker's label background, if any, is filled
 * behind it.
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
        FontRenderContext frc = g2.getFontRenderContext();
        // the plot's labels placed in order, each clear of those before it: the same places at every draw
        List<Rectangle2D> placed = new ArrayList<>();
        for (Object annotation : plot.getAnnotations()) {
            if (annotation instanceof TypesetMarkerLabel label && rangeAxis.getRange().contains(label.marker.getValue())) {
                Rectangle2D box = label.place(plot, dataArea, rangeAxis, frc, placed);
                if (label == this) {
                    TypesetLine line = line();
                    if (marker.getLabelBackgroundColor() != null) {
                        g2.setPaint(marker.getLabelBackgroundColor());
                        g2.fill(box);
                    }
                    g2.setPaint(marker.getLabelPaint());
                    line.draw(g2, (float) box.getX(), (float) (box.getY() + line.ascent(frc)));
                    return;
                }
                placed.add(box);
            }
        }
    }

    private TypesetLine line() {
        return TypesetLine.of(markup, marker.getLabelFont(), smallest);
    }

    /** This label's box: on its preferred side of the line, else the other, else left of what it meets. */
    private Rectangle2D place(XYPlot plot, Rectangle2D dataArea, ValueAxis rangeAxis, FontRenderContext frc,
                              List<Rectangle2D> placed) {
        TypesetLine line = line();
        double y = rangeAxis.valueToJava2D(marker.getValue(), dataArea, plot.getRangeAxisEdge());
        RectangleInsets offset = marker.getLabelOffset();
        double width = line.width(frc);
        double height = line.ascent(frc) + line.descent(frc);
        double x = dataArea.getMaxX() - offset.getRight() - width;
        Rectangle2D above = new Rectangle2D.Double(x, y - offset.getBottom() - height, width, height);
        Rectangle2D below = new Rectangle2D.Double(x, y + offset.getTop(), width, height);
        boolean prefersAbove = marker.getLabelTextAnchor() == TextAnchor.BOTTOM_RIGHT;
        List<Rectangle2D> sides = prefersAbove ? List.of(above, below) : List.of(below, above);
        for (Rectangle2D side : sides) {
            if (inside(side, dataArea) && clear(side, placed)) {
                return side;
            }
        }
        Rectangle2D side = inside(sides.get(0), dataArea) ? sides.get(0) : sides.get(1);
        for (Rectangle2D other : placed) {
            if (other.intersects(side)) {
                double gap = height / 2;
                side = new Rectangle2D.Double(other.getX() - gap - width, side.getY(), width, height);
            }
        }
        return side;
    }

    private static boolean inside(Rectangle2D box, Rectangle2D area) {
        return box.getY() >= area.getY() && box.getMaxY() <= area.getMaxY();
    }

    private static boolean clear(Rectangle2D box, List<Rectangle2D> placed) {
        return placed.stream().noneMatch(box::intersects);
    }
}
