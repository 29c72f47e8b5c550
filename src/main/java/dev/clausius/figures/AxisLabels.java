package dev.clausius.figures;

import dev.clausius.figures.axis.ReadableAxis;
import dev.clausius.typeset.TypesetGraphic;
import dev.clausius.typeset.TypesetLine;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Axis labels that fit their plots. A vertical label longer than its plot is tall ("|term| (nats,
 * nats/time)" beside a short stacked plot) would run into its neighbours' labels or the titles:
 * it is wrapped at spaces into lines no longer than the plot. And the labels of a left axis sit
 * at the left edge of the space the axes were given, so stacked plots, which share that space,
 * share one label column whatever their tick labels' widths.
 */
public final class AxisLabels {
    /** Labels are measured at this context, as {@link TypesetGraphic} measures them. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** A label with a word longer than its plot is set smaller, to no less than this share of its size. */
    private static final float SMALLEST_SHARE = 0.6f;

    private AxisLabels() {
    }

    /**
     * Wraps each vertical axis label of {@code plot} longer than its plot's height, {@code dataArea}
     * as a layout found it; scripts never under {@code smallestText}, in layout units.
     */
    static void wrap(XYPlot plot, Rectangle2D dataArea, float smallestText) {
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis axis = plot.getRangeAxis(i);
            RectangleEdge edge = plot.getRangeAxisEdge(i);
            if (axis == null || axis.getLabel() == null || axis.getLabel().isEmpty() || !RectangleEdge.isLeftOrRight(edge)) {
                continue;
            }
            String power = axis instanceof ReadableAxis readable ? readable.power() : "";
            String markup = power.isEmpty() ? axis.getLabel() : axis.getLabel() + " " + power;
            double room = dataArea.getHeight() - axis.getLabelInsets().getLeft() - axis.getLabelInsets().getRight();
            TypesetLine line = TypesetLine.of(markup, axis.getLabelFont(), smallestText);
            if (line.width(CONTEXT) > room) {
                List<TypesetLine> lines = balanced(line, (float) room);
                float widest = (float) lines.stream().mapToDouble(l -> l.width(CONTEXT)).max().orElse(0);
                if (widest > room) {
                    // a word longer than the plot: the label set smaller, to no less than the smallest text
                    float size = axis.getLabelFont().getSize2D();
                    float smaller = Math.max(Math.max(smallestText, SMALLEST_SHARE * size), size * (float) room / widest);
                    line = TypesetLine.of(markup, axis.getLabelFont().deriveFont(Math.min(size, smaller)), smallestText);
                    lines = balanced(line, (float) room);
                }
                axis.setAttributedLabel(TypesetGraphic.attributed(lines));
                if (axis instanceof ReadableAxis readable) {
                    readable.powerInLabel();
                }
            }
        }
    }

    /**
     * {@code line} wrapped into as few lines as fit in {@code room}, of lengths as even as the
     * spaces allow ("temperature (energy / units, k_B = 1)", not a lone "1)" on the last line):
     * the narrowest width that still gives that many lines.
     */
    static List<TypesetLine> balanced(TypesetLine line, float room) {
        List<TypesetLine> fewest = line.wrap(room, CONTEXT);
        float narrow = room / (fewest.size() + 1);
        float wide = room;
        for (int i = 0; i < 20; i++) {
            float middle = (narrow + wide) / 2;
            if (line.wrap(middle, CONTEXT).size() > fewest.size()) {
                narrow = middle;
            } else {
                wide = middle;
            }
        }
        return line.wrap(wide, CONTEXT);
    }

    /**
     * Moves the cursor a left axis draws its label at to the left edge of {@code plotArea} plus the
     * label's {@code enclosure} (its box with insets): labels of stacked plots line up there.
     */
    public static void alignLeft(AxisState state, Rectangle2D plotArea, RectangleEdge edge, Rectangle2D enclosure) {
        if (edge == RectangleEdge.LEFT && enclosure != null && enclosure.getWidth() > 0) {
            state.setCursor(Math.min(state.getCursor(), plotArea.getMinX() + enclosure.getWidth()));
        }
    }

    /** A log axis whose label joins the left label column ({@link #alignLeft}). */
    static final class LogAxis extends org.jfree.chart.axis.LogAxis {
        LogAxis(String label) {
            super(label);
        }

        @Override
        protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                      RectangleEdge edge, AxisState state) {
            alignLeft(state, plotArea, edge, getLabelEnclosure(g2, edge));
            return super.drawLabel(label, g2, plotArea, dataArea, edge, state);
        }

        @Override
        protected AxisState drawAttributedLabel(java.text.AttributedString label, Graphics2D g2, Rectangle2D plotArea,
                                                Rectangle2D dataArea, RectangleEdge edge, AxisState state) {
            alignLeft(state, plotArea, edge, getLabelEnclosure(g2, edge));
            return super.drawAttributedLabel(label, g2, plotArea, dataArea, edge, state);
        }
    }
}
