package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Size2D;

/**
 * A chart title or subtitle in {@link Markup}, wrapped at spaces to the width it is given. It is a
 * {@link TextTitle} (font, paint, position, padding and styles apply as to any title) whose
 * {@link #getText()} is the plain text, for metadata and tests; only the drawing is typeset.
 * Horizontal titles only (top or bottom), as the figures use.
 */
public final class TypesetTitle extends TextTitle {
    /**
     * The width a title is drawn in is the width it asked for, give or take rounding through its
     * padding: this much slack keeps a line measured to fit from wrapping when drawn.
     */
    private static final float WRAP_SLACK = 0.01f;
    private String markup;
    /** The smallest script, in the font's units (0: scripts at their scale of the line). */
    private float smallest;

    public TypesetTitle(String markup, Font font) {
        this(markup, font, 0f);
    }

    /** A title whose scripts are never under {@code smallest}, in the font's units. */
    public TypesetTitle(String markup, Font font, float smallest) {
        super(Markup.plain(markup), font);
        this.markup = markup;
        this.smallest = smallest;
    }

    public void setSmallestText(float size) {
        this.smallest = size;
    }

    public String markup() {
        return markup;
    }

    /** Replaces the text (markup); the plain text follows. */
    public void setMarkup(String newMarkup) {
        this.markup = newMarkup;
        setText(Markup.plain(newMarkup));
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        if (markup.isEmpty()) {
            return new Size2D(0, 0);
        }
        FontRenderContext frc = g2.getFontRenderContext();
        LengthConstraintType type = constraint.getWidthConstraintType();
        double limit = type == LengthConstraintType.NONE ? Double.MAX_VALUE
                : type == LengthConstraintType.RANGE ? constraint.getWidthRange().getUpperBound() : constraint.getWidth();
        float contentLimit = (float) Math.max(1, trimToContentWidth(limit));
        float width = 0f;
        float height = 0f;
        for (TypesetLine line : TypesetLine.of(markup, getFont(), smallest).wrap(contentLimit, frc)) {
            width = Math.max(width, line.width(frc));
            height += line.ascent(frc) + line.descent(frc);
        }
        double total = calculateTotalWidth(width);
        if (constraint.getWidthConstraintType() == LengthConstraintType.FIXED) {
            total = constraint.getWidth();
        }
        return new Size2D(total, calculateTotalHeight(height));
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        if (markup.isEmpty()) {
            return null;
        }
        area = trimMargin(area);
        drawBorder(g2, area);
        area = trimBorder(area);
        area = trimPadding(area);
        FontRenderContext frc = g2.getFontRenderContext();
        List<TypesetLine> lines = TypesetLine.of(markup, getFont(), smallest).wrap((float) Math.max(1, area.getWidth()) + WRAP_SLACK, frc);
        g2.setPaint(getPaint());
        float y = (float) area.getY();
        for (TypesetLine line : lines) {
            float width = line.width(frc);
            HorizontalAlignment alignment = getHorizontalAlignment();
            double x = alignment == HorizontalAlignment.LEFT ? area.getX()
                    : alignment == HorizontalAlignment.RIGHT ? area.getMaxX() - width : area.getCenterX() - width / 2;
            y += line.ascent(frc);
            line.draw(g2, (float) x, y);
            y += line.descent(frc);
        }
        return null;
    }
}
