package dev.clausius.app.exporter;

import dev.clausius.cli.Messages;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.PanelCsv;
import dev.clausius.export.PanelExport;
import dev.clausius.export.PdfFigures;
import dev.clausius.export.PngFigure;
import dev.clausius.export.RecordedRun;
import dev.clausius.export.SvgFigure;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Mode;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the explorer's export off the FX thread. It draws FRESH figures (the export package's
 * {@link PanelExport}, the CLI's look) from a snapshot of the model's data, never the charts on
 * screen: those belong to the FX thread and may be redrawn by the next pulse while a file is written.
 */
final class FigureExporter {
    private final ExportRequest request;
    private final FigureData data;

    /** @param data a snapshot taken on the FX thread (its frame list is not the live one) */
    FigureExporter(ExportRequest request, FigureData data) {
        this.request = request;
        this.data = data;
    }

    /** The panels written: the current one, or every panel that applies to the preset's mode. */
    static List<String> panelNames(ExportRequest request, List<String> shown, Mode mode) {
        if (!request.allPanels()) {
            return List.of(request.panel());
        }
        return shown.stream().filter(name -> mode == Mode.ENGINE || !"engine".equals(name)).toList();
    }

    /** Every file the export will write, known before anything is drawn (to ask about overwriting). */
    List<Path> targets(List<String> shown) {
        List<Path> targets = new ArrayList<>();
        List<String> names = panelNames(request, shown, data.preset().mode());
        for (String name : names) {
            for (ExportRequest.Format format : ExportRequest.Format.values()) {
                if (request.formats().contains(format) && !(format == ExportRequest.Format.CSV && "state".equals(name))) {
                    targets.add(request.file(name, format));
                }
            }
        }
        if (request.allPanels() && request.formats().contains(ExportRequest.Format.PDF) && names.size() > 1) {
            targets.add(request.allPanelsPdf());
        }
        return targets;
    }

    /**
     * Draws and writes every file, each atomically: a failure leaves no partial file.
     *
     * @return the files written
     * @throws IOException with a one-line reason (disk full, no permission, bad path)
     */
    List<Path> write() throws IOException {
        AtomicFileWriter.checkTarget(request.directory().resolve(request.stem()));
        RecordedRun run = new RecordedRun(data.preset(), data.frames(), data.cycles(), data.stateA(), data.stateB(),
                List.of(), data.end());
        List<PanelExport.Panel> all = PanelExport.panels(run, request.size().widthPixels(), request.caption(), true);
        List<PanelExport.Panel> panels = all.stream()
                .filter(p -> request.allPanels() || p.name().equals(request.panel())).toList();
        if (panels.isEmpty()) {
            throw new IOException("the " + request.panel() + " panel has nothing to export for a "
                    + data.preset().mode().jsonName() + " preset");
        }
        List<Path> written = new ArrayList<>();
        for (PanelExport.Panel panel : panels) {
            var metadata = PanelExport.metadata(data.preset(), panel.title());
            for (ExportRequest.Format format : ExportRequest.Format.values()) {
                if (!request.formats().contains(format)) {
                    continue;
                }
                Path file = request.file(panel.name(), format);
                switch (format) {
                    case PNG -> write(file, out -> PngFigure.write(panel.charts(), request.size(), metadata, out), written);
                    case SVG -> write(file, out -> SvgFigure.write(panel.charts(), request.size(), metadata, out), written);
                    case PDF -> write(file, out -> PdfFigures.write(List.of(panel.charts()), request.size(), metadata, out),
                            written);
                    case CSV -> {
                        // the state panel draws no time series: it has no CSV of its own
                        if (!panel.curves().isEmpty()) {
                            write(file, out -> PanelCsv.write(panel.curves(), data.frames(),
                                    new OutputStreamWriter(out, StandardCharsets.UTF_8)), written);
                        }
                    }
                }
            }
        }
        if (request.allPanels() && request.formats().contains(ExportRequest.Format.PDF) && panels.size() > 1) {
            List<List<JFreeChart>> pages = panels.stream().map(PanelExport.Panel::charts).toList();
            write(request.allPanelsPdf(), out -> PdfFigures.write(pages, request.size(),
                    PanelExport.metadata(data.preset(), data.preset().name()), out), written);
        }
        return written;
    }

    private static void write(Path file, AtomicFileWriter.Body body, List<Path> written) throws IOException {
        try {
            AtomicFileWriter.write(file, body);
        } catch (IOException | RuntimeException e) {
            throw new IOException(Messages.describe(e), e);
        }
        written.add(file);
    }
}
