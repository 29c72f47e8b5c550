package dev.clausius.app.exporter;

import dev.clausius.i18n.Texts;
import dev.clausius.export.ExportPlan;
import dev.clausius.export.ExportWriter;
import dev.clausius.export.RecordedRun;
import dev.clausius.figures.FigureData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the explorer's export off the FX thread, through the export package's one writer (the
 * command line's too). It draws FRESH figures from a snapshot of the model's data, never the charts
 * on screen: those belong to the FX thread and may be redrawn by the next pulse while a file is written.
 */
final class FigureExporter {
    private final ExportRequest request;
    private final FigureData data;
    private final ExportPlan plan;
    private final Texts texts;

    /**
     * @param data  a snapshot taken on the FX thread (its frame list is not the live one)
     * @param texts the explorer's language, which the figures' words are written in
     */
    FigureExporter(ExportRequest request, FigureData data, Texts texts) {
        this.request = request;
        this.texts = texts;
        this.data = data;
        this.plan = request.plan(data.preset(), data.end());
    }

    /** The files the export would replace, known before anything is drawn (to ask about overwriting). */
    List<Path> existingTargets() {
        return plan.existingTargets();
    }

    /**
     * Draws and writes every file, each atomically: a failure leaves no partial file.
     *
     * @return the files written
     * @throws IOException if the directory is missing or not writable, the panel does not apply to
     *                     the preset, or a file cannot be written (disk full, no permission)
     */
    List<Path> write() throws IOException {
        List<Path> written = new ArrayList<>();
        new ExportWriter(plan, request.figureOptions(texts), written::add).write(RecordedRun.of(data));
        return written;
    }
}
