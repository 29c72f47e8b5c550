package dev.clausius.figures.scene;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.look.Palette;
import dev.clausius.figures.Charts;
import dev.clausius.figures.FigureStyle;

import dev.clausius.typeset.TypesetLine;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * A JFreeChart plot that paints the scene with Java2D, so it is drawn on the painter thread,
 * scaled by {@link FigureStyle} and exported (PNG, SVG, PDF) exactly like every chart. It lays out,
 * top to bottom: the legend, the two bodies with the bond and the heat arrow between them, and the
 * entropy budget bar. Sizes come from {@link SceneMapping} as fractions of full sizes set here.
 */
public final class ScenePlot extends Plot {

    /** The arrow's full width and the bond's full thickness, as fractions of the bodies' height. */
    static final double ARROW_FULL = 0.5;
    static final double BOND_FULL = 0.22;

    /** Pixel sizes of the last drawing, for tests and readers of the figure (painter thread). */
    public record Geometry(Rectangle2D bodyA, Rectangle2D partner, double arrowTip, double arrowWidth, double arrowFullWidth,
                           double bondThickness, double bondFullThickness, double barZero, double barFullLength,
                           double[] segmentEnds, double entropyABEnd) {
    }

    private static final Color HEAT = Palette.VERMILLION;
    private static final Color BOND = Palette.REDDISH_PURPLE;
    private static final Color ENTROPY_A = Palette.BLUE;
    private static final Color ENTROPY_B = Palette.ORANGE;
    private static final Color ENTROPY_AB = Palette.REFERENCE;

    /**
     * The fixed colours the scene draws side by side on white: heat arrow, bond (and the S_C part),
     * the budget's S_A, S_B and S_AB. The bodies' temperature scale is a separate, labelled map.
     */
    static List<Color> elementColours() {
        return List.of(HEAT, BOND, ENTROPY_A, ENTROPY_B, ENTROPY_AB);
    }

    private transient SceneElements elements;
    private FigureStyle style = FigureStyle.NORMAL;
    private transient Geometry geometry;
    private final transient Texts texts;

    ScenePlot(Texts texts) {
        this.texts = texts;
    }

    private String number(double value) {
        return Charts.number(value, texts);
    }

    void show(SceneElements shown) {
        this.elements = shown;
        fireChangeEvent();
    }

    void style(FigureStyle newStyle) {
        this.style = newStyle;
        fireChangeEvent();
    }

    SceneElements elements() {
        return elements;
    }

    Geometry geometry() {
        return geometry;
    }

