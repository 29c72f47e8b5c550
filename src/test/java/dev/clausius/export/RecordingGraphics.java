package dev.clausius.export;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Map;

/**
 * A Graphics2D that draws through another and records where every text lands: the ink box of
 * each drawString, glyph vector and attributed string, mapped through the current transform to
 * the page (points). A run that starts where the previous one ended (a subscript after its symbol)
 * joins that text: one typeset line is one item. Copies made by {@link #create()} record into the
 * same list.
 */
final class RecordingGraphics extends Graphics2D {
    /** One drawn text: what it says and its ink box on the page. */
    record Text(String text, Rectangle2D box, double size) {
    }

    private final Graphics2D g;
    private final List<Text> texts;
    /** Where the last run's baseline ended, in the space it was drawn in; null before any. */
    private final End[] lastEnd;

    /** The end of a run's baseline, in user space under {@code transform}, and its font size there. */
    private record End(AffineTransform transform, double x, double y, double size) {
        /** Whether a run drawn at (x, y) continues this one: same space, at its end, within a script's drop or rise. */
        boolean continuedBy(AffineTransform at, double nextX, double nextY) {
            return at.equals(transform) && Math.abs(nextX - x) < 0.01 * size && Math.abs(nextY - y) < 0.7 * size;
        }
    }

    RecordingGraphics(Graphics2D delegate, List<Text> texts) {
        this(delegate, texts, new End[1]);
    }

    private RecordingGraphics(Graphics2D delegate, List<Text> texts, End[] lastEnd) {
        this.g = delegate;
        this.texts = texts;
        this.lastEnd = lastEnd;
    }

    private void record(String text, Rectangle2D ink, float x, float y, double advance, Font font) {
        AffineTransform at = g.getTransform();
        double size = font.getSize2D() * Math.sqrt(Math.abs(at.getDeterminant()));
        Rectangle2D box = ink.isEmpty() ? null
                : at.createTransformedShape(new Rectangle2D.Double(ink.getX() + x, ink.getY() + y, ink.getWidth(),
                        ink.getHeight())).getBounds2D();
        End previous = lastEnd[0];
        boolean continued = previous != null && previous.continuedBy(at, x, y);
        // a line's runs share its size: keep the first run's, so a script's drop is measured against it
        lastEnd[0] = new End(at, x + advance, continued ? previous.y() : y,
                continued ? previous.size() : font.getSize2D());
        if (box == null) {
            return;
        }
        // a run starting where the last ended: a script of the same typeset line
        if (continued && !texts.isEmpty()) {
            Text last = texts.remove(texts.size() - 1);
            texts.add(new Text(last.text() + text, last.box().createUnion(box), last.size()));
        } else {
            texts.add(new Text(text, box, size));
        }
    }

