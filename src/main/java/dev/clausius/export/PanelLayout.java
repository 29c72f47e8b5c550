package dev.clausius.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** A panel's charts drawn top to bottom, each at the figure's size in points. */
final class PanelLayout {
    private PanelLayout() {
    }

    static void draw(List<JFreeChart> panel, Graphics2D g, FigureSize size) {
        double scale = size.layoutScale();
        AffineTransform saved = g.getTransform();
        g.scale(1 / scale, 1 / scale);
        double w = size.widthPoints() * scale;
        double h = size.heightPoints() * scale;
        for (int i = 0; i < panel.size(); i++) {
            panel.get(i).draw(g, new Rectangle2D.Double(0, i * h, w, h));
        }
        g.setTransform(saved);
    }
}
