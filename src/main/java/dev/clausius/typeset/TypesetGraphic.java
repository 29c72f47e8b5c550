package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GraphicAttribute;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;

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
    private final TypesetLine line;
    private final float ascent;
    private final float descent;
    private final float advance;

    public TypesetGraphic(TypesetLine line) {
        super(ROMAN_BASELINE);
        this.line = line;
        this.ascent = line.ascent(CONTEXT);
        this.descent = line.descent(CONTEXT);
        this.advance = line.width(CONTEXT);
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

    public TypesetLine line() {
        return line;
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
        line.draw(graphics, x, y);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypesetGraphic graphic && graphic.line.equals(line);
    }

    @Override
    public int hashCode() {
        return line.hashCode();
    }
}
