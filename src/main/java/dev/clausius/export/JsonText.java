package dev.clausius.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JSON the program prints for people and scripts (run --summary, bench, the sweep manifest, the
 * explorer's benchmark lines), written by Jackson so every string is escaped and every document
 * parses. Numbers keep {@link Double#toString}'s shortest exact spelling, as in the CSV files.
 */
public final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** {@code {"key": value, "key": value}}: the one-line layout the bench and summary lines promise. */
    private static final ObjectWriter LINE = MAPPER.writer(line());
    /** Two-space indents, {@code "key": value}, {@code \n} line ends on every platform. */
    private static final ObjectWriter DOCUMENT = MAPPER.writer(document());

    private JsonText() {
    }

    /** An empty object to fill with {@code put}; fields keep the order they are put in. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The node on one line, without a line end. */
    public static String line(JsonNode node) {
        return write(LINE, node);
    }

    /** The node indented over several lines, ending in a line end. */
    public static String document(JsonNode node) {
        return write(DOCUMENT, node) + "\n";
    }

    /** Parses JSON text that is known to be valid (a preset the reader has accepted). */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value, or null where it does not exist (NaN, an infinity): JSON has no word for those,
     * and Jackson would otherwise write them as the strings "NaN" and "Infinity".
     */
    public static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /**
     * The value rounded half up to {@code decimals} places and written with exactly that many
     * (as {@code %.1f} does: 57.0, 0.10), or null where it is not finite. For measured times,
     * whose further digits are noise.
     */
    public static BigDecimal rounded(double value, int decimals) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null;
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of nodes always serializes; this is a programming error, not bad input
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter line() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Spacing.AFTER)
                .withObjectEntrySpacing(Spacing.AFTER)
                .withArrayValueSpacing(Spacing.AFTER));
        printer.indentObjectsWith(DefaultPrettyPrinter.NopIndenter.instance);
        printer.indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
        return printer;
    }

    private static DefaultPrettyPrinter document() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Spacing.AFTER));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        return printer;
    }
}
