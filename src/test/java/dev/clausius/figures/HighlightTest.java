package dev.clausius.figures;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tour's highlight: every key a panel offers draws exactly one series thick and fades the rest. */
class HighlightTest {

    /** Stroke width and alpha of every series of every XY plot of a figure. */
    private static List<float[]> looks(Figure figure) {
        List<float[]> looks = new ArrayList<>();
        for (JFreeChart chart : figure.charts()) {
            List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined
                    ? combined.getSubplots() : chart.getPlot() instanceof XYPlot xy ? List.of(xy) : List.<XYPlot>of();
            for (XYPlot plot : plots) {
                XYItemRenderer renderer = plot.getRenderer();
                for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
                    if (renderer.getSeriesStroke(i) instanceof BasicStroke stroke
                            && renderer.getSeriesPaint(i) instanceof Color colour) {
                        looks.add(new float[] {stroke.getLineWidth(), colour.getAlpha()});
                    }
                }
            }
        }
        return looks;
    }

    @ParameterizedTest
    @ValueSource(strings = {"resonant-qubits.json", "lindblad-qubit.json", "otto-qubit.json"})
    void everyKeyEmphasisesOneSeriesAndNullRestoresThePlainLook(String file) throws PresetException {
        Preset preset = PresetReader.read(Path.of("presets", file));
        for (Figure figure : Figures.forPreset(preset, 100)) {
            List<String> keys = figure.highlights();
            assertEquals(keys.size(), new HashSet<>(keys).size(), figure.name() + ": keys are distinct " + keys);
            for (String key : keys) {
                figure.highlight(key);
                figure.style(FigureStyle.NORMAL);
                List<float[]> looks = looks(figure);
                long strong = looks.stream().filter(l -> l[0] == 2.0f * Emphasis.STRONG.widthFactor()).count();
                long faded = looks.stream().filter(l -> l[1] < 255).count();
                assertEquals(1, strong, figure.name() + "/" + key);
                // the T-S loop's previous cycle stays plain beside its thick current cycle
                long plainPartner = figure instanceof EngineFigure && key.equals("cycle") ? 1 : 0;
                assertEquals(looks.size() - 1 - plainPartner, faded, figure.name() + "/" + key);
            }
            figure.highlight(null);
            figure.style(FigureStyle.NORMAL);
            assertTrue(looks(figure).stream().allMatch(l -> l[0] <= 2.0f && l[1] == 255), figure.name());
        }
    }
}
