package dev.clausius.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats of an export, in the order their files are written: three figure formats, and CSV
 * (each panel's series; on the command line also the whole time series). The explorer's dialog
 * and the command line's {@code --format} offer the same four.
 */
public enum ExportFormat {
    PNG, SVG, PDF, CSV;

    /** The file extension, which is also the name a user writes, e.g. {@code png}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a format name in any case, e.g. from {@code --format png,SVG}.
     *
     * @throws IllegalArgumentException naming the value and listing the names as a user writes them
     */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        String names = Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + value + "' is not one of " + names);
    }
}
