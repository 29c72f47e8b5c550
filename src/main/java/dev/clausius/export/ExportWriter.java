package dev.clausius.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;

/**
 * The one writer of an export, for the explorer and the command line alike: draws the planned
 * panels fresh from a recorded run and writes every file of the {@link ExportPlan}, each
 * atomically, so a failed export never leaves a broken file behind.
 */
public final class ExportWriter {
    private final ExportPlan plan;
    private final FigureOptions options;
    private final Consumer<Path> written;

    /** @param written told each file as soon as it is complete and in place */
    public ExportWriter(ExportPlan plan, FigureOptions options, Consumer<Path> written) {
        this.plan = plan;
        this.options = options;
        this.written = written;
    }

    /**
     * Writes the time series (if planned), then each panel in PNG, SVG, PDF and CSV as planned,
     * then the all-panels PDF, then the preset copy.
     *
     * @throws IOException if the directory is missing or not writable (before anything is drawn),
     *                     the one panel asked for does not apply to the preset, or a file cannot be
     *                     written; files already written stay, none is left half-written
     */
    public void write(RecordedRun run) throws IOException {
        ExportNames names = plan.names();
        AtomicFileWriter.checkTarget(names.directory().resolve(names.stem()));
        if (plan.onlyPanel().isPresent() && plan.panels().isEmpty()) {
            throw new IOException("the " + plan.onlyPanel().get() + " panel has nothing to export for a "
                    + run.preset().mode().jsonName() + " preset");
        }
        if (plan.writesTimeSeries()) {
            file(names.timeSeriesCsv(), out -> run.writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        }
        Map<String, ExportPlan.Panel> planned = new LinkedHashMap<>();
        plan.panels().forEach(panel -> planned.put(panel.name(), panel));
        List<PanelExport.Panel> panels = PanelExport.panels(run, options, planned.keySet());
        for (PanelExport.Panel panel : panels) {
            writePanel(run, panel, planned.get(panel.name()));
        }
        if (plan.writesAllPanelsPdf()) {
            List<List<JFreeChart>> pages = panels.stream().map(PanelExport.Panel::charts).toList();
            file(names.allPanelsPdf(), out -> PdfFigures.write(pages, options.size(),
                    PanelExport.metadata(run.preset(), run.preset().name()), out));
        }
        if (plan.presetFile().isPresent()) {
            copy(plan.presetFile().get(), names.presetCopy(plan.presetFile().get()));
        }
    }

    /** One drawn panel in each format the plan asks of it, in PNG, SVG, PDF, CSV order. */
    private void writePanel(RecordedRun run, PanelExport.Panel panel, ExportPlan.Panel planned) throws IOException {
        FigureSize size = options.size();
        FigureMetadata metadata = PanelExport.metadata(run.preset(), panel.title());
        for (ExportFormat format : ExportFormat.values()) {
            if (!plan.writes(planned, format)) {
                continue;
            }
            Path target = plan.names().panel(panel.name(), format);
            if (format == ExportFormat.CSV) {
                file(target, out -> PanelCsv.write(panel.curves(), run.frames(), run.pins(), panel.name(),
                        new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            } else {
                FigureFile.write(target, format, panel.charts(), size, metadata);
                written.accept(target);
            }
        }
    }

    private void file(Path target, AtomicFileWriter.Body body) throws IOException {
        AtomicFileWriter.write(target, body);
        written.accept(target);
    }

    /** The preset beside its results, so the directory says what produced them; never over itself. */
    private void copy(Path preset, Path copy) throws IOException {
        if (Files.exists(copy) && Files.isSameFile(copy, preset)) {
            return;
        }
        AtomicFileWriter.copy(preset, copy);
        written.accept(copy);
    }
}
