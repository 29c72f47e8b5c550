package dev.clausius.figures;

import dev.clausius.typeset.TypesetGraphic;
import dev.clausius.typeset.TypesetLine;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
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

    private AxisLabels() {
    }

    /**
     * Lays {@code chart} out in {@code area} (a dry run, drawing nothing anyone sees) and wraps
     * each vertical axis label longer than its plot's height; scripts never under
     * {@code smallestText}, in layout units.
     */
    public static void fit(JFreeChart chart, Rectangle2D area, float smallestText) {
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = pixel.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.clip(new Rectangle2D.Double(0, 0, 0, 0)); // lay out only: every drawing is clipped away
            chart.draw(g2, area, info);
        } finally {
            g2.dispose();
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            List<XYPlot> subplots = combined.getSubplots();
            for (int i = 0; i < subplots.size() && i < plotInfo.getSubplotCount(); i++) {
                fit(subplots.get(i), plotInfo.getSubplotInfo(i).getDataArea(), smallestText);
            }
        } else if (chart.getPlot() instanceof XYPlot xy) {
            fit(xy, plotInfo.getDataArea(), smallestText);
        }
    }

    private static void fit(XYPlot plot, Rectangle2D dataArea, float smallestText) {
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
                axis.setAttributedLabel(TypesetGraphic.attributed(line.wrap((float) room, CONTEXT)));
                if (axis instanceof ReadableAxis readable) {
                    readable.powerInLabel();
                }
            }
        }
    }

    /**
     * Moves the cursor a left axis draws its label at to the left edge of {@code plotArea} plus the
     * label's {@code enclosure} (its box with insets): labels of stacked plots line up there.
     */
    static void alignLeft(AxisState state, Rectangle2D plotArea, RectangleEdge edge, Rectangle2D enclosure) {
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
