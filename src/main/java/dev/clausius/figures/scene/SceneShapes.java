package dev.clausius.figures.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The scene's drawing pieces that know nothing of the scene: a budget bar's segment, the heat
 * arrow's outline, the hatch of a body without a temperature, and the luminance that picks a
 * readable text colour. Vectors only, so SVG and PDF keep them as shapes.
 */
final class SceneShapes {
    private static final Color HATCH_BACK = new Color(0xE4, 0xE4, 0xE4);
    private static final Color HATCH_LINE = new Color(0x9A, 0x9A, 0x9A);

    private SceneShapes() {
    }

    static void segment(Graphics2D g2, double from, double to, double y, double height, Color colour) {
        if (to == from) {
            return;
        }
        g2.setPaint(colour);
        g2.fill(new Rectangle2D.Double(Math.min(from, to), y, Math.abs(to - from), height));
    }

    /** A horizontal arrow from {@code from} to {@code to} at height {@code y}, shaft {@code width} thick. */
    static Shape arrow(double from, double to, double y, double width, double head) {
        double dir = Math.signum(to - from);
        double headWidth = width * 1.8 + 4;
        double neck = to - dir * head;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(from, y - width / 2);
        path.lineTo(neck, y - width / 2);
        path.lineTo(neck, y - headWidth / 2);
        path.lineTo(to, y);
        path.lineTo(neck, y + headWidth / 2);
        path.lineTo(neck, y + width / 2);
        path.lineTo(from, y + width / 2);
        path.closePath();
        return path;
    }

    /**
     * The neutral diagonal hatch of a body without a temperature, drawn as lines rather than a
     * texture so that SVG and PDF keep it as vectors (Batik cannot write a texture without an
     * image writer).
     */
    static void fillHatched(Graphics2D g2, Shape shape, float line) {
        Shape clip = g2.getClip();
        g2.clip(shape);
        g2.setPaint(HATCH_BACK);
        g2.fill(shape);
        g2.setPaint(HATCH_LINE);
        g2.setStroke(new BasicStroke(Math.max(1f, line * 0.5f)));
        Rectangle2D box = shape.getBounds2D();
        double step = 8 * Math.max(1, line / 2);
        for (double x = box.getX() - box.getHeight(); x < box.getMaxX(); x += step) {
            g2.draw(new Line2D.Double(x, box.getMaxY(), x + box.getHeight(), box.getY()));
        }
        g2.setClip(clip);
    }

    /** Relative luminance of sRGB {@code c} (0 black, 1 white), to pick a readable text colour on it. */
    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
