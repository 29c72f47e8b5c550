package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.typeset.Markup;
import dev.clausius.typeset.TypesetGraphic;
import dev.clausius.typeset.TypesetLegend;
import dev.clausius.typeset.TypesetMarkerLabel;
import dev.clausius.typeset.TypesetTitle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;

/**
 * The looks of every figure: normal (a desk screen, a paper) and projector (large fonts, thick
 * lines, black on white at full contrast, for the back row of a lecture hall), and the printed
 * looks of the journal styles ({@link #printed}). Immutable. Sizes are in the units the chart is
 * laid out in (points on a screen; an export scales its layout to the printed width).
 */
public final class FigureStyle {
    public static final FigureStyle NORMAL = new FigureStyle("NORMAL", FigureFonts.SANS, 12f, 13f, 2.0f,
            new Color(0xDD, 0xDD, 0xDD), false, 0f, 18f, 0f);
    public static final FigureStyle PROJECTOR = new FigureStyle("PROJECTOR", FigureFonts.SANS, 20f, 22f, 4.0f,
            new Color(0xB0, 0xB0, 0xB0), true, 0f, 22f, 0f);

    private final String name;
    private final String family;
    private final float tickSize;
    private final float labelSize;
    private final float lineWidth;
    private final Color grid;
    private final boolean boldLabels;
    /** The thinnest line drawn (grid, axes, ticks, frames); 0 leaves JFreeChart's own widths. */
    private final float thinnest;
    private final float titleSize;
    /** The smallest text (scripts, shrunk-to-fit scene text), in layout units; 0 on screen. */
    private final float smallestText;

    private FigureStyle(String name, String family, float tickSize, float labelSize, float lineWidth, Color grid,
                        boolean boldLabels, float thinnest, float titleSize, float smallestText) {
        this.name = name;
        this.family = family;
        this.tickSize = tickSize;
        this.labelSize = labelSize;
        this.lineWidth = lineWidth;
        this.grid = grid;
        this.boldLabels = boldLabels;
        this.thinnest = thinnest;
        this.titleSize = titleSize;
        this.smallestText = smallestText;
    }

    /** The screen looks, normal and projector. */
    public static FigureStyle[] values() {
        return new FigureStyle[] {NORMAL, PROJECTOR};
    }

    /**
     * A printed look: every text in {@code family} (a {@link FigureFonts} family) at {@code textSize},
     * curves {@code lineWidth} wide, no line thinner than {@code thinnest} and no text (a script, a
     * scene label shrunk to fit) smaller than {@code smallestText}, all in layout units.
     */
    public static FigureStyle printed(String family, float textSize, float lineWidth, float thinnest,
                                      float smallestText) {
        return new FigureStyle("PRINTED", family, textSize, textSize, lineWidth, new Color(0xDD, 0xDD, 0xDD), false,
                thinnest, textSize, smallestText);
    }

    /**
     * The smallest text drawn, in layout units: a printed look's 6 pt times its layout scale, so
     * scripts print at no less than 6 pt; 0 on screen, where scripts keep their scale of the line.
     */
    public float smallestText() {
        return smallestText;
    }

    /** The font family of every text. */
    public String family() {
        return family;
    }

    public float lineWidth() {
        return lineWidth;
    }

    public Stroke stroke(Dash dash) {
        return stroke(dash, Emphasis.PLAIN);
    }

    /** A curve's stroke, thicker (dashes scaled with it) for the curve a tour step highlights. */
    public Stroke stroke(Dash dash, Emphasis emphasis) {
        float width = lineWidth * emphasis.widthFactor();
        return stroke(dash, width, width / 2f);
    }

    /** A pinned run's curve: the live curve's dashes at 0.6 of its width, so the pin stays behind. */
    public Stroke pinStroke(Dash dash) {
        return stroke(dash, lineWidth * 0.6f, lineWidth / 2f);
    }

    /** A bar's outline: thinner than a curve; its dash tells two bar series apart without colour. */
    public Stroke barOutline(Dash dash) {
        return stroke(dash, lineWidth * 0.6f, lineWidth / 2f);
    }

