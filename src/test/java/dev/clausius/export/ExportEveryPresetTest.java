package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Issue 5: every shipped preset exports every panel in every format, headless. */
class ExportEveryPresetTest {
    private static final FigureSize SIZE = FigureSize.ofWidth(FigureSize.COLUMN_WIDTH, 300);

    static Stream<Path> presets() throws IOException {
        return Files.list(Path.of("presets")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPanelInEveryFormat(Path file) throws Exception {
        Preset preset = PresetReader.read(file);
        TimeGrid full = TimeGrid.of(preset);
        // a fifth of the run (at least 20 rows) keeps the suite fast; the drawing code is the same
        TimeGrid grid = new TimeGrid(full.dt(), full.dt() * Math.max(20, (full.size() - 1) / 5));
        RecordedRun run = RecordedRun.of(preset, Evolvers.create(preset, file.toString()), grid);
        List<PanelExport.Panel> panels = PanelExport.panels(run, SIZE.widthPixels(), true, true);
        if (preset.mode() == Mode.CLASSICAL) {
            // no density matrix and no engine: the state and engine panels do not apply; the scene
            // draws the classical bodies cell by cell
            assertEquals(List.of("scene", "entropies", "production", "temperatures"),
                    panels.stream().map(PanelExport.Panel::name).toList(), file.toString());
        } else {
            assertTrue(panels.size() >= 4, file + ": " + panels.size() + " panels");
        }
        for (PanelExport.Panel panel : panels) {
            FigureMetadata meta = PanelExport.metadata(preset, panel.title());
            checkPng(panel, meta);
            checkSvg(panel, meta);
            checkPdf(List.of(panel), meta, 1);
            checkCsv(panel, run);
        }
        checkPdf(panels, PanelExport.metadata(preset, preset.name()), panels.size());
    }

    private static void checkPng(PanelExport.Panel panel, FigureMetadata meta) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngFigure.write(panel.charts(), SIZE, meta, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(SIZE.widthPixels(), image.getWidth());
        assertEquals(PanelLayout.heightPixels(panel.charts(), SIZE), image.getHeight());
        assertTrue(image.getHeight() >= SIZE.heightPixels() * panel.charts().size());
        long dark = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, panel.name() + " PNG looks blank (" + dark + " dark samples)");
    }

    private static void checkSvg(PanelExport.Panel panel, FigureMetadata meta) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgFigure.write(panel.charts(), SIZE, meta, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        int paths = svg.getElementsByTagNameNS("*", "path").getLength();
        assertTrue(paths >= panel.curves().size(), panel.name() + ": " + paths + " paths for " + panel.curves().size() + " series");
        assertTrue(svg.getDocumentElement().getTextContent().contains(panel.title()), panel.name() + " title as text");
    }

    private static void checkPdf(List<PanelExport.Panel> panels, FigureMetadata meta, int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFigures.write(panels.stream().map(PanelExport.Panel::charts).toList(), SIZE, meta, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pages, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (PanelExport.Panel panel : panels) {
                assertTrue(text.contains(panel.title()), panel.title() + " extractable from the PDF");
            }
        }
    }

    private static void checkCsv(PanelExport.Panel panel, RecordedRun run) throws IOException {
        if (panel.curves().isEmpty()) {
            return;
        }
        StringWriter text = new StringWriter();
        PanelCsv.write(panel.curves(), run.frames(), text);
        List<String> lines = text.toString().lines().toList();
        assertEquals(run.frames().size() + 1, lines.size());
        assertEquals(panel.curves().size() + 1, lines.get(0).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length);
        // every value is the frame's own, at full precision
        String[] last = lines.get(lines.size() - 1).split(",");
        double expected = panel.curves().get(0).value().applyAsDouble(run.frames().get(run.frames().size() - 1));
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Double.parseDouble(last[1])));
    }
}
