package dev.clausius.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The names of an export's files: all in one directory, each starting with the preset's stem, e.g.
 * {@code resonant-qubits_entropies.svg}. The explorer and the command line name their files here
 * and nowhere else, so a figure exported either way lands under the same name.
 *
 * @param directory where the files go
 * @param stem      what every name starts with (the preset file's name without its extension)
 */
public record ExportNames(Path directory, String stem) {

    /** One panel in one format: {@code <stem>_<panel>.<ext>}. */
    public Path panel(String panel, ExportFormat format) {
        return directory.resolve(stem + "_" + panel + "." + format.extension());
    }

    /** Every panel in one PDF, a page each. */
    public Path allPanelsPdf() {
        return directory.resolve(stem + "_all-panels.pdf");
    }

    /** The whole time series, every column (the command line's {@code run --csv} file). */
    public Path timeSeriesCsv() {
        return directory.resolve(stem + "_timeseries.csv");
    }

    /** The preset file itself beside its results, under its own name. */
    public Path presetCopy(Path presetFile) {
        return directory.resolve(presetFile.getFileName().toString());
    }

    /** The rule as a user reads it, e.g. {@code otto-qubit_<panel>.<format>}. */
    public static String pattern(String stem) {
        return stem + "_<panel>.<format>";
    }

    /** The file name without its extension: {@code presets/otto.json} gives {@code otto}. */
    public static String stem(Path file) {
        return withoutExtension(file.getFileName().toString());
    }

    /**
     * A stem made safe for any file system from a file or preset name: without its extension, in
     * lower case, every run of other characters than {@code a-z0-9._-} one hyphen, e.g.
     * "Resonant qubits: heat swap" gives {@code resonant-qubits-heat-swap}.
     */
    public static String safeStem(String name) {
        return withoutExtension(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
