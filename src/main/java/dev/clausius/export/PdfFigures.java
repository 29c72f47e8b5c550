package dev.clausius.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

/**
 * Panels as a vector PDF, one page each (a panel's charts stacked on its page), through pdfbox-graphics2d on PDFBox 3. Text is
 * text, in the shipped fonts embedded and subset ({@link EmbeddedFontDrawer}), so titles and labels stay extractable and a
 * journal's font check passes.
 */
public final class PdfFigures {
    private PdfFigures() {
    }

    public static void write(List<List<JFreeChart>> panels, FigureSize size, FigureMetadata metadata, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument(); EmbeddedFontDrawer fonts = new EmbeddedFontDrawer()) {
            for (List<JFreeChart> panel : panels) {
                float w = (float) size.widthPoints();
                float h = (float) PanelLayout.heightPoints(panel, size);
                PDPage page = new PDPage(new PDRectangle(w, h));
                document.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
                g.setFontTextDrawer(fonts);
                try {
                    PanelLayout.draw(panel, g, size);
                } finally {
                    g.dispose();
                }
                PDFormXObject form = g.getXFormObject();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(form);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(metadata.title());
            info.setSubject(metadata.presetName());
            info.setKeywords(metadata.parameters());
            info.setCreator(metadata.software());
            info.setProducer(metadata.software());
            info.setCreationDate(Calendar.getInstance());
            document.save(out);
        }
    }
}
