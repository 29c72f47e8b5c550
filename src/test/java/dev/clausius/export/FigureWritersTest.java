package dev.clausius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FigureWritersTest {
    private static final FigureMetadata META = new FigureMetadata("Entropies", "Resonant qubits", "g = 0.05", "Clausius 0.1.0");

    private static JFreeChart chart(String title) {
        XYSeries a = new XYSeries("S_A");
        XYSeries b = new XYSeries("S_B");
        for (int i = 0; i <= 100; i++) {
            a.add(i, Math.sin(i / 10.0));
            b.add(i, Math.cos(i / 10.0));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        return ChartFactory.createXYLineChart(title, "t", "entropy (nats)", data);
    }

    @Test
    void pngHasTheRequestedPixelsTextChunksAndIsNotBlank() throws Exception {
        FigureSize size = FigureSize.ofWidth(FigureSize.COLUMN_WIDTH, 300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngFigure.write(List.of(chart("Entropies")), size, META, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1020, image.getWidth()); // 3.4 in at 300 dpi
        assertEquals(765, image.getHeight());
        int coloured = 0;
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xff;
                int bl = rgb & 0xff;
                if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 60) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 100, "coloured pixels " + coloured);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            String tree = dump(metadata.getAsTree("javax_imageio_png_1.0"));
            assertTrue(tree.contains("Resonant qubits") && tree.contains("Clausius 0.1.0"), tree);
            assertTrue(tree.contains("11811"), "300 dpi = 11811 pixels per metre: " + tree);
        }
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder s = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                s.append(' ').append(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            s.append('\n').append(dump(child));
        }
        return s.toString();
    }

    @Test
    void svgParsesWithPathsTextAndMetadata() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgFigure.write(List.of(chart("Entropies")), FigureSize.ofWidth(FigureSize.PAGE_WIDTH, 300), META, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the SVG 1.0 DOCTYPE names a DTD on the web; a viewer never fetches it and neither does this test
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        assertTrue(paths.getLength() >= 2, "paths: " + paths.getLength());
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        boolean titleAsText = false;
        for (int i = 0; i < texts.getLength(); i++) {
            titleAsText |= texts.item(i).getTextContent().contains("Entropies");
        }
        assertTrue(titleAsText, "the title is text, not outlines");
        assertTrue(svg.getElementsByTagNameNS("*", "metadata").item(0).getTextContent().contains("Resonant qubits"));
        assertEquals("7.0in", svg.getDocumentElement().getAttribute("width"));
    }

    @Test
    void pdfHasOnePagePerChartWithExtractableTitlesAndInfo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFigures.write(List.of(List.of(chart("Entropies")), List.of(chart("Temperatures"), chart("T-S plane"))), FigureSize.ofWidth(3.4, 300), META, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(pdf).contains("Temperatures"));
            assertEquals("Entropies", pdf.getDocumentInformation().getTitle());
            assertEquals("Clausius 0.1.0", pdf.getDocumentInformation().getCreator());
            assertEquals(3.4 * 72, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(2 * 3.4 * 0.75 * 72, pdf.getPage(1).getMediaBox().getHeight(), 0.01); // two charts stacked
        }
    }

    @Test
    void sizesOutsideTheSaneRangeAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FigureSize.ofWidth(-1, 300));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FigureSize.ofWidth(3.4, 5));
    }
}
