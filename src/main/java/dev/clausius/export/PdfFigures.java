package dev.clausius.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
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
 * Panels as a vector PDF, one page each (a panel's charts stacked on its page), through pdfbox-graphics2d on PDFBox 3. Text is drawn
 * with the standard PDF fonts where they can encode it, so titles and labels stay extractable.
 */
public final class PdfFigures {
    private PdfFigures() {
    }

    public static void write(List<List<JFreeChart>> panels, FigureSize size, FigureMetadata metadata, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<JFreeChart> panel : panels) {
                float w = (float) size.widthPoints();
                float h = (float) PanelLayout.heightPoints(panel, size);
                PDPage page = new PDPage(new PDRectangle(w, h));
                document.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
                g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
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
