package dev.clausius.app.exporter;

import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.ExportPlan;
import dev.clausius.export.FigureOptions;
import dev.clausius.export.FigureSize;
import dev.clausius.export.JournalStyle;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;

import java.nio.file.Path;
import java.util.Set;

/**
 * What the export dialog asked for: which panels, which formats, at which printed size, into which
 * directory. The files it means, and their names, are the export package's ({@link ExportPlan}),
 * the same as the command line's {@code export}.
 *
 * @param panel   the panel shown when the dialog opened (its figure name), used when not {@code allPanels}
 * @param caption whether each chart carries the preset's key parameters as a caption line
 * @param style   the explorer's look or a journal's ({@code export --style})
 */
record ExportRequest(Path directory, String stem, boolean allPanels, String panel, Set<ExportFormat> formats,
                     FigureSize size, boolean caption, JournalStyle style) {

    ExportRequest {
        formats = Set.copyOf(formats);
    }

    /** The files this request writes for {@code preset}, whose recorded run ends at {@code end}. */
    ExportPlan plan(Preset preset, double end) {
        ExportNames names = new ExportNames(directory, stem);
        return allPanels ? ExportPlan.allPanels(names, formats, preset, end)
                : ExportPlan.onePanel(names, formats, preset, end, panel);
    }

    /** The explorer's figures always carry their panel's title. */
    FigureOptions figureOptions() {
        return figureOptions(Texts.english());
    }

    /** As {@link #figureOptions()}, the figures' words in the explorer's language. */
    FigureOptions figureOptions(Texts texts) {
        return new FigureOptions(size, caption, true, style.lettering(null, null), texts);
    }
}
