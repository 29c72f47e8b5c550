package dev.clausius.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/** Issue 17: the figures' fonts ship with the app, resolve by name, and have a glyph for every text drawn. */
class FigureFontsTest {

    @Test
    void everyShippedFaceIsRegisteredUnderItsFamilyAndStyle() {
        assertEquals(6, FigureFonts.faces().size());
        for (FigureFonts.Face face : FigureFonts.faces()) {
            Font font = FigureFonts.font(face.family(), face.style(), 8f);
            assertEquals(face.family(), font.getFamily(), face.resource() + " resolves to the shipped file, not a fallback");
            assertEquals(8f, font.getSize2D());
            String name = font.getFontName();
            assertEquals(face.style() == Font.BOLD, name.endsWith("Bold"), name);
            assertEquals(face.style() == Font.ITALIC, name.endsWith("Italic"), name);
        }
        assertEquals(FigureFonts.registered().size(), FigureFonts.faces().size());
    }

    @Test
    void javasLogicalFontsMapToTheShippedFamilies() {
        assertEquals(FigureFonts.SANS, FigureFonts.face(Font.SANS_SERIF, Font.PLAIN).family());
        assertEquals(FigureFonts.SANS, FigureFonts.face(Font.DIALOG, Font.BOLD).family());
        assertEquals(Font.BOLD, FigureFonts.face(Font.DIALOG, Font.BOLD | Font.ITALIC).style());
        assertEquals(FigureFonts.SERIF, FigureFonts.face(Font.SERIF, Font.ITALIC).family());
        assertEquals(Font.ITALIC, FigureFonts.face(Font.SERIF, Font.ITALIC).style());
    }

    @Test
    void theScreenLooksUseTheShippedSans() {
        for (FigureStyle style : FigureStyle.values()) {
            assertEquals(FigureFonts.SANS, style.tickFont().getFamily(), style.toString());
            assertEquals(FigureFonts.SANS, style.labelFont().getFamily(), style.toString());
        }
        FigureStyle printed = FigureStyle.printed(FigureFonts.SERIF, 11.5f, 1.5f, 0.75f, 9f);
        assertEquals(FigureFonts.SERIF, printed.labelFont().getFamily());
        assertEquals(11.5f, printed.tickFont().getSize2D());
        assertEquals(0.75f, ((java.awt.BasicStroke) printed.gridStroke()).getLineWidth(), "no line under the thinnest");
        assertEquals(9f, printed.smallestText(), "the smallest text, in layout units");
        assertEquals(0f, FigureStyle.NORMAL.smallestText(), "on screen scripts keep their scale of the line");
    }

    /** Liberation alone has no ket bracket, no superscript minus: the shipped fonts add them from DejaVu. */
    @Test
    void everyFaceHasAGlyphForEveryLabelAndLegendOfEveryPreset() throws Exception {
        List<String> texts = new ArrayList<>(List.of("|e⟩ ρ_ii ΔE_V/T_B ‖ − → ×10⁻³ 10⁰ S₁ ⊗ η σ ω ±"));
        List<Path> presets;
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            presets = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(presets.size() >= 5, "found the shipped presets: " + presets);
        for (Path file : presets) {
            Preset preset = PresetReader.read(file);
            for (Figure figure : Figures.forPreset(preset, 10)) {
                for (JFreeChart chart : figure.charts()) {
                    collect(chart, texts);
                }
            }
        }
        assertTrue(texts.size() > 50, "collected the labels: " + texts.size());
        for (Font font : FigureFonts.registered()) {
            for (String text : texts) {
                int missing = font.canDisplayUpTo(text);
                assertEquals(-1, missing, font.getFontName() + " lacks '"
                        + (missing < 0 ? "" : text.substring(missing, missing + 1)) + "' of \"" + text + "\"");
            }
        }
    }

    private static void collect(JFreeChart chart, List<String> texts) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title && !title.getText().isEmpty()) {
                texts.add(title.getText());
            }
        }
        collect(chart.getPlot(), texts);
        var legend = chart.getPlot().getLegendItems();
        for (int i = 0; legend != null && i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            texts.add(item.getLabel());
        }
    }

    private static void collect(Plot plot, List<String> texts) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            label(combined.getDomainAxis(), texts);
            combined.getSubplots().forEach(sub -> collect(sub, texts));
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                label(xy.getDomainAxis(i), texts);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                label(xy.getRangeAxis(i), texts);
            }
        }
    }

    private static void label(Axis axis, List<String> texts) {
        if (axis != null && axis.getLabel() != null) {
            assertFalse(axis.getLabel().isEmpty());
            texts.add(axis.getLabel());
        }
    }
}