    @Override
    public void drawString(String str, float x, float y) {
        Font font = g.getFont();
        char[] chars = str.toCharArray();
        if (!str.isEmpty() && java.text.Bidi.requiresBidi(chars, 0, chars.length)) {
            // right-to-left text is shaped (Persian letters join and narrow) and reordered by
            // drawString: measure it as drawString sets it, not as a row of unjoined glyphs
            TextLayout layout = new TextLayout(str, font, g.getFontRenderContext());
            record(str, layout.getBounds(), x, y, layout.getAdvance(), font);
        } else {
            GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), str);
            record(str, gv.getVisualBounds(), x, y, gv.getLogicalBounds().getWidth(), font);
        }
        g.drawString(str, x, y);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        TextLayout layout = new TextLayout(iterator, g.getFontRenderContext());
        record(text.toString(), layout.getBounds(), x, y, layout.getAdvance(), g.getFont());
        g.drawString(iterator, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            text.append('#');
        }
        record(text.toString(), gv.getVisualBounds(), x, y, gv.getLogicalBounds().getWidth(), gv.getFont());
        g.drawGlyphVector(gv, x, y);
    }

    @Override
    public Graphics create() {
        return new RecordingGraphics((Graphics2D) g.create(), texts, lastEnd);
    }

    // everything else goes straight to the delegate

    @Override public void draw(Shape s) { g.draw(s); }
    @Override public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { return g.drawImage(img, xform, obs); }
    @Override public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { g.drawImage(img, op, x, y); }
    @Override public void drawRenderedImage(RenderedImage img, AffineTransform xform) { g.drawRenderedImage(img, xform); }
    @Override public void drawRenderableImage(RenderableImage img, AffineTransform xform) { g.drawRenderableImage(img, xform); }
    @Override public void fill(Shape s) { g.fill(s); }
    @Override public boolean hit(Rectangle rect, Shape s, boolean onStroke) { return g.hit(rect, s, onStroke); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return g.getDeviceConfiguration(); }
    @Override public void setComposite(Composite comp) { g.setComposite(comp); }
    @Override public void setPaint(Paint paint) { g.setPaint(paint); }
    @Override public void setStroke(Stroke s) { g.setStroke(s); }
    @Override public void setRenderingHint(RenderingHints.Key key, Object value) { g.setRenderingHint(key, value); }
    @Override public Object getRenderingHint(RenderingHints.Key key) { return g.getRenderingHint(key); }
    @Override public void setRenderingHints(Map<?, ?> hints) { g.setRenderingHints(hints); }
    @Override public void addRenderingHints(Map<?, ?> hints) { g.addRenderingHints(hints); }
    @Override public RenderingHints getRenderingHints() { return g.getRenderingHints(); }
    @Override public void translate(int x, int y) { g.translate(x, y); }
    @Override public void translate(double tx, double ty) { g.translate(tx, ty); }
    @Override public void rotate(double theta) { g.rotate(theta); }
    @Override public void rotate(double theta, double x, double y) { g.rotate(theta, x, y); }
    @Override public void scale(double sx, double sy) { g.scale(sx, sy); }
    @Override public void shear(double shx, double shy) { g.shear(shx, shy); }
    @Override public void transform(AffineTransform tx) { g.transform(tx); }
    @Override public void setTransform(AffineTransform tx) { g.setTransform(tx); }
    @Override public AffineTransform getTransform() { return g.getTransform(); }
    @Override public Paint getPaint() { return g.getPaint(); }
    @Override public Composite getComposite() { return g.getComposite(); }
    @Override public void setBackground(Color color) { g.setBackground(color); }
    @Override public Color getBackground() { return g.getBackground(); }
    @Override public Stroke getStroke() { return g.getStroke(); }
    @Override public void clip(Shape s) { g.clip(s); }
    @Override public FontRenderContext getFontRenderContext() { return g.getFontRenderContext(); }
    @Override public Color getColor() { return g.getColor(); }
    @Override public void setColor(Color c) { g.setColor(c); }
    @Override public void setPaintMode() { g.setPaintMode(); }
    @Override public void setXORMode(Color c) { g.setXORMode(c); }
    @Override public Font getFont() { return g.getFont(); }
    @Override public void setFont(Font font) { g.setFont(font); }
    @Override public FontMetrics getFontMetrics(Font f) { return g.getFontMetrics(f); }
    @Override public Rectangle getClipBounds() { return g.getClipBounds(); }
    @Override public void clipRect(int x, int y, int width, int height) { g.clipRect(x, y, width, height); }
    @Override public void setClip(int x, int y, int width, int height) { g.setClip(x, y, width, height); }
    @Override public Shape getClip() { return g.getClip(); }
    @Override public void setClip(Shape clip) { g.setClip(clip); }
    @Override public void copyArea(int x, int y, int width, int height, int dx, int dy) { g.copyArea(x, y, width, height, dx, dy); }
    @Override public void drawLine(int x1, int y1, int x2, int y2) { g.drawLine(x1, y1, x2, y2); }
    @Override public void fillRect(int x, int y, int width, int height) { g.fillRect(x, y, width, height); }
    @Override public void clearRect(int x, int y, int width, int height) { g.clearRect(x, y, width, height); }
    @Override public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) { g.drawRoundRect(x, y, w, h, aw, ah); }
    @Override public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) { g.fillRoundRect(x, y, w, h, aw, ah); }
    @Override public void drawOval(int x, int y, int width, int height) { g.drawOval(x, y, width, height); }
    @Override public void fillOval(int x, int y, int width, int height) { g.fillOval(x, y, width, height); }
    @Override public void drawArc(int x, int y, int w, int h, int start, int arc) { g.drawArc(x, y, w, h, start, arc); }
    @Override public void fillArc(int x, int y, int w, int h, int start, int arc) { g.fillArc(x, y, w, h, start, arc); }
    @Override public void drawPolyline(int[] xs, int[] ys, int n) { g.drawPolyline(xs, ys, n); }
    @Override public void drawPolygon(int[] xs, int[] ys, int n) { g.drawPolygon(xs, ys, n); }
    @Override public void fillPolygon(int[] xs, int[] ys, int n) { g.fillPolygon(xs, ys, n); }
    @Override public boolean drawImage(Image img, int x, int y, ImageObserver o) { return g.drawImage(img, x, y, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) { return g.drawImage(img, x, y, w, h, o); }
    @Override public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) { return g.drawImage(img, x, y, bg, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) { return g.drawImage(img, x, y, w, h, bg, o); }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, ImageObserver o) { return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, o); }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2, Color bg, ImageObserver o) { return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg, o); }
    @Override public void dispose() { g.dispose(); }
}
