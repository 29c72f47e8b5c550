package dev.clausius.figures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;

/**
 * A chart fitted to the area an export draws it in, from a layout of it there (a dry run that
 * draws nothing anyone sees): a legend above the plots that would be more than half as tall as
 * they are moves beside them, one item a line, when that leaves the plots most of the width and
 * the column fits the height; then
 * each vertical axis label longer than its plot wraps ({@link AxisLabels}).
 */
public final class FigureFit {
    /** A legend above its plots may be at most this fraction of their height. */
    static final double LEGEND_SHARE = 0.5;
    /** A legend beside the plots may take at most this fraction of the chart's width. */
    static final double SIDE_SHARE = 0.4;

    private FigureFit() {
    }

    /** Fits {@code chart} to {@code area} (layout units); scripts never under {@code smallestText}. */
    public static void fit(JFreeChart chart, Rectangle2D area, float smallestText) {
        ChartRenderingInfo info = layout(chart, area);
        LegendTitle legend = chart.getLegend();
        if (legend != null && RectangleEdge.isTopOrBottom(legend.getPosition())
                && legendHeight(info) > LEGEND_SHARE * plotsHeight(info.getPlotInfo())) {
            legend.setPosition(RectangleEdge.RIGHT);
            Size2D side = sideSize(legend);
            if (side.getWidth() <= SIDE_SHARE * area.getWidth() && side.getHeight() <= area.getHeight()) {
                info = layout(chart, area);
            } else {
                legend.setPosition(RectangleEdge.TOP);
            }
        }
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            List<XYPlot> subplots = combined.getSubplots();
            for (int i = 0; i < subplots.size() && i < plotInfo.getSubplotCount(); i++) {
                AxisLabels.wrap(subplots.get(i), plotInfo.getSubplotInfo(i).getDataArea(), smallestText);
            }
        } else if (chart.getPlot() instanceof XYPlot xy) {
            AxisLabels.wrap(xy, plotInfo.getDataArea(), smallestText);
        }
    }

    private static ChartRenderingInfo layout(JFreeChart chart, Rectangle2D area) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = graphics();
        try {
            g2.clip(new Rectangle2D.Double(0, 0, 0, 0)); // lay out only: every drawing is clipped away
            chart.draw(g2, area, info);
        } finally {
            g2.dispose();
        }
        return info;
    }

    /** A throwaway graphics with the exports' text hints, for measuring. */
    private static Graphics2D graphics() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g2;
    }

    /** The size of {@code legend} in its present position, unconstrained. */
    private static Size2D sideSize(LegendTitle legend) {
        Graphics2D g2 = graphics();
        try {
            return legend.arrange(g2, RectangleConstraint.NONE);
        } finally {
            g2.dispose();
        }
    }

    /** The height the legend's items span, 0 without a legend. */
    static double legendHeight(ChartRenderingInfo info) {
        Rectangle2D union = null;
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof LegendItemEntity item) {
                Rectangle2D area = item.getArea().getBounds2D();
                union = union == null ? area : union.createUnion(area);
            }
        }
        return union == null ? 0 : union.getHeight();
    }

    /** The height of the plots a chart drew: its data area, or its stacked plots' together. */
    public static double plotsHeight(PlotRenderingInfo info) {
        if (info.getSubplotCount() == 0) {
            return info.getDataArea().getHeight();
        }
        double height = 0;
        for (int i = 0; i < info.getSubplotCount(); i++) {
            height += info.getSubplotInfo(i).getDataArea().getHeight();
        }
        return height;
    }
}
