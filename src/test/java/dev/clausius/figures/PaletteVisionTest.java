package dev.clausius.figures;

import dev.clausius.figures.look.ColourVision;
import dev.clausius.figures.sweep.SweepFigure;
import dev.clausius.preset.Preset;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 part 4: the curves of one plot stay apart in colour for normal vision and for each
 * dichromacy ({@link ColourVision}), in the normal and the projector look, for every panel of every
 * shipped preset and the sweep figure. Thresholds (docs/figures.md, "Colour-vision check"):
 * ΔE00 ≥ 10 between two series of a plot, ≥ 20 between a series and the plot's background.
 */
class PaletteVisionTest {
    /** Ten just-noticeable differences: two curves read as different colours at a glance. */
    static final double BETWEEN_SERIES = 10;
    /** A thin line needs more than a patch to stand out from the white around it. */
    static final double AGAINST_BACKGROUND = 20;

    @Test
    void everyPanelsSeriesStayApartForEveryVision() throws Exception {
        List<Path> presets = SeriesLooks.shippedPresets();
        assertFalse(presets.isEmpty(), "no shipped presets found under presets/");
        // panel -> style/vision -> the smallest difference seen, over every preset
        Map<String, Map<String, double[]>> minima = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (FigureStyle style : FigureStyle.values()) {
            for (Path file : presets) {
                Preset preset = SeriesLooks.read(file);
                for (Figure figure : Figures.forPreset(preset, preset.time().end())) {
                    figure.style(style);
                    if (figure.name().equals("scene")) {
                        // no chart series: its few fixed colours are checked in SceneColoursTest
                        assertTrue(SeriesLooks.of(figure).isEmpty());
                        continue;
                    }
                    check(figure.name(), SeriesLooks.of(figure), style, minima, failures, file.getFileName().toString());
                }
            }
            SweepFigure sweep = SweepFigures.oneParameter();
            sweep.style(style);
            check("sweep", SeriesLooks.of((XYPlot) sweep.chart().getPlot(), "sweep/plot0"), style, minima, failures,
                    "sweep");
        }
        assertTrue(minima.keySet().containsAll(List.of("entropies", "production", "temperatures", "engine", "state",
                "compare", "sweep")), "panels checked: " + minima.keySet());
        System.out.println(table(minima));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(String panel, List<SeriesLooks.Look> looks, FigureStyle style,
                              Map<String, Map<String, double[]>> minima, List<String> failures, String preset) {
        for (ColourVision vision : ColourVision.values()) {
            double[] min = minima.computeIfAbsent(panel, k -> new TreeMap<>())
                    .computeIfAbsent(style + " " + vision, k -> new double[] {Double.POSITIVE_INFINITY,
                            Double.POSITIVE_INFINITY});
            for (int i = 0; i < looks.size(); i++) {
                SeriesLooks.Look a = looks.get(i);
                double background = vision.difference(a.colour(), a.background());
                min[1] = Math.min(min[1], background);
                if (background < AGAINST_BACKGROUND) {
                    failures.add(String.format("%s %s %s %s: %s on its background ΔE00 %.1f", preset, style, vision,
                            a.plot(), a.key(), background));
                }
                for (int j = i + 1; j < looks.size(); j++) {
                    SeriesLooks.Look b = looks.get(j);
                    if (!a.plot().equals(b.plot()) || (a.reference() && b.reference())) {
                        continue; // other plots are not drawn over each other; two reference lines are labelled
                    }
                    double between = vision.difference(a.colour(), b.colour());
                    min[0] = Math.min(min[0], between);
                    if (between < BETWEEN_SERIES) {
                        failures.add(String.format("%s %s %s %s: %s and %s ΔE00 %.1f", preset, style, vision,
                                a.plot(), a.key(), b.key(), between));
                    }
                }
            }
        }
    }

    /** The measured minima as a Markdown table (the one in docs/figures.md). */
    private static String table(Map<String, Map<String, double[]>> minima) {
        StringBuilder out = new StringBuilder("| panel | look | normal | protanopia | deuteranopia | tritanopia |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (var panel : minima.entrySet()) {
            for (FigureStyle style : FigureStyle.values()) {
                out.append("| ").append(panel.getKey()).append(" | ").append(style.toString().toLowerCase());
                for (ColourVision vision : ColourVision.values()) {
                    double[] min = panel.getValue().get(style + " " + vision);
                    out.append(String.format(" | %s / %.1f", Double.isInfinite(min[0]) ? "–"
                            : String.format("%.1f", min[0]), min[1]));
                }
                out.append(" |\n");
            }
        }
        return out.toString();
    }

    @Test
    void theThresholdsSeparateWhatTheyShould() {
        // the check is not vacuous: red and green, the classic confusion, fail it for a deuteranope
        // and pass it for normal vision
        Color red = new Color(213, 0, 0);
        Color green = new Color(0, 140, 0);
        assertTrue(ColourVision.NORMAL.difference(red, green) > BETWEEN_SERIES);
        assertTrue(ColourVision.DEUTERANOPIA.difference(red, green) < BETWEEN_SERIES);
    }
}
