package dev.clausius.figures;

import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws pinned runs: every curve of a pin faint and thin in its live curve's colour and dash, and
 * one legend entry per pin (a grey line and the pin's label), not one per curve, so four pins add
 * four entries to a legend, not sixteen.
 */
final class PinRenderer extends XYLineAndShapeRenderer {
    /** 0.35 of full opacity: the live curves stay in front, the pins read as a background. */
    static final int ALPHA = 90;
    static final Color LEGEND_GREY = new Color(0x80, 0x80, 0x80);

    /** Per series: the legend text, or null for a series the legend passes over. */
    private List<String> legendLabels = List.of();

    PinRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
        setDefaultCreateEntities(false);
        setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
    }

    void setLegendLabels(List<String> labels) {
        legendLabels = new ArrayList<>(labels);
    }

    static Color faint(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), ALPHA);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        if (series >= legendLabels.size() || legendLabels.get(series) == null) {
            return null;
        }
        String label = legendLabels.get(series);
        float width = lookupSeriesStroke(series) instanceof BasicStroke basic ? basic.getLineWidth() : 1f;
        LegendItem item = new LegendItem(label, label, null, null, getLegendLine(), new BasicStroke(width),
                LEGEND_GREY);
        item.setDatasetIndex(datasetIndex);
        item.setSeriesIndex(series);
        return item;
    }
}
