package dev.clausius.export;

import dev.clausius.figures.Figure;
import dev.clausius.preset.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which files an export writes, known before anything is computed or drawn, so that the command
 * line can refuse and the explorer can ask before a file is replaced. The explorer exports all
 * panels or the one shown; the command line all panels, the whole time series (with CSV) and a
 * copy of the preset file.
 */
public final class ExportPlan {

    /**
     * One panel as the plan knows it before drawing.
     *
     * @param name      its file-name part, e.g. {@code entropies}
     * @param hasSeries whether it draws series against t: only then has it a CSV of its own
     */
    public record Panel(String name, boolean hasSeries) {
    }

    private final ExportNames names;
    private final Set<ExportFormat> formats;
    private final List<Panel> panels;
    private final String onlyPanel;
    private final boolean timeSeries;
    private final Path presetFile;

    private ExportPlan(ExportNames names, Set<ExportFormat> formats, List<Panel> panels,
                       String onlyPanel, boolean timeSeries, Path presetFile) {
        this.names = names;
        this.formats = formats.isEmpty() ? EnumSet.noneOf(ExportFormat.class) : EnumSet.copyOf(formats);
        this.panels = List.copyOf(panels);
        this.onlyPanel = onlyPanel;
        this.timeSeries = timeSeries;
        this.presetFile = presetFile;
    }

    /** Every panel the preset has ({@link PresetPanels}); {@code end} is the run's last time. */
    public static ExportPlan allPanels(ExportNames names, Set<ExportFormat> formats, Preset preset, double end) {
        return new ExportPlan(names, formats, panels(preset, end, null), null, false, null);
    }

    /** One panel by name; none if the preset has no such panel (writing then fails, saying so). */
    public static ExportPlan onePanel(ExportNames names, Set<ExportFormat> formats, Preset preset, double end,
                                      String panel) {
        return new ExportPlan(names, formats, panels(preset, end, panel), panel, false, null);
    }

    /** This plan, and with CSV also the whole time series (every column, as {@code run --csv}). */
    public ExportPlan withTimeSeries() {
        return new ExportPlan(names, formats, panels, onlyPanel, true, presetFile);
    }

    /** This plan, and a copy of {@code file} (the preset it ran) beside the results. */
    public ExportPlan withPresetCopy(Path file) {
        return new ExportPlan(names, formats, panels, onlyPanel, timeSeries, file);
    }

    private static List<Panel> panels(Preset preset, double end, String only) {
        return PresetPanels.figures(preset, end).stream()
                .filter(figure -> only == null || figure.name().equals(only))
                .map(figure -> new Panel(figure.name(), hasSeries(figure)))
                .toList();
    }

    private static boolean hasSeries(Figure figure) {
        return figure.timePlots().stream().anyMatch(plot -> !plot.curves().isEmpty());
    }

    public ExportNames names() {
        return names;
    }

    public boolean has(ExportFormat format) {
        return formats.contains(format);
    }

    /** The panels written, in the explorer's order. */
    public List<Panel> panels() {
        return panels;
    }

    /** The one panel asked for, or empty when the plan is every panel. */
    public Optional<String> onlyPanel() {
        return Optional.ofNullable(onlyPanel);
    }

    /** Whether the whole time series is written: asked for, and CSV is among the formats. */
    public boolean writesTimeSeries() {
        return timeSeries && has(ExportFormat.CSV);
    }

    /** With every panel and PDF, one more document holds them all, a page each. */
    public boolean writesAllPanelsPdf() {
        return onlyPanel == null && has(ExportFormat.PDF) && panels.size() > 1;
    }

    /** Whether panel {@code panel} is written in {@code format}: a CSV only for a panel that draws series. */
    public boolean writes(Panel panel, ExportFormat format) {
        return has(format) && (format != ExportFormat.CSV || panel.hasSeries());
    }

    /** The preset file to copy beside the results, if any. */
    public Optional<Path> presetFile() {
        return Optional.ofNullable(presetFile);
    }

    /**
     * Every file the export computes or draws, in the order it writes them. The preset copy is not
     * among them: it is the same preset, and is replaced without asking.
     */
    public List<Path> targets() {
        List<Path> targets = new ArrayList<>();
        if (writesTimeSeries()) {
            targets.add(names.timeSeriesCsv());
        }
        for (Panel panel : panels) {
            for (ExportFormat format : ExportFormat.values()) {
                if (writes(panel, format)) {
                    targets.add(names.panel(panel.name(), format));
                }
            }
        }
        if (writesAllPanelsPdf()) {
            targets.add(names.allPanelsPdf());
        }
        return targets;
    }

    /** The targets that exist already: an export replaces them only when the user says so. */
    public List<Path> existingTargets() {
        return targets().stream().filter(Files::exists).toList();
    }
}
