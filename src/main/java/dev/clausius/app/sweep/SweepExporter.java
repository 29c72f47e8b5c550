package dev.clausius.app.sweep;

import dev.clausius.i18n.Texts;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.ClausiusVersion;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.FigureFile;
import dev.clausius.export.FigureMetadata;
import dev.clausius.export.FigureSize;
import dev.clausius.export.PanelExport;
import dev.clausius.sweep.SweepFiles;
import dev.clausius.sweep.SweepRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sweep's export, through the export package's figure writer: {@code <stem>_sweep.png/.svg/.pdf}
 * (a fresh figure of the finished points), {@code <stem>_sweep.csv} (their summary rows, as the
 * command line's {@code sweep} writes them) and, with the CSV, {@code <stem>_sweep.manifest.json}
 * (every point's preset). Every file is written atomically.
 */
final class SweepExporter {
    static final String SUFFIX = "_sweep";

    private final SweepSpec spec;
    private final List<SweepRow> rows;
    private final Path directory;
    private final Set<ExportFormat> formats;
    private final FigureSize size;
    private final Texts texts;

    /**
     * @param rows  the finished points, in point order
     * @param texts the explorer's language, which the figure's words are written in (the CSV stays English)
     */
    SweepExporter(SweepSpec spec, List<SweepRow> rows, Path directory, Set<ExportFormat> formats, FigureSize size,
                  Texts texts) {
        this.spec = spec;
        this.texts = texts;
        this.rows = List.copyOf(rows);
        this.directory = directory;
        this.formats = Set.copyOf(formats);
        this.size = size;
    }

    /** The rule as a user reads it. */
    static String pattern(String stem) {
        return stem + SUFFIX + ".<format>, " + stem + SUFFIX + ".manifest.json";
    }

    /** The files, in the order they are written. */
    List<Path> targets() {
        List<Path> targets = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (formats.contains(format)) {
                targets.add(file(format.extension()));
            }
        }
        if (formats.contains(ExportFormat.CSV)) {
            targets.add(file("manifest.json"));
        }
        return targets;
    }

    /** Draws and writes every target; files already written stay when a later one fails. */
    List<Path> write() throws IOException {
        AtomicFileWriter.checkTarget(file("csv"));
        List<Path> written = new ArrayList<>();
        String title = spec.plotted().columnName() + " against " + String.join(" and ", spec.axisLabels());
        FigureMetadata metadata = new FigureMetadata(title, spec.plan().presets().get(0).name(),
                PanelExport.parameters(spec.plan().presets().get(0)), ClausiusVersion.software());
        for (ExportFormat format : ExportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path target = file(format.extension());
            if (format == ExportFormat.CSV) {
                text(target, SweepFiles.csv(spec.plan(), rows));
            } else {
                FigureFile.write(target, format, List.of(spec.figure(rows, texts).chart()), size, metadata);
            }
            written.add(target);
        }
        if (formats.contains(ExportFormat.CSV)) {
            Path manifest = file("manifest.json");
            text(manifest, SweepFiles.manifest(spec.plan(), file("csv").getFileName().toString()));
            written.add(manifest);
        }
        return written;
    }

    private Path file(String extension) {
        return directory.resolve(spec.stem() + SUFFIX + "." + extension);
    }

    private static void text(Path target, String text) throws IOException {
        AtomicFileWriter.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
