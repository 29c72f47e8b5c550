package dev.clausius.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of {@code export --format}: the explorer's figures and the time series. */
enum ExportFormat {
    PNG(true), SVG(true), PDF(true), CSV(true);

    private final boolean available;

    ExportFormat(boolean available) {
        this.available = available;
    }

    boolean available() {
        return available;
    }

    /** As written on the command line, e.g. {@code png}. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a format name in any case; the error lists the names as the user writes them. */
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat format : values()) {
                if (format.optionName().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            String names = Arrays.stream(values()).map(ExportFormat::optionName).collect(Collectors.joining(", "));
            throw new TypeConversionException("'" + value + "' is not one of " + names);
        }
    }
}
