package dev.clausius.cli;

import dev.clausius.preset.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which files an export writes, named by preset and panel, known before anything is computed. */
final class ExportPlan {
    private static final List<String> PANELS = List.of("entropies", "production", "temperatures", "engine", "state");
    private final Path directory;
    private final String stem;
    private final Path preset;
    private final Set<ExportFormat> formats;
    private final Mode mode;

    ExportPlan(Path directory, String stem, Path preset, Set<ExportFormat> formats, Mode mode) {
        this.directory = directory;
        this.stem = stem;
        this.preset = preset;
        this.formats = formats;
        this.mode = mode;
    }

    boolean has(ExportFormat format) {
        return formats.contains(format);
    }

    /** Panels are drawn for any figure format, and for CSV too (each panel's own series). */
    boolean hasFigures() {
        return !formats.isEmpty();
    }

    Path csv() {
        return directory.resolve(stem + "_timeseries.csv");
    }

    /** e.g. resonant-qubits_entropies.svg */
    Path panel(String panel, ExportFormat format) {
        return directory.resolve(stem + "_" + panel + "." + format.optionName());
    }

    Path allPanelsPdf() {
        return directory.resolve(stem + "_all-panels.pdf");
    }

    Path presetCopy() {
        return directory.resolve(preset.getFileName().toString());
    }

    /** Refuses, naming the first one, when a file it would write exists already (unless forced). */
    void checkTargets(boolean force) throws CliException {
        if (force) {
            return;
        }
        for (Path target : targets()) {
            if (Files.exists(target)) {
                throw CliException.failure(target + " exists already; use --force to replace it");
            }
        }
    }

    private List<Path> targets() {
        List<Path> targets = new ArrayList<>();
        if (has(ExportFormat.CSV)) {
            targets.add(csv());
        }
        for (String panel : PANELS) {
            if ("engine".equals(panel) && mode != Mode.ENGINE) {
                continue;
            }
            for (ExportFormat format : List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.CSV)) {
                if (has(format)) {
                    targets.add(panel(panel, format));
                }
            }
        }
        if (has(ExportFormat.PDF)) {
            targets.add(allPanelsPdf());
        }
        return targets;
    }
}
