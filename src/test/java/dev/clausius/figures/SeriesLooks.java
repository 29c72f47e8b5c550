package dev.clausius.figures;

import dev.clausius.figures.look.Palette;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The series of a built panel as its renderers draw them: colour, dash pattern and marker, read
 * from the JFreeChart objects (not from the figure classes' own lists), plot by plot.
 */
final class SeriesLooks {
    private SeriesLooks() {
    }

    /** One drawn series: its plot (chart and sub-plot index), key, colour and colour-free cues. */
    record Look(String plot, String key, Color colour, String dash, String marker, Color background,
                double legendLength, double period, boolean asPath) {
        /** Reference lines (baths, Carnot) are grey by design and labelled where they are drawn. */
        boolean reference() {
            return colour.getRGB() == Palette.REFERENCE.getRGB();
        }

        /** The cues a reader without colour has: dash pattern and marker. */
        String cues() {
            return dash + " + " + marker;
        }
    }

    static List<Path> shippedPresets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Preset read(Path file) {
        try {
            return PresetReader.read(file);
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every series of every chart of {@code figure}, as last styled; pins (none here) left out. */
    static List<Look> of(Figure figure) {
        List<Look> looks = new ArrayList<>();
        List<JFreeChart> charts = figure.charts();
        for (int c = 0; c < charts.size(); c++) {
            JFreeChart chart = charts.get(c);
            List<XYPlot> plots = new ArrayList<>();
            if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
                plots.addAll(combined.getSubplots());
            } else if (chart.getPlot() instanceof XYPlot xy) {
                plots.add(xy);
            }
            for (int p = 0; p < plots.size(); p++) {
                looks.addAll(of(plots.get(p), figure.name() + "/chart" + c + "/plot" + p));
            }
        }
        return looks;
    }

    /** The series of one XY plot: every dataset with a renderer that draws lines, markers or bars. */
    static List<Look> of(XYPlot plot, String name) {
        List<Look> looks = new ArrayList<>();
        Color background = plot.getBackgroundPaint() instanceof Color colour ? colour : Color.WHITE;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRenderer(d);
            if (dataset == null || !(renderer instanceof AbstractRenderer drawn) || renderer instanceof PinRenderer
                    || renderer instanceof XYBlockRenderer) {
                continue; // pins copy a live curve's look; a heat map (density matrix) is a colour scale
            }
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                Paint paint = drawn.lookupSeriesPaint(s);
                if (!(paint instanceof Color colour) || colour.getAlpha() == 0) {
                    continue; // a fill between curves (the compare band), not a series
                }
                String key = String.valueOf(dataset.getSeriesKey(s));
                if (renderer instanceof XYLineAndShapeRenderer lines) {
                    String dash = lines.getItemLineVisible(s, 0) ? dash(drawn.lookupSeriesStroke(s)) : "no line";
                    String marker = lines.getItemShapeVisible(s, 0) ? marker(drawn.lookupSeriesShape(s)) : "no marker";
                    looks.add(new Look(name, key, colour, dash, marker, background,
                            lines.getLegendLine().getBounds2D().getWidth(), period(drawn.lookupSeriesStroke(s)),
                            lines.getDrawSeriesLineAsPath()));
                } else if (renderer instanceof XYBarRenderer bars) {
                    String outline = bars.isDrawBarOutline() ? dash(bars.lookupSeriesOutlineStroke(s)) : "no outline";
                    looks.add(new Look(name, key, colour, "bar outline " + outline, "bar", background, Double.NaN, 0, true));
                } else {
                    throw new AssertionError(name + ": a renderer this check does not read: " + renderer.getClass());
                }
            }
        }
        return looks;
    }

    /** The dash pattern in units of the line width (so a thicker style's longer dashes match). */
    static String dash(Stroke stroke) {
        if (!(stroke instanceof BasicStroke basic)) {
            return "stroke " + stroke.getClass().getSimpleName();
        }
        float[] pattern = basic.getDashArray();
        if (pattern == null) {
            return "solid";
        }
        double[] relative = new double[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            relative[i] = Math.round(pattern[i] / basic.getLineWidth() * 100) / 100.0;
        }
        return "dash " + Arrays.toString(relative);
    }

    /** The length of one period of a stroke's dash pattern (0 for a solid line). */
    static double period(Stroke stroke) {
        double period = 0;
        if (stroke instanceof BasicStroke basic && basic.getDashArray() != null) {
            for (float length : basic.getDashArray()) {
                period += length;
            }
        }
        return period;
    }

    static String marker(Shape shape) {
        Rectangle2D box = shape.getBounds2D();
        return shape.getClass().getSimpleName() + " " + Math.round(box.getWidth()) + "x" + Math.round(box.getHeight());
    }
}
