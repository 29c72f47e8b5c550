package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.sweep.SweepFigure;
import dev.clausius.preset.Preset;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 part 4: within a plot no two series share both dash pattern and marker, so each curve can
 * be told without colour, on screen (normal, projector) and in exports (a printed look), for every
 * panel of every shipped preset and the sweep figure. Read from the built renderers.
 */
class SeriesCuesTest {
    /** The printed look of an export at 8 pt text and 1 pt curves, as export.Lettering makes it. */
    private static final FigureStyle PRINTED = FigureStyle.printed(FigureFonts.SANS, 8f, 1f, 0.5f, 6f);

    @Test
    void everySeriesHasItsOwnDashOrMarker() throws Exception {
        List<Path> presets = SeriesLooks.shippedPresets();
        assertFalse(presets.isEmpty(), "no shipped presets found under presets/");
        List<String> clashes = new ArrayList<>();
        Map<String, Integer> seriesPerPanel = new HashMap<>();
        for (FigureStyle style : List.of(FigureStyle.NORMAL, FigureStyle.PROJECTOR, PRINTED)) {
            for (Path file : presets) {
                Preset preset = SeriesLooks.read(file);
                for (Figure figure : Figures.forPreset(preset, preset.time().end())) {
                    figure.style(style);
                    List<SeriesLooks.Look> looks = SeriesLooks.of(figure);
                    seriesPerPanel.merge(figure.name(), looks.size(), Integer::sum);
                    clashes.addAll(clashes(looks, file.getFileName() + " " + style));
                }
            }
            SweepFigure sweep = SweepFigures.oneParameter();
            sweep.style(style);
            List<SeriesLooks.Look> looks = SeriesLooks.of((XYPlot) sweep.chart().getPlot(), "sweep/plot0");
            assertTrue(looks.size() >= 4, "sweep: points, fit and two bounds, found " + looks.size());
            clashes.addAll(clashes(looks, "sweep " + style));
        }
        for (String panel : List.of("entropies", "production", "temperatures", "engine", "state", "compare")) {
            assertTrue(seriesPerPanel.getOrDefault(panel, 0) > 0, panel + ": no series read");
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    private static List<String> clashes(List<SeriesLooks.Look> looks, String where) {
        List<String> clashes = new ArrayList<>();
        for (SeriesLooks.Look look : looks) {
            // the legend's sample shows a whole period of the dashes, or it cannot tell them apart
            if (look.period() > 0 && !(look.legendLength() >= look.period() - 1e-9)) {
                clashes.add(where + " " + look.plot() + ": " + look.key() + "'s legend line " + look.legendLength()
                        + " is shorter than its dash period " + look.period());
            }
            // drawn point to point, a dash pattern restarts at every point: dense data looks solid
            if (look.period() > 0 && !look.asPath()) {
                clashes.add(where + " " + look.plot() + ": " + look.key() + " is dashed but not drawn as one path");
            }
        }
        for (int i = 0; i < looks.size(); i++) {
            for (int j = i + 1; j < looks.size(); j++) {
                SeriesLooks.Look a = looks.get(i);
                SeriesLooks.Look b = looks.get(j);
                if (a.plot().equals(b.plot()) && a.cues().equals(b.cues())) {
                    clashes.add(where + " " + a.plot() + ": " + a.key() + " and " + b.key() + " are both " + a.cues());
                }
            }
        }
        return clashes;
    }

    @Test
    void theCueReaderTellsPatternsApart() {
        // the reader compares patterns in units of the line width: a projector's longer dashes match
        assertTrue(SeriesLooks.dash(FigureStyle.NORMAL.stroke(Dash.DASHED))
                .equals(SeriesLooks.dash(FigureStyle.PROJECTOR.stroke(Dash.DASHED))));
        for (Dash a : Dash.values()) {
            for (Dash b : Dash.values()) {
                assertTrue(a == b || !SeriesLooks.dash(FigureStyle.NORMAL.stroke(a))
                        .equals(SeriesLooks.dash(FigureStyle.NORMAL.stroke(b))), a + " reads as " + b);
            }
        }
    }
}
