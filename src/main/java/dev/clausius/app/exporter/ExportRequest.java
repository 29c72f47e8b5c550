package dev.clausius.app.exporter;

import dev.clausius.export.FigureSize;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What the export dialog asked for: which panels, which formats, at which printed size, into which
 * directory. File names follow the CLI's {@code export}: {@code <stem>_<panel>.<ext>}.
 *
 * @param panel   the panel shown when the dialog opened (its figure name), used when not {@code allPanels}
 * @param caption whether each chart carries the preset's key parameters as a caption line
 */
record ExportRequest(Path directory, String stem, boolean allPanels, String panel, Set<Format> formats,
                     FigureSize size, boolean caption) {

    /** The explorer's export formats: three figure formats and the panel's series as CSV. */
    enum Format {
        PNG, SVG, PDF, CSV;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    ExportRequest {
        formats = Set.copyOf(formats);
    }

    Path file(String panelName, Format format) {
        return directory.resolve(stem + "_" + panelName + "." + format.extension());
    }

    /** With all panels, a PDF also gets one document holding every panel, a page each. */
    Path allPanelsPdf() {
        return directory.resolve(stem + "_all-panels.pdf");
    }
}
