package dev.clausius.figures;

import dev.clausius.typeset.Markup;
import dev.clausius.typeset.TypesetGraphic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The two looks of every figure: normal (a desk screen, a paper) and projector (large fonts, thick
 * lines, black on white at full contrast, for the back row of a lecture hall).
 */
public enum FigureStyle {
    NORMAL(12f, 13f, 2.0f, new Color(0xDD, 0xDD, 0xDD)),
    PROJECTOR(20f, 22f, 4.0f, new Color(0xB0, 0xB0, 0xB0));

    private final float tickSize;
    private final float labelSize;
    private final float lineWidth;
    private final Color grid;

    FigureStyle(float tickSize, float labelSize, float lineWidth, Color grid) {
        this.tickSize = tickSize;
        this.labelSize = labelSize;
        this.lineWidth = lineWidth;
        this.grid = grid;
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

    private static Stroke stroke(Dash dash, float width, float dashScale) {
        float[] pattern = dash.pattern(dashScale);
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        int cap = dash == Dash.DOTTED ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        return new BasicStroke(width, cap, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    /** Reference lines (bath temperatures, Carnot): thinner than curves, dashed, grey. */
    public Stroke referenceStroke() {
        return new BasicStroke(lineWidth * 0.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f * lineWidth, 3f * lineWidth}, 0f);
    }

    /**
     * Grid lines: thin and solid. JFreeChart's default dashed grid cost more than half of a live
     * chart's drawing time (antialiased dashes, decision 0010) and reads no better.
     */
    public Stroke gridStroke() {
        return new BasicStroke(lineWidth * 0.25f);
    }

    public Font tickFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(tickSize));
    }

    public Font labelFont() {
        return new Font(Font.SANS_SERIF, this == PROJECTOR ? Font.BOLD : Font.PLAIN, Math.round(labelSize));
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
            } else if (title instanceof TextTitle text) {
                text.setFont(tickFont());
            }
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(labelFont());
        }
        applyTo(chart.getPlot());
    }

    private void applyTo(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
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
        }
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(tickFont());
        axis.setLabelFont(labelFont());
        // a label in markup is set anew in each style's font: the typeset line carries its own
        if (axis.getLabel() != null && Markup.hasMarkup(axis.getLabel())) {
            axis.setAttributedLabel(TypesetGraphic.attributed(axis.getLabel(), labelFont()));
        }
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
    }
}
