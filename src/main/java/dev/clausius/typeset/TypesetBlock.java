package dev.clausius.typeset;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.AbstractBlock;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

/** A legend item's text as a JFreeChart block: one {@link TypesetLine}, centred vertically. */
public final class TypesetBlock extends AbstractBlock implements Block {
    private final TypesetLine line;
    private final Paint paint;

    TypesetBlock(String markup, Font font, float smallest, Paint paint) {
        this.line = TypesetLine.of(markup, font, smallest);
        this.paint = paint;
    }

    public TypesetLine line() {
        return line;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        FontRenderContext frc = g2.getFontRenderContext();
        return new Size2D(calculateTotalWidth(line.width(frc)),
                calculateTotalHeight(line.ascent(frc) + line.descent(frc)));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        draw(g2, area, null);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        area = trimMargin(area);
        drawBorder(g2, area);
        area = trimBorder(area);
        area = trimPadding(area);
        FontRenderContext frc = g2.getFontRenderContext();
        float ascent = line.ascent(frc);
        float height = ascent + line.descent(frc);
        g2.setPaint(paint);
        line.draw(g2, (float) area.getX(), (float) (area.getCenterY() - height / 2 + ascent));
        return null;
    }
}
