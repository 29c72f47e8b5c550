package dev.clausius.export;

import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.FigureFit;
import dev.clausius.figures.Figure;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: at every supported width, in every style, no text of any panel of any shipped preset
 * runs into another text or a legend, and nothing leaves the page. Each panel is drawn through
 * {@link PanelLayout#draw}, the drawing every export (PNG, SVG, PDF) makes, into a
 * {@link RecordingGraphics} that records the ink box of every text on the page; the legends' item
 * boxes come from JFreeChart's rendering info. A legend is never taller than the plots it explains.
 */
class NothingCollidesTest {
    /** Boxes may touch or share this much, in points (antialiasing, the ink of a glyph's edge). */
    private static final double TOLERANCE = 0.5;
    /** How many charts had a legend whose items the rendering info listed. */
    private final int[] legendsSeen = new int[1];

    private static List<Path> presets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** A short run: every panel has curves, the drawing code is the whole run's. */
    private static RecordedRun run(Path file) throws Exception {
        Preset preset = PresetReader.read(file);
        TimeGrid full = TimeGrid.of(preset);
        TimeGrid grid = new TimeGrid(full.dt(), full.dt() * Math.max(20, (full.size() - 1) / 10));
        return RecordedRun.of(preset, Evolvers.create(preset, file.toString()), grid);
    }

    /** 3.4 and 7 inches, and the style's own column and page widths. */
    private static TreeSet<Double> widths(JournalStyle style) {
        TreeSet<Double> widths = new TreeSet<>(List.of(FigureSize.COLUMN_WIDTH, FigureSize.PAGE_WIDTH));
        for (JournalStyle.Column column : JournalStyle.Column.values()) {
            widths.add(style.widthInches(column));
        }
        return widths;
    }

    @Test
    void noTextRunsIntoAnotherOrALegendOrOffThePageInAnyStyleAtAnyWidth() throws Exception {
        List<Path> presets = presets();
        assertTrue(presets.size() >= 10, "the shipped presets: " + presets);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int drawn = 0;
        legendsSeen[0] = 0;
        for (Path file : presets) {
            RecordedRun run = run(file);
            List<String> names = PresetPanels.figures(run.preset(), run.end()).stream().map(Figure::name).toList();
            assertTrue(names.size() >= 4, file + ": " + names);
            for (JournalStyle style : JournalStyle.values()) {
                for (double width : widths(style)) {
                    FigureOptions options = new FigureOptions(FigureSize.ofWidth(width, style.dpi()), true, true,
                            style.lettering(null, null));
                    for (PanelExport.Panel panel : PanelExport.panels(run, options, names)) {
                        String where = String.format(Locale.ROOT, "%s %s %.2f in %s", file.getFileName(), style.id(),
                                width, panel.name());
                        List<String> found = check(panel, options.size(), where);
                        problems.addAll(found);
                        counts.merge(String.format(Locale.ROOT, "%s %.2f in", style.id(), width), found.size(),
                                Integer::sum);
                        drawn++;
                    }
                }
            }
        }
        assertTrue(drawn >= presets.size() * 4 * 2, "panels drawn: " + drawn);
        assertTrue(legendsSeen[0] >= presets.size(), "legends measured: " + legendsSeen[0]);
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())),
                problems.size() + " collisions; per style and width " + counts);
    }

    /**
     * Issue 19: the same in German, Spanish and Persian, whose words are longer (German) or set in
     * another script (Persian), in the explorer's style and the APS style at a column's and a page's width.
     */
    @Test
    void noTextCollidesInAnyLanguage() throws Exception {
        List<Path> presets = presets();
        assertTrue(presets.size() >= 10, "the shipped presets: " + presets);
        List<String> problems = new ArrayList<>();
        int drawn = 0;
        for (Path file : presets) {
            RecordedRun run = run(file);
            List<String> names = PresetPanels.figures(run.preset(), run.end()).stream().map(Figure::name).toList();
            for (Language language : List.of(Language.GERMAN, Language.SPANISH, Language.PERSIAN)) {
                for (JournalStyle style : List.of(JournalStyle.DEFAULT, JournalStyle.APS)) {
                    for (double width : List.of(FigureSize.COLUMN_WIDTH, FigureSize.PAGE_WIDTH)) {
                        FigureOptions options = new FigureOptions(FigureSize.ofWidth(width, style.dpi()), true, true,
                                style.lettering(null, null), Texts.of(language));
                        for (PanelExport.Panel panel : PanelExport.panels(run, options, names)) {
                            String where = String.format(Locale.ROOT, "%s %s %s %.2f in %s", language.tag(),
                                    file.getFileName(), style.id(), width, panel.name());
                            problems.addAll(check(panel, options.size(), where));
                            drawn++;
                        }
                    }
                }
            }
        }
        assertTrue(drawn >= presets.size() * 4 * 3 * 4, "panels drawn: " + drawn);
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())), problems.size() + " collisions");
    }

    @Test
    void theRecorderKeepsALinesScriptsTogetherAndSeesTextsRunIntoEachOther() {
        List<RecordingGraphics.Text> texts = new ArrayList<>();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        RecordingGraphics recorder = new RecordingGraphics(g, texts);
        recorder.scale(0.5, 0.5); // as an export lays out at twice the printed size
        java.awt.Font font = dev.clausius.figures.FigureFonts.font(dev.clausius.figures.FigureFonts.SANS,
                java.awt.Font.PLAIN, 20f);
        dev.clausius.typeset.TypesetLine.of("S_{AB} = 1", font).draw(recorder, 10, 40);
        recorder.setFont(font);
        recorder.drawString("x", 20, 40);
        recorder.drawString("far", 200, 40);
        g.dispose();
        assertEquals(List.of("SAB = 1", "x", "far"), texts.stream().map(RecordingGraphics.Text::text).toList());
        Rectangle2D line = texts.get(0).box();
        assertEquals(5 + 0.5 * font.createGlyphVector(recorder.getFontRenderContext(), "S").getVisualBounds().getX(),
                line.getX(), 0.01, "mapped to the page through the transform");
        assertTrue(line.getMaxY() > 20, "the subscript reaches below the baseline");
        assertTrue(overlap(line, texts.get(1).box()), "x drawn over the S");
        assertTrue(!overlap(line, texts.get(2).box()), "far away");
    }

    /** Draws one panel as an export does and lists what collides. */
    private List<String> check(PanelExport.Panel panel, FigureSize size, String where) {
        List<RecordingGraphics.Text> texts = new ArrayList<>();
        List<ChartRenderingInfo> infos = new ArrayList<>();
        panel.charts().forEach(chart -> infos.add(new ChartRenderingInfo()));
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixel.createGraphics();
        try {
            PanelLayout.draw(panel.charts(), new RecordingGraphics(g, texts), size, infos);
        } finally {
            g.dispose();
        }
        double scale = size.layoutScale();
        Rectangle2D page = new Rectangle2D.Double(0, 0, size.widthPoints(), PanelLayout.heightPoints(panel.charts(), size));
        List<String> problems = new ArrayList<>();
        assertTrue(texts.size() >= 3, where + ": texts drawn " + texts.size());
        for (RecordingGraphics.Text text : texts) {
            if (!inside(text.box(), page)) {
                problems.add(where + ": '" + text.text() + "' leaves the page " + box(text.box()));
            }
        }
        List<Rectangle2D> legends = new ArrayList<>();
        for (ChartRenderingInfo info : infos) {
            Rectangle2D legend = null;
            for (Object entity : info.getEntityCollection().getEntities()) {
                if (entity instanceof LegendItemEntity item) {
                    Rectangle2D area = scaled(((ChartEntity) item).getArea().getBounds2D(), scale);
                    legends.add(area);
                    legend = legend == null ? area : legend.createUnion(area);
                }
            }
            legendsSeen[0] += legend == null ? 0 : 1;
            double plots = FigureFit.plotsHeight(info.getPlotInfo()) / scale;
            if (legend != null && legend.getHeight() > plots) {
                problems.add(String.format(Locale.ROOT, "%s: legend %.1f pt tall over plots %.1f pt tall", where,
                        legend.getHeight(), plots));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            RecordingGraphics.Text a = texts.get(i);
            for (int j = i + 1; j < texts.size(); j++) {
                RecordingGraphics.Text b = texts.get(j);
                if (overlap(a.box(), b.box())) {
                    problems.add(where + ": '" + a.text() + "' " + box(a.box()) + " runs into '" + b.text() + "' "
                            + box(b.box()));
                }
            }
            for (Rectangle2D legend : legends) {
                if (!inside(a.box(), legend) && overlap(a.box(), legend)) {
                    problems.add(where + ": '" + a.text() + "' " + box(a.box()) + " runs into a legend item "
                            + box(legend));
                }
            }
        }
        return problems;
    }

    private static Rectangle2D scaled(Rectangle2D r, double scale) {
        return new Rectangle2D.Double(r.getX() / scale, r.getY() / scale, r.getWidth() / scale, r.getHeight() / scale);
    }

    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getY(), b.getY());
        return w > TOLERANCE && h > TOLERANCE;
    }

    private static boolean inside(Rectangle2D box, Rectangle2D outer) {
        return box.getX() >= outer.getX() - TOLERANCE && box.getY() >= outer.getY() - TOLERANCE
                && box.getMaxX() <= outer.getMaxX() + TOLERANCE && box.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static String box(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.1f, %.1f; %.1f x %.1f]", r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }
}
