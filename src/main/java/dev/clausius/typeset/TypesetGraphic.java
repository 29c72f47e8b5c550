package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GraphicAttribute;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.List;

/**
 * A {@link TypesetLine} as the one character of an {@link AttributedString}, for JFreeChart's
 * attributed axis labels. JFreeChart draws those through {@code TextLayout.draw}, which hands a
 * replaced character to its graphic: the line is drawn with {@code drawString} per run, so the
 * exports keep it as text. (TextAttribute.SUPERSCRIPT would draw through glyph vectors, which
 * Batik and PDFBox's Graphics2D write as outlines, not text.)
 */
public final class TypesetGraphic extends GraphicAttribute {
    /** Metrics are taken at this context: a label measured once stays the same on screen and in files. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** The lines, top to bottom, each centred on the widest; one for most labels. */
    private final List<TypesetLine> lines;
    private final float ascent;
    private final float descent;
    private final float advance;

    public TypesetGraphic(TypesetLine line) {
        this(List.of(line));
    }

    /**
     * Lines set one under the other (an axis label wrapped to its plot's height), the baseline
     * of the first being the graphic's.
     */
    public TypesetGraphic(List<TypesetLine> lines) {
        super(ROMAN_BASELINE);
        this.lines = List.copyOf(lines);
        this.ascent = lines.get(0).ascent(CONTEXT);
        float depth = 0f;
        float width = 0f;
        for (int i = 0; i < lines.size(); i++) {
            depth += i == 0 ? 0f : lineGap(i);
            width = Math.max(width, lines.get(i).width(CONTEXT));
        }
        this.descent = depth + lines.get(lines.size() - 1).descent(CONTEXT);
        this.advance = width;
    }

    /** From the baseline of line {@code i - 1} to that of line {@code i}: the font's line spacing. */
    private float lineGap(int i) {
        TypesetLine above = lines.get(i - 1);
        TypesetLine below = lines.get(i);
        float leading = above.font().getLineMetrics("Hg", CONTEXT).getLeading();
        return above.descent(CONTEXT) + leading + below.ascent(CONTEXT);
    }

    /**
     * {@code markup} set in {@code font}, scripts never under {@code smallest} (font units), as the
     * single character JFreeChart lays out and draws.
     */
    public static AttributedString attributed(String markup, Font font, float smallest) {
        AttributedString text = new AttributedString("\uFFFC");
        text.addAttribute(TextAttribute.FONT, font);
        text.addAttribute(TextAttribute.CHAR_REPLACEMENT, new TypesetGraphic(TypesetLine.of(markup, font, smallest)));
        return text;
    }

    /** Lines set one under the other, as the single character JFreeChart lays out and draws. */
    public static AttributedString attributed(List<TypesetLine> lines) {
        AttributedString text = new AttributedString("\uFFFC");
        text.addAttribute(TextAttribute.FONT, lines.get(0).font());
        text.addAttribute(TextAttribute.CHAR_REPLACEMENT, new TypesetGraphic(lines));
        return text;
    }

    /** The first line (the only one of most labels). */
    public TypesetLine line() {
        return lines.get(0);
    }

    public List<TypesetLine> lines() {
        return lines;
    }

    @Override
    public float getAscent() {
        return ascent;
    }

    @Override
    public float getDescent() {
        return descent;
    }

    @Override
    public float getAdvance() {
        return advance;
    }

    @Override
    public Rectangle2D getBounds() {
        return new Rectangle2D.Float(0f, -ascent, advance, ascent + descent);
    }

    @Override
    public void draw(Graphics2D graphics, float x, float y) {
        float baseline = y;
        for (int i = 0; i < lines.size(); i++) {
            baseline += i == 0 ? 0f : lineGap(i);
            TypesetLine line = lines.get(i);
            float indent = lines.size() == 1 ? 0f : (advance - line.width(CONTEXT)) / 2;
            line.draw(graphics, x + indent, baseline);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypesetGraphic graphic && graphic.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }
}