    @Override
    public String getPlotType() {
        return "Scene";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        Font label = style.labelFont();
        Font small = style.tickFont();
        float line = style.lineWidth();
        SceneElements e = elements;
        if (e == null) {
            g2.setFont(label);
            g2.setPaint(Color.BLACK);
            text(g2, Charts.text(texts, "figure.scene.noFrame"), area.getCenterX(), area.getCenterY(), 0, area.getWidth());
            geometry = null;
            return;
        }
        double pad = 0.03 * area.getWidth();
        double x0 = area.getX() + pad;
        double width = area.getWidth() - 2 * pad;
        int lineHeight = g2.getFontMetrics(small).getHeight();
        int labelHeight = g2.getFontMetrics(label).getHeight();

        // legend band on top
        double legendTop = area.getY() + 4;
        double legendHeight = 2.3 * lineHeight;
        drawLegend(g2, e, x0, legendTop, width, legendHeight, small, line);

        // the bar at the bottom: two rows with their labels
        double barRow = Math.max(1.4 * lineHeight, 0.06 * area.getHeight());
        double barBlock = 2 * barRow + 2.6 * lineHeight;
        double barTop = area.getMaxY() - barBlock - 4;

        // the bodies fill the middle
        double bodiesTop = legendTop + legendHeight + labelHeight + 8;
        double bodiesBottom = barTop - lineHeight - 10;
        double bodyHeight = Math.max(20, bodiesBottom - bodiesTop);
        double gap = 0.22 * width;
        double bodyWidth = (width - gap) / 2;
        Rectangle2D bodyA = new Rectangle2D.Double(x0, bodiesTop, bodyWidth, bodyHeight);
        Rectangle2D partner = new Rectangle2D.Double(x0 + bodyWidth + gap, bodiesTop, bodyWidth, bodyHeight);

        drawBody(g2, e.a(), bodyA, label, small, line);
        if (e.b() != null) {
            drawBody(g2, e.b(), partner, label, small, line);
        } else {
            drawReservoir(g2, e, partner, label, small, line);
        }

        double bondFull = BOND_FULL * bodyHeight;
        double bondThickness = e.bondFraction() * bondFull;
        if (bondThickness > 0) {
            double y = bodiesTop + 0.22 * bodyHeight;
            g2.setPaint(BOND);
            g2.fill(new Rectangle2D.Double(bodyA.getMaxX() - 6, y - bondThickness / 2, gap + 12, bondThickness));
        }
        if (e.b() != null) {
            g2.setFont(small);
            g2.setPaint(Color.BLACK);
            text(g2, "I(A:B) = " + number(e.information()), bodyA.getMaxX() + gap / 2,
                    bodiesTop + 0.22 * bodyHeight - bondFull / 2 - 4, -1, gap + bodyWidth * 0.6);
        }

        double arrowFull = ARROW_FULL * bodyHeight;
        double arrowWidth = e.arrowFraction() * arrowFull;
        double arrowY = bodiesTop + 0.62 * bodyHeight;
        double tip = Double.NaN;
        if (arrowWidth > 0) {
            boolean intoA = e.heatRate() > 0;
            double from = intoA ? partner.getX() + 4 : bodyA.getMaxX() - 4;
            double to = intoA ? bodyA.getMaxX() - 4 : partner.getX() + 4;
            tip = to;
            g2.setPaint(HEAT);
            g2.fill(SceneShapes.arrow(from, to, arrowY, arrowWidth, Math.min(gap * 0.35, Math.max(arrowWidth, 10))));
        }
        g2.setFont(small);
        g2.setPaint(Color.BLACK);
        text(g2, "dQ_{A}/dt = " + number(e.heatRate()), bodyA.getMaxX() + gap / 2,
                arrowY + arrowFull / 2 + lineHeight, 0, gap + bodyWidth * 0.6);

        double[] ends = drawBudget(g2, e, x0, barTop, width, barRow, small, line);
        double zero = ends[4];
        double full = ends[5];
        geometry = new Geometry(bodyA, partner, tip, arrowWidth, arrowFull, bondThickness, bondFull, zero, full,
                new double[] {ends[0], ends[1], ends[2]}, ends[3]);
    }

