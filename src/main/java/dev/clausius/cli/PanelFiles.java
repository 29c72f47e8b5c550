package dev.clausius.cli;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.FigureSize;
import dev.clausius.export.PanelCsv;
import dev.clausius.export.PanelExport;
import dev.clausius.export.PdfFigures;
import dev.clausius.export.PngFigure;
import dev.clausius.export.RecordedRun;
import dev.clausius.export.SvgFigure;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Writes each panel in each figure format the plan asks for, every file atomically. */
final class PanelFiles {

    @FunctionalInterface
    interface Writer {
        void write(Path file, AtomicFileWriter.Body body) throws Exception;
    }

    private final ExportPlan plan;
    private final FigureSize size;
    private final RecordedRun run;
    private final Writer writer;

    PanelFiles(ExportPlan plan, FigureSize size, RecordedRun run, boolean caption, Writer writer) {
        this.plan = plan;
        this.size = size;
        this.run = run;
        this.writer = writer;
    }

    void writeAll(List<PanelExport.Panel> panels) throws Exception {
        for (PanelExport.Panel panel : panels) {
            var metadata = PanelExport.metadata(run.preset(), panel.title());
            if (plan.has(ExportFormat.PNG)) {
                writer.write(plan.panel(panel.name(), ExportFormat.PNG), out -> PngFigure.write(panel.charts(), size, metadata, out));
            }
            if (plan.has(ExportFormat.SVG)) {
                writer.write(plan.panel(panel.name(), ExportFormat.SVG), out -> SvgFigure.write(panel.charts(), size, metadata, out));
            }
            if (plan.has(ExportFormat.PDF)) {
                writer.write(plan.panel(panel.name(), ExportFormat.PDF),
                        out -> PdfFigures.write(List.of(panel.charts()), size, metadata, out));
            }
            if (plan.has(ExportFormat.CSV) && !panel.curves().isEmpty()) {
                writer.write(plan.panel(panel.name(), ExportFormat.CSV), out -> PanelCsv.write(panel.curves(),
                        run.frames(), new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            }
        }
        if (plan.has(ExportFormat.PDF)) {
            List<List<JFreeChart>> pages = panels.stream().map(PanelExport.Panel::charts).toList();
            writer.write(plan.allPanelsPdf(), out -> PdfFigures.write(pages, size,
                    PanelExport.metadata(run.preset(), run.preset().name()), out));
        }
    }
}
