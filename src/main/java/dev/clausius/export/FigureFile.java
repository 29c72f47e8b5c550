package dev.clausius.export;

import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One figure (a panel's charts, or a sweep's chart) written atomically as PNG, SVG or PDF: the
 * figure formats of every export, the panels' ({@link ExportWriter}) and the sweeps'.
 */
public final class FigureFile {
    private FigureFile() {
    }

    /** Writes {@code charts} stacked at {@code size} to {@code target} in {@code format} (not CSV). */
    public static void write(Path target, ExportFormat format, List<JFreeChart> charts, FigureSize size,
                             FigureMetadata metadata) throws IOException {
        switch (format) {
            case PNG -> AtomicFileWriter.write(target, out -> PngFigure.write(charts, size, metadata, out));
            case SVG -> AtomicFileWriter.write(target, out -> SvgFigure.write(charts, size, metadata, out));
            case PDF -> AtomicFileWriter.write(target, out -> PdfFigures.write(List.of(charts), size, metadata, out));
            case CSV -> throw new IllegalArgumentException("CSV is data, not a figure format");
        }
    }
}
