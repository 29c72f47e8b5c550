package dev.clausius.preset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clausius.preset.memory.MachineMemory;
import dev.clausius.preset.memory.MemoryBudget;
import dev.clausius.preset.syntax.JsonSyntaxMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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

    /** The preset in {@code file}, checked against this JVM's memory; the exception's source is the path as given. */
    public static Preset read(Path file) throws PresetException {
        return read(file, MachineMemory.budget());
    }

    /** The preset in {@code file}, whose closed system must fit {@code budget}. */
    public static Preset read(Path file, MemoryBudget budget) throws PresetException {
        Problems problems = new Problems();
        Preset preset = readFile(file, problems, budget);
        return orThrow(preset, problems, file.toString());
    }

    /** The preset in {@code json}; {@code source} names it in messages (a file name, "clipboard", ...). */
    public static Preset parse(String json, String source) throws PresetException {
        return parse(json, source, MachineMemory.budget());
    }

    /** As {@link #parse(String, String)}, against {@code budget}. */
    public static Preset parse(String json, String source, MemoryBudget budget) throws PresetException {
        Problems problems = new Problems();
        Preset preset = parseText(json, problems, budget);
        return orThrow(preset, problems, source);
    }

    /** Every problem of the preset in {@code file}; empty when it is valid. */
    public static List<Problem> problems(Path file) {
        return problems(file, MachineMemory.budget());
    }

    /** Every problem of the preset in {@code file} against {@code budget}; empty when it is valid. */
    public static List<Problem> problems(Path file, MemoryBudget budget) {
        Problems problems = new Problems();
        readFile(file, problems, budget);
        return problems.list();
    }

    /** Every problem of the preset in {@code json}; empty when it is valid. */
    public static List<Problem> problems(String json, String source) {
        return problems(json, source, MachineMemory.budget());
    }

    /** Every problem of the preset in {@code json} against {@code budget}; empty when it is valid. */
    public static List<Problem> problems(String json, String source, MemoryBudget budget) {
        Problems problems = new Problems();
        parseText(json, problems, budget);
        return problems.list();
    }

    private static Preset orThrow(Preset preset, Problems problems, String source) throws PresetException {
        if (!problems.isEmpty() || preset == null) {
            throw new PresetException(source, problems.isEmpty()
                    ? List.of(new Problem("$", "not a valid preset")) : problems.list());
        }
        return preset;
    }

    private static Preset readFile(Path file, Problems problems, MemoryBudget budget) {
        JsonNode tree = readTree(file, problems, EMPTY_PRESET);
        return tree == null ? null : parse(tree, problems, budget);
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
        return tree(bytes, problems, emptyHint);
    }

    private static Preset parseText(String json, Problems problems, MemoryBudget budget) {
        if (json == null) {
            problems.add("$", "no text to read");
            return null;
        }
        // read as UTF-8 bytes, as a file is, so both report the same line, column and character
        JsonNode tree = tree(json.getBytes(StandardCharsets.UTF_8), problems, EMPTY_PRESET);
        return tree == null ? null : parse(tree, problems, budget);
    }

    private static JsonNode tree(byte[] bytes, Problems problems, String emptyHint) {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JacksonException e) {
            problems.add(JsonSyntaxMessage.problem(e, bytes, JSON));
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

    private static Preset parse(JsonNode tree, Problems problems, MemoryBudget budget) {
        try {
            return PresetParser.parse(tree, problems, budget);
        } catch (RuntimeException e) {
            // A bug in a check must not turn into a stack trace for the user; it still shows as a problem.
            problems.add("$", "internal error while checking this preset: " + e);
            return null;
        }
    }

    /** A message on one line, printable, not too long: Jackson quotes the offending input verbatim. */
    public static String oneLine(String text) {
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
