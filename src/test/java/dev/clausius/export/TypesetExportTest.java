package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.FigureStyle;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.typeset.TypesetLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The exported production panel of resonant-qubits keeps its symbols as text with real subscripts:
 * in the SVG a subscript is its own text element, smaller and lower; in the PDF the text reads
 * "ρB‖ρB(0)", with no underscore anywhere.
 */
class TypesetExportTest {
    private static final FigureSize SIZE = FigureSize.ofWidth(FigureSize.COLUMN_WIDTH, 300);
    private static PanelExport.Panel production;
    private static FigureMetadata metadata;

    @BeforeAll
    static void drawTheProductionPanel() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets/resonant-qubits.json"));
        TimeGrid grid = new TimeGrid(preset.time().dt(), 20 * preset.time().dt());
        RecordedRun run = RecordedRun.of(preset, Evolvers.create(preset, "resonant-qubits"), grid);
        production = PanelExport.panels(run, SIZE.widthPixels(), true, true).stream()
                .filter(panel -> panel.name().equals("production")).findFirst().orElseThrow();
        metadata = PanelExport.metadata(preset, production.title());
    }

    @Test
    void theSvgSetsASubscriptAsItsOwnSmallerLowerText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgFigure.write(production.charts(), SIZE, metadata, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList texts = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()))
                .getElementsByTagName("text");
        assertTrue(texts.getLength() > 20, texts.getLength() + " text elements");
        Element spohn = null;
        Element sigma = null;
        for (int i = 1; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals("spohn")) {
                spohn = (Element) texts.item(i);
                sigma = (Element) texts.item(i - 1);
            }
            assertFalse(texts.item(i).getTextContent().contains("_{"), texts.item(i).getTextContent());
        }
        assertNotNull(spohn, "the legend's Σ_spohn has its subscript as its own text");
        assertEquals("Σ", sigma.getTextContent());
        float legendSize = FigureStyle.NORMAL.labelFont().getSize2D();
        assertEquals(legendSize * TypesetLine.SCRIPT_SCALE, fontSize(spohn), 0.05);
        double drop = Double.parseDouble(spohn.getAttribute("y")) - Double.parseDouble(sigma.getAttribute("y"));
        assertEquals(legendSize * TypesetLine.SUB_DROP, drop, 0.01);
    }

    @Test
    void thePdfTextHasTheSymbolsWithoutUnderscores() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFigures.write(List.of(production.charts()), SIZE, metadata, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            String compact = text.replaceAll("\\s+", "");
            assertFalse(text.contains("_"), text);
            assertTrue(compact.contains("D(ρB‖ρB(0))"), text);
            assertTrue(compact.contains("dΣ/dt=dSA/dt−(dQA/dt)/TB"), text);
            assertTrue(compact.contains("TA=0.5000,TB=2.000"), "the caption's parameters: " + text);
        }
    }

    private static float fontSize(Element text) {
        Matcher size = Pattern.compile("font-size:\\s*([0-9.]+)px").matcher(text.getAttribute("style"));
        assertTrue(size.find(), text.getAttribute("style"));
        return Float.parseFloat(size.group(1));
    }
}