    private void drawLegend(Graphics2D g2, SceneElements e, double x, double y, double width, double height,
                            Font font, float line) {
        SceneMapping m = e.mapping();
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double barWidth = 0.3 * width;
        double barHeight = metrics.getHeight() * 0.9;
        double labelWidth = metrics.stringWidth("T = 0.0000 ");
        double bx = x + labelWidth;
        for (int i = 0; i < (int) barWidth; i++) {
            g2.setPaint(SceneMapping.colourAt(i / Math.max(1.0, barWidth - 1)));
            g2.fill(new Rectangle2D.Double(bx + i, y, 1.5, barHeight));
        }
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(line * 0.5f));
        g2.draw(new Rectangle2D.Double(bx, y, barWidth, barHeight));
        double baseline = y + barHeight / 2 + metrics.getAscent() / 2.0 - 1;
        // the colour scale's ends are written as an axis' ticks are
        g2.drawString("T = " + Charts.tickNumber(m.coldest(), texts), (float) x, (float) baseline);
        String hot = Charts.tickNumber(m.hottest(), texts);
        g2.drawString(hot, (float) (bx + barWidth + 4), (float) baseline);
        double hx = bx + barWidth + 8 + metrics.stringWidth(hot) + 12;
        SceneShapes.fillHatched(g2, new Rectangle2D.Double(hx, y, barHeight * 1.6, barHeight), line);
        g2.setPaint(Color.BLACK);
        left(g2, Charts.text(texts, "figure.scene.noTemperature"), hx + barHeight * 1.6 + 6, baseline,
                x + width - (hx + barHeight * 1.6 + 6));
        String scales = Charts.text(texts, "figure.scene.scale.arrow", "|dQ_{A}/dt| = " + number(m.heatFull()))
                + (e.b() == null ? "" : "    " + Charts.text(texts, "figure.scene.scale.bond", "I(A:B) = " + number(m.informationFull())));
        left(g2, scales, x, y + height - metrics.getDescent(), width);
    }

    private void drawBody(Graphics2D g2, SceneElements.Body body, Rectangle2D box, Font label, Font small,
                          float line) {
        if (!body.cellColours().isEmpty()) {
            int n = body.cellColours().size();
            double w = box.getWidth() / n;
            for (int i = 0; i < n; i++) {
                g2.setPaint(body.cellColours().get(i));
                g2.fill(new Rectangle2D.Double(box.getX() + i * w, box.getY(), w + 0.5, box.getHeight()));
            }
            g2.setPaint(Palette.REFERENCE);
            g2.setStroke(new BasicStroke(line * 0.3f));
            for (int i = 1; i < n; i++) {
                double cx = box.getX() + i * w;
                g2.draw(new java.awt.geom.Line2D.Double(cx, box.getY(), cx, box.getMaxY()));
            }
        } else {
            if (body.colour() == null) {
                SceneShapes.fillHatched(g2, box, line);
            } else {
                g2.setPaint(body.colour());
                g2.fill(box);
            }
        }
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(line));
        g2.draw(box);
        g2.setFont(label);
        String title = body.name();
        String value;
        if (!body.cellColours().isEmpty()) {
            value = Charts.text(texts, "figure.scene.cells", Charts.integer(body.cells().length, texts), number(body.temperature()));
        } else if (body.colour() == null) {
            value = Charts.text(texts, "figure.scene.body.noTemperature", "T_{gen} = " + number(body.temperature()));
        } else {
            value = "T_{gen} = " + number(body.temperature());
        }
        text(g2, title, box.getCenterX(), box.getY() - 6, -1, box.getWidth());
        g2.setFont(small);
        text(g2, value, box.getCenterX(), box.getMaxY() - 6, -1, box.getWidth() - 6);
    }

    private void drawReservoir(Graphics2D g2, SceneElements e, Rectangle2D box, Font label, Font small, float line) {
        SceneElements.Reservoir r = e.reservoir();
        Shape shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 24, 24);
        g2.setFont(label);
        if (r != null) {
            g2.setPaint(r.colour());
            g2.fill(shape);
            g2.setPaint(Color.BLACK);
            float[] dash = {3 * line, 2 * line};
            g2.setStroke(new BasicStroke(line * 1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            g2.draw(shape);
            text(g2, r.name() + ", T = " + number(r.temperature()), box.getCenterX(), box.getY() - 6, -1,
                    box.getWidth());
        } else {
            g2.setPaint(Palette.REFERENCE);
            text(g2, Charts.text(texts, "figure.scene.noBath"), box.getCenterX(), box.getY() + box.getHeight() * 0.3, 0, box.getWidth());
        }
        if (e.stroke() != null) {
            g2.setFont(small);
            g2.setPaint(Color.BLACK);
            g2.setPaint(r != null && SceneShapes.luminance(r.colour()) < 0.45 ? Color.WHITE : Color.BLACK);
            text(g2, e.stroke(), box.getCenterX(), box.getCenterY(), 0, box.getWidth() - 10);
        }
    }

    /** Draws the budget; returns the pixel ends of S_A, S_A + S_B, S_A + S_B + S_C, S_AB, then zero and the full length. */
    private double[] drawBudget(Graphics2D g2, SceneElements e, double x, double top, double width, double row,
                                Font font, float line) {
        SceneMapping m = e.mapping();
        SceneMapping.EntropyBudget b = e.budget();
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double labelWidth = TypesetLine.of("S_{A} + S_{B} + S_{C} ", font, style.smallestText()).width(g2.getFontRenderContext());
        double left = x + labelWidth;
        double span = width - labelWidth;
        double zero = m.entropyNegative() ? left + span / 2 : left;
        double full = m.entropyNegative() ? span / 2 : span;
        double[] sums = b.partialSums();
        double[] ends = new double[4];
        for (int i = 0; i < 4; i++) {
            ends[i] = zero + m.entropyFraction(sums[i]) * full;
        }
        double row1 = top + metrics.getHeight();
        double row2 = row1 + row + 4;
        g2.setPaint(Color.BLACK);
        String law = e.b() == null ? Charts.text(texts, "figure.scene.law.alone", "S_{AB} = S_{A}") : e.b().cellColours().isEmpty()
                ? "Eq. 16: S_{A} + S_{B} + S_{C} = S_{AB}" : Charts.text(texts, "figure.scene.law.classical", "S_{A} + S_{B} = S_{AB}", "S_{C}");
        left(g2, Charts.text(texts, "figure.scene.budget", law, number(m.entropyFull())), x,
                top + metrics.getAscent(), width);
        left(g2, e.b() == null ? "S_{A}" : "S_{A} + S_{B} + S_{C}", x, row1 + row / 2 + metrics.getAscent() / 2.0 - 1,
                labelWidth);
        left(g2, "S_{AB}", x, row2 + row / 2 + metrics.getAscent() / 2.0 - 1, labelWidth);
        SceneShapes.segment(g2, zero, ends[0], row1, row, ENTROPY_A);
        SceneShapes.segment(g2, ends[0], ends[1], row1, row, ENTROPY_B);
        // S_C <= 0 in the quantum case: a part that runs back, hatched, over the S_B before it
        if (Math.abs(ends[2] - ends[1]) > 0) {
            double lo = Math.min(ends[1], ends[2]);
            Rectangle2D part = new Rectangle2D.Double(lo, row1 + row * 0.15, Math.abs(ends[2] - ends[1]), row * 0.7);
            g2.setPaint(Color.WHITE);
            g2.fill(part);
            g2.setPaint(BOND);
            g2.setStroke(new BasicStroke(line));
            g2.draw(part);
        }
        SceneShapes.segment(g2, zero, ends[3], row2, row, ENTROPY_AB);
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(line * 0.6f));
        g2.draw(new java.awt.geom.Line2D.Double(zero, row1 - 2, zero, row2 + row + 2));
        String numbers = "S_{A} = " + number(b.entropyA())
                + (e.b() == null ? "" : "   S_{B} = " + number(b.entropyB()) + "   S_{C} = "
                + number(b.correlation())) + "   S_{AB} = " + number(b.entropyAB());
        g2.setPaint(Color.BLACK);
        left(g2, numbers, x, row2 + row + metrics.getAscent() + 2, width);
        return new double[] {ends[0], ends[1], ends[2], ends[3], zero, full};
    }

    /**
     * Centred text at (cx, y), at most {@code maxWidth} wide: {@code anchor} 0 centres it vertically
     * on y, -1 puts its baseline at y.
     */
    private void text(Graphics2D g2, String text, double cx, double y, int anchor, double maxWidth) {
        Font font = g2.getFont();
        fitFont(g2, text, maxWidth);
        FontMetrics metrics = g2.getFontMetrics();
        double baseline = anchor == 0 ? y + metrics.getAscent() / 2.0 - 1 : y;
        TypesetLine line = TypesetLine.of(text, g2.getFont(), style.smallestText());
        line.draw(g2, (float) (cx - line.width(g2.getFontRenderContext()) / 2.0), (float) baseline);
        g2.setFont(font);
    }

    /** Left-aligned text with its baseline at (x, y), at most {@code maxWidth} wide. */
    private void left(Graphics2D g2, String text, double x, double y, double maxWidth) {
        Font font = g2.getFont();
        fitFont(g2, text, maxWidth);
        TypesetLine.of(text, g2.getFont(), style.smallestText()).draw(g2, (float) x, (float) y);
        g2.setFont(font);
    }

    /**
     * Shrinks the current font so that {@code text} fits in {@code maxWidth}: to no less than half,
     * nor under the style's smallest text (6 pt at an export's printed size), nor above its size.
     */
    private void fitFont(Graphics2D g2, String text, double maxWidth) {
        float smallestText = style.smallestText();
        double width = TypesetLine.of(text, g2.getFont(), smallestText).width(g2.getFontRenderContext());
        if (width > maxWidth && width > 0) {
            Font font = g2.getFont();
            double size = font.getSize2D();
            double floor = Math.min(size, Math.max(size * 0.5, smallestText));
            g2.setFont(font.deriveFont((float) Math.max(floor, size * maxWidth / width)));
        }
    }
}
