package dev.clausius.cli;

import dev.clausius.export.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads one {@code --format} name in any case; the error lists the names as the user writes them. */
final class ExportFormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
        try {
            return ExportFormat.parse(value);
        } catch (IllegalArgumentException unknown) {
            throw new TypeConversionException(unknown.getMessage());
        }
    }
}
