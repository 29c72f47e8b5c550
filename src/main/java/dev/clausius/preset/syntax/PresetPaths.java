package dev.clausius.preset.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a preset's JSON named by a JSON path ({@code $.coupling[0].g}): the keys of the
 * optional {@code "ranges"} field, and the parameter a tour step sweeps. A path is a chain of
 * {@code .name} and {@code [index]} segments; nothing else (no wildcards, no filters).
 */
public final class PresetPaths {
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    private PresetPaths() {
    }

    /** The number at {@code path} ($.a.b[0], or a.b[0]), or null when the path leads to no number. */
    public static JsonNode numberAt(JsonNode preset, String path) {
        List<Object> segments = segments(path);
        if (segments == null || segments.isEmpty()) {
            return null;
        }
        JsonNode node = preset;
        for (Object segment : segments) {
            node = segment instanceof String name ? node.path(name) : node.path((Integer) segment);
        }
        return node.isNumber() ? node : null;
    }

    /**
     * A copy of {@code preset} with the number at {@code path} replaced by {@code value}; the
     * original is not changed. The path must lead to a number ({@link #numberAt} not null).
     */
    public static JsonNode withNumber(JsonNode preset, String path, double value) {
        if (numberAt(preset, path) == null) {
            throw new IllegalArgumentException(path + " names no number of this preset");
        }
        JsonNode copy = preset.deepCopy();
        List<Object> segments = segments(path);
        JsonNode parent = copy;
        for (Object segment : segments.subList(0, segments.size() - 1)) {
            parent = segment instanceof String name ? parent.path(name) : parent.path((Integer) segment);
        }
        Object last = segments.get(segments.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).put(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, ((ArrayNode) parent).numberNode(value));
        }
        return copy;
    }

    /** The segments of {@code path}: field names (String) and indices (Integer); null if it is not a path. */
    private static List<Object> segments(String path) {
        String rest = path.startsWith("$") ? path.substring(1) : "." + path;
        Matcher m = SEGMENT.matcher(rest);
        List<Object> segments = new ArrayList<>();
        int at = 0;
        while (at < rest.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            segments.add(m.group(1) != null ? m.group(1) : (Object) Integer.parseInt(m.group(2)));
            at = m.end();
        }
        return segments;
    }
}
