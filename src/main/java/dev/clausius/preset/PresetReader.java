package dev.clausius.preset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates preset files (docs/conventions.md, format "clausius-preset" version 1). Every
 * problem is reported with its JSON path; nothing from Jackson or the file system escapes.
 *
 * <pre>
 * Preset p = PresetReader.read(Path.of("presets/resonant-qubits.json"));
 * List&lt;Problem&gt; all = PresetReader.problems(Path.of("mine.json"));  // empty = valid
 * </pre>
 */
public final class PresetReader {
    /**
     * A preset larger than this is refused unread: even a 4096 x 4096 coupling matrix written
     * compactly is smaller, and the JSON tree of a larger file could exhaust the heap.
     */
    static final long LARGEST_FILE_BYTES = 256L << 20;

    /**
     * Immutable and thread-safe. Duplicate keys are refused (silently keeping the last one would
     * hide typos), so is anything after the top-level value.
     */
    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String EMPTY_PRESET = "a preset is a JSON object {\"format\": \"clausius-preset\", ...}";

    private PresetReader() {
    }

    /** The preset in {@code file}; the exception's source is the path as given. */
    public static Preset read(Path file) throws PresetException {
        String source = file.toString();
        Problems problems = new Problems();
        Preset preset = readFile(file, problems);
        return orThrow(preset, problems, source);
    }

    /** The preset in {@code json}; {@code source} names it in messages (a file name, "clipboard", ...). */
    public static Preset parse(String json, String source) throws PresetException {
        Problems problems = new Problems();
        Preset preset = parseText(json, problems);
        return orThrow(preset, problems, source);
    }

    /** Every problem of the preset in {@code file}; empty when it is valid. */
    public static List<Problem> problems(Path file) {
        Problems problems = new Problems();
        readFile(file, problems);
        return problems.list();
    }

    /** Every problem of the preset in {@code json}; empty when it is valid. */
    public static List<Problem> problems(String json, String source) {
        Problems problems = new Problems();
        parseText(json, problems);
        return problems.list();
    }

    private static Preset orThrow(Preset preset, Problems problems, String source) throws PresetException {
        if (!problems.isEmpty() || preset == null) {
            throw new PresetException(source, problems.isEmpty()
                    ? List.of(new Problem("$", "not a valid preset")) : problems.list());
        }
        return preset;
    }

    private static Preset readFile(Path file, Problems problems) {
        JsonNode tree = readTree(file, problems, EMPTY_PRESET);
        return tree == null ? null : parse(tree, problems);
    }

    /**
     * The JSON tree of {@code file}, read as strictly as a preset (size limit, duplicate keys and
     * trailing tokens refused), or null with the reason added to {@code problems}. Tour files are
     * read through here too, so both kinds of file fail with the same messages.
     *
     * @param emptyHint what to say when the file holds no JSON value at all
     */
    public static JsonNode readTree(Path file, Problems problems, String emptyHint) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                problems.add("$", "cannot read: it is a directory, not a file");
                return null;
            }
            long size = Files.size(file);
            if (size > LARGEST_FILE_BYTES) {
                problems.add("$", "file is " + Numbers.gigabytes(size) + "; a preset is at most "
                        + (LARGEST_FILE_BYTES >> 20) + " MiB");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add("$", "cannot read: no such file");
            return null;
        } catch (AccessDeniedException e) {
            problems.add("$", "cannot read: permission denied");
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add("$", "cannot read: " + oneLine(String.valueOf(e.getMessage())));
            return null;
        }
        return tree(() -> JSON.readTree(bytes), problems, emptyHint);
    }

    private static Preset parseText(String json, Problems problems) {
        if (json == null) {
            problems.add("$", "no text to read");
            return null;
        }
        JsonNode tree = tree(() -> JSON.readTree(json), problems, EMPTY_PRESET);
        return tree == null ? null : parse(tree, problems);
    }

    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static JsonNode tree(TreeSource source, Problems problems, String emptyHint) {
        JsonNode tree;
        try {
            tree = source.read();
        } catch (JacksonException e) {
            String token = nonNumericToken(e);
            if (token != null) {
                problems.add(pathOf(e), token + " is not a number a preset can hold (JSON has no NaN or Infinity): "
                        + "write a finite number" + ("NaN".equals(token) ? "" : ", or \"inf\" for an infinite temperature"));
            } else {
                problems.add("$", syntaxError(e));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add("$", "not valid JSON: " + oneLine(String.valueOf(e.getMessage())));
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add("$", "the file is empty; " + emptyHint);
            return null;
        }
        return tree;
    }

    private static Preset parse(JsonNode tree, Problems problems) {
        try {
            return PresetParser.parse(tree, problems);
        } catch (RuntimeException e) {
            // A bug in a check must not turn into a stack trace for the user; it still shows as a problem.
            problems.add("$", "internal error while checking this preset: " + e);
            return null;
        }
    }

    /** NaN, Infinity, -Infinity or +Infinity where Jackson found one of them as a bare token, else null. */
    private static String nonNumericToken(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return null;
        }
        Matcher m = NON_NUMERIC.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([-+]?(?:NaN|Infinity))'");

    /**
     * The JSON path of the value being read when the parser stopped, e.g. {@code $.A.omega}: the
     * value is the field's, so the person is sent to the right line of a long file.
     */
    private static String pathOf(JacksonException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer p = parser.getParsingContext().pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0 && !p.getMatchingProperty().isEmpty()
                    && Character.isDigit(p.getMatchingProperty().charAt(0))) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append('.').append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }

    /** "not valid JSON at line 3, column 7: Unexpected end-of-input ..." */
    private static String syntaxError(JacksonException e) {
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 0 ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "not valid JSON" + at + ": " + oneLine(e.getOriginalMessage());
    }

    /** A message on one line, printable, not too long: Jackson quotes the offending input verbatim. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\ufffd') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
