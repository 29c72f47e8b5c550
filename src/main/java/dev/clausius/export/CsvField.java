package dev.clausius.export;

/**
 * A text field (a column heading, a legend label, a JSON path) as one cell of a CSV or
 * tab-separated row. Numbers need none of this: {@link CsvWriter#format} never writes a comma,
 * quote, tab or line break.
 */
public final class CsvField {
    private CsvField() {
    }

    /**
     * The text as RFC 4180 writes a field: as it is when it holds no comma, double quote, CR or LF;
     * otherwise inside double quotes, with each double quote doubled. A line break inside the
     * quotes stays part of the field, so a reader keeps the row together.
     */
    public static String csv(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * The text as one cell of tab-separated clipboard text: a spreadsheet's paste splits at every
     * tab and line break and knows no quoting, so each of those becomes a space (a CRLF one space).
     */
    public static String tabSeparated(String text) {
        return text.replace("\r\n", " ").replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
