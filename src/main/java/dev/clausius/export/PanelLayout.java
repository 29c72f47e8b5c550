package dev.clausius.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;

/**
 * A panel's charts drawn top to bottom at the figure's width. A chart of k stacked plots gets a
 * taller slot (each plot keeps room for its axis labels at print size).
 */
public final class PanelLayout {
    /** Height of each further stacked plot, relative to a single plot's. */
    private static final double STACKED_PLOT_SHARE = 0.55;

    private PanelLayout() {
    }

    /** The height in points of one chart's slot. */
    static double chartHeight(JFreeChart chart, FigureSize size) {
        int plots = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots().size() : 1;
        return size.heightPoints() * Math.max(1, 1 + STACKED_PLOT_SHARE * (plots - 1));
    }

    /** The panel's total height in points. */
    public static double heightPoints(List<JFreeChart> panel, FigureSize size) {
        return panel.stream().mapToDouble(chart -> chartHeight(chart, size)).sum();
    }

    /** The panel's total height in pixels at the figure's dpi. */
    public static int heightPixels(List<JFreeChart> panel, FigureSize size) {
        return (int) Math.round(heightPoints(panel, size) * size.dpi() / 72.0);
    }

    static void draw(List<JFreeChart> panel, Graphics2D g, FigureSize size) {
        draw(panel, g, size, null);
    }

    /**
     * As {@link #draw(List, Graphics2D, FigureSize)}, each chart filling one of {@code infos} (one per
     * chart, in layout units: points times the layout scale), for a test to find its legend and plots.
     */
    static void draw(List<JFreeChart> panel, Graphics2D g, FigureSize size, List<ChartRenderingInfo> infos) {
        double scale = size.layoutScale();
        AffineTransform saved = g.getTransform();
        g.scale(1 / scale, 1 / scale);
        double w = size.widthPoints() * scale;
        double y = 0;
        for (int i = 0; i < panel.size(); i++) {
            double h = chartHeight(panel.get(i), size) * scale;
            panel.get(i).draw(g, new Rectangle2D.Double(0, y, w, h), infos == null ? null : infos.get(i));
            y += h;
        }
        g.setTransform(saved);
    }
}