    private static Stroke stroke(Dash dash, float width, float dashScale) {
        float[] pattern = dash.pattern(dashScale);
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        int cap = dash == Dash.DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        return new BasicStroke(width, cap, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    /**
     * A legend's sample line: at least one whole period of the longest dash pattern (dash-dot-dot,
     * 14 line widths), so each legend entry shows its curve's dashes. At a fixed 28 units the
     * projector's doubled dashes showed a dash and a gap, read as a short solid line.
     */
    public Line2D legendLine() {
        double half = Math.max(14.0, 7.0 * lineWidth);
        return new Line2D.Double(-half, 0.0, half, 0.0);
    }

    /** Reference lines (bath temperatures, Carnot): thinner than curves, dashed, grey. */
    public Stroke referenceStroke() {
        return new BasicStroke(Math.max(thinnest, lineWidth * 0.75f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f * lineWidth, 3f * lineWidth}, 0f);
    }

    /**
     * Grid lines: thin and solid. JFreeChart's default dashed grid cost more than half of a live
     * chart's drawing time (antialiased dashes, decision 0010) and reads no better.
     */
    public Stroke gridStroke() {
        return new BasicStroke(Math.max(thinnest, lineWidth * 0.25f));
    }

    public Font tickFont() {
        return FigureFonts.font(family, Font.PLAIN, tickSize);
    }

    public Font labelFont() {
        return FigureFonts.font(family, boldLabels ? Font.BOLD : Font.PLAIN, labelSize);
    }

    /** A panel title heading an exported figure: bold, at JFreeChart's title size on screen. */
    public Font titleFont() {
        return FigureFonts.font(family, Font.BOLD, titleSize);
    }

    /** The smallest stroke width any line of this look gets (0: no minimum). */
    public float thinnest() {
        return thinnest;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Fonts, grid and marker lines of a whole chart (curve strokes are set by their figure). */
    public void applyTo(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right for the last time tick's label, centred on the plot's edge
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, tickSize * 1.5));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof LegendTitle legend) {
                legend.setItemFont(labelFont());
                if (legend instanceof TypesetLegend typeset) {
                    typeset.setSmallestText(smallestText);
                }
            } else if (title instanceof TextTitle text) {
                text.setFont(tickFont());
                if (text instanceof TypesetTitle typeset) {
                    typeset.setSmallestText(smallestText);
                }
            } else if (title instanceof PaintScaleLegend scale) {
                styleAxis(scale.getAxis()); // the density matrix's colour scale
            }
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(labelFont());
            if (chart.getTitle() instanceof TypesetTitle typeset) {
                typeset.setSmallestText(smallestText);
            }
        }
        applyTo(chart.getPlot());
    }

    private void applyTo(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            // the top and bottom tick labels of neighbouring plots hang half a line past their
            // plots' edges: a gap of a tick label's size keeps them apart
            combined.setGap(Math.max(8, tickSize));
            styleAxis(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                applyTo(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlineStroke(gridStroke());
            xy.setRangeGridlineStroke(gridStroke());
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof XYLineAndShapeRenderer lines) {
                    lines.setLegendLine(legendLine());
                }
            }
            if (thinnest > 0) {
                xy.setOutlineStroke(new BasicStroke(thinnest));
            }
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
            for (Object marker : xy.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                    ? java.util.List.of() : xy.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
                if (marker instanceof ValueMarker value) {
                    value.setStroke(referenceStroke());
                    value.setLabelFont(tickFont());
                }
            }
            for (Object annotation : xy.getAnnotations()) {
                if (annotation instanceof TypesetMarkerLabel label) {
                    label.setSmallestText(smallestText);
                }
            }
        }
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(tickFont());
        axis.setLabelFont(labelFont());
        // a label in markup is set anew in each style's font: the typeset line carries its own (and
        // sets words the font has no glyphs for, Persian, in a fallback font)
        if (axis.getLabel() != null && (Markup.hasMarkup(axis.getLabel()) || labelFont().canDisplayUpTo(axis.getLabel()) != -1)) {
            axis.setAttributedLabel(TypesetGraphic.attributed(axis.getLabel(), labelFont(), smallestText));
        }
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        if (thinnest > 0) {
            axis.setAxisLineStroke(new BasicStroke(thinnest));
            axis.setTickMarkStroke(new BasicStroke(thinnest));
        }
    }
}
