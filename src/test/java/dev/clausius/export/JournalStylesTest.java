package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.FigureFonts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 17: a journal style sets the printed width, the fonts (shipped, embedded, never one of the
 * standard 14), the text size at the printed size and the PNG resolution.
 */
class JournalStylesTest {
    private static final List<String> PRESETS = List.of("resonant-qubits", "otto-qubit");

    @TempDir
    Path directory;

    private static RecordedRun run(String name) throws Exception {
        Path file = Path.of("presets", name + ".json");
        Preset preset = PresetReader.read(file);
        TimeGrid full = TimeGrid.of(preset);
        // a short run: the drawing code is the same, and every panel has curves
        TimeGrid grid = new TimeGrid(full.dt(), full.dt() * Math.max(20, (full.size() - 1) / 10));
        return RecordedRun.of(preset, Evolvers.create(preset, file.toString()), grid);
    }

    private static FigureOptions options(JournalStyle style, JournalStyle.Column column, String family, Double points) {
        return new FigureOptions(FigureSize.ofWidth(style.widthInches(column), style.dpi()), false, true,
                style.lettering(family, points));
    }

    private List<Path> export(RecordedRun run, String stem, Set<ExportFormat> formats, FigureOptions options)
            throws IOException {
        Path out = Files.createDirectories(directory.resolve(stem));
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(out, stem), formats, run.preset(), run.end());
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, options, written::add).write(run);
        return written;
    }

    @Test
    void everyStyleSetsThePdfPageWidthTextSizeAndEmbedsEveryFontOfEveryPanel() throws Exception {
        for (String name : PRESETS) {
            RecordedRun run = run(name);
            for (JournalStyle style : JournalStyle.values()) {
                FigureOptions options = options(style, JournalStyle.Column.SINGLE, null, null);
                List<Path> pdfs = export(run, name + "-" + style.id(), EnumSet.of(ExportFormat.PDF), options);
                assertTrue(pdfs.size() >= 5, "every panel and the all-panels PDF: " + pdfs);
                assertTrue(pdfs.stream().anyMatch(p -> p.getFileName().toString().endsWith("_all-panels.pdf")));
                for (Path pdf : pdfs) {
                    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                        for (PDPage page : document.getPages()) {
                            assertEquals(style.widthInches(JournalStyle.Column.SINGLE) * 72,
                                    page.getMediaBox().getWidth(), 0.01, pdf + " page width in points");
                        }
                        List<PDFont> fonts = fonts(document);
                        assertFalse(fonts.isEmpty(), pdf + " draws its text as text");
                        for (PDFont font : fonts) {
                            assertTrue(font.isEmbedded(), pdf + ": " + font.getName() + " is embedded");
                            assertFalse(font.isStandard14(), pdf + ": " + font.getName() + " is a standard-14 font");
                            assertTrue(font.getName().contains("+Clausius"),
                                    pdf + ": a subset of a shipped font, got " + font.getName());
                        }
                        if (style != JournalStyle.DEFAULT) {
                            String family = style == JournalStyle.NATURE ? "ClausiusSans" : "ClausiusSerif";
                            assertTrue(fonts.stream().allMatch(f -> f.getName().contains(family)),
                                    pdf + ": every text in " + family);
                            double fontPoints = style.lettering(null, null).fontPoints();
                            Set<Double> sizes = printedSizes(document);
                            assertTrue(sizes.stream().allMatch(s -> s >= Lettering.MIN_FONT_POINTS - 0.01),
                                    pdf + ": no text under 6 pt at the printed size, got " + sizes);
                            assertTrue(sizes.contains(fontPoints), pdf + ": text at " + fontPoints + " pt, got " + sizes);
                        }
                    }
                }
            }
        }
    }

    @Test
    void pngsAreTheStylesWidthTimesItsDpiInBothColumns() throws Exception {
        RecordedRun run = run("resonant-qubits");
        for (JournalStyle style : List.of(JournalStyle.APS, JournalStyle.NATURE)) {
            for (JournalStyle.Column column : JournalStyle.Column.values()) {
                FigureOptions options = options(style, column, null, null);
                Path out = Files.createDirectories(directory.resolve(style.id() + column));
                ExportPlan plan = ExportPlan.onePanel(new ExportNames(out, "r"), EnumSet.of(ExportFormat.PNG),
                        run.preset(), run.end(), "entropies");
                new ExportWriter(plan, options, p -> { }).write(run);
                BufferedImage image = ImageIO.read(out.resolve("r_entropies.png").toFile());
                assertEquals(600, style.dpi(), "line art at 600 dpi");
                assertEquals(Math.round(style.widthInches(column) * 600), image.getWidth(), style + " " + column);
            }
        }
        assertEquals(3.4, JournalStyle.APS.widthInches(JournalStyle.Column.SINGLE));
        assertEquals(89, JournalStyle.NATURE.widthInches(JournalStyle.Column.SINGLE) * 25.4, 1e-9);
        assertEquals(183, JournalStyle.NATURE.widthInches(JournalStyle.Column.DOUBLE) * 25.4, 1e-9);
    }

    @Test
    void svgTextStaysTextWithAFallingBackFontFamilyList() throws Exception {
        RecordedRun run = run("resonant-qubits");
        List<Path> svgs = export(run, "svg", EnumSet.of(ExportFormat.SVG),
                options(JournalStyle.IEEE, JournalStyle.Column.SINGLE, null, null));
        assertTrue(svgs.size() >= 5, svgs.toString());
        for (Path svg : svgs) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(svg.toFile());
            NodeList texts = document.getElementsByTagName("text");
            assertTrue(texts.getLength() >= 4, svg + ": labels are <text>, got " + texts.getLength());
            for (int i = 0; i < texts.getLength(); i++) {
                String family = inheritedFamily((Element) texts.item(i));
                assertEquals(FigureFonts.cssFamilies(FigureFonts.SERIF), family, svg + " text " + i);
            }
        }
        assertEquals("'Clausius Serif', 'Liberation Serif', 'Times New Roman', Times, serif",
                FigureFonts.cssFamilies(FigureFonts.SERIF));
    }

    @Test
    void fontSizeAndFontOverrideTheStyle() throws Exception {
        RecordedRun run = run("resonant-qubits");
        List<Path> pdfs = export(run, "override", EnumSet.of(ExportFormat.PDF),
                options(JournalStyle.APS, JournalStyle.Column.SINGLE, FigureFonts.SANS, 10.0));
        Path entropies = pdfs.stream().filter(p -> p.toString().endsWith("_entropies.pdf")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(entropies.toFile())) {
            // the text at 10 pt, its subscripts (S_{AB}) at the script size
            assertEquals(Set.of(10.0, 10.0 * dev.clausius.typeset.TypesetLine.SCRIPT_SCALE), printedSizes(document),
                    "every text of a time plot at 10 pt");
            assertTrue(fonts(document).stream().allMatch(f -> f.getName().contains("ClausiusSans")));
        }
        assertThrows(IllegalArgumentException.class, () -> JournalStyle.APS.lettering(null, 5.5),
                "nothing under 6 pt");
        assertNull(JournalStyle.DEFAULT.lettering(null, null), "the default style keeps the explorer's look");
        assertEquals(JournalStyle.NATURE, JournalStyle.of("Nature"));
    }

    private static String inheritedFamily(Element element) {
        for (org.w3c.dom.Node n = element; n instanceof Element e; n = n.getParentNode()) {
            var m = java.util.regex.Pattern.compile("font-family:([^;]*)").matcher(e.getAttribute("style"));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** Every font of every page, including those of the form XObjects the charts are drawn in. */
    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }

    /** The size of every glyph as printed (font size through the text and page transforms), to 0.1 pt. */
    private static Set<Double> printedSizes(PDDocument document) throws IOException {
        Set<Double> sizes = new TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank()) {
                        sizes.add(Math.round(p.getTextMatrix().getScalingFactorY() * 10) / 10.0);
                    }
                }
            }
        };
        stripper.getText(document);
        return sizes;
    }
}
