package dev.clausius.preset.write;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.preset.syntax.JsonSyntaxMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A preset's JSON text with numbers replaced at JSON paths ({@code $.coupling[0].g},
 * {@code coupling[0].g} or {@code A.omega}), for parameter sweeps. Only numbers that are already
 * there can be replaced: a path that does not exist is an error, not a new field, so a typo cannot
 * silently sweep nothing. Immutable and thread-safe.
 */
public final class PresetPatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("\\.?([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");
    private final JsonNode original;

    private PresetPatch(JsonNode original) {
        this.original = original;
    }

    /** The preset text to patch; an IllegalArgumentException saying where and why when it is not JSON. */
    public static PresetPatch of(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            return new PresetPatch(JSON.readTree(bytes));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(JsonSyntaxMessage.problem(e, bytes, JSON.reader()).toString(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The path in canonical form ($.a.b[0]); an IllegalArgumentException saying why when the path
     * is malformed or leads nowhere, or to something that is not a number.
     */
    public String check(String path) {
        List<Object> segments = parse(path);
        JsonNode node = original;
        StringBuilder at = new StringBuilder("$");
        for (Object segment : segments) {
            JsonNode next = segment instanceof Integer i ? node.path(i) : node.path((String) segment);
            String shown = segment instanceof Integer i ? "[" + i + "]" : "." + segment;
            if (next.isMissingNode()) {
                String where = node.isArray() ? at + " has " + node.size() + " element(s)"
                        : node.isObject() ? at + " has no field \"" + segment + "\"" : at + " is not an object or array";
                throw new IllegalArgumentException("no " + at + shown + " in the preset (" + where + ")");
            }
            at.append(shown);
            node = next;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(at + " is " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not a number");
        }
        return at.toString();
    }

    /** The preset text with each path (checked) set to its value, pretty-printed. */
    public String with(Map<String, Double> values) {
        JsonNode copy = original.deepCopy();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            check(e.getKey());
            List<Object> segments = parse(e.getKey());
            JsonNode parent = copy;
            for (Object segment : segments.subList(0, segments.size() - 1)) {
                parent = segment instanceof Integer i ? parent.get(i) : parent.get((String) segment);
            }
            Object last = segments.get(segments.size() - 1);
            if (last instanceof Integer i) {
                ((ArrayNode) parent).set(i.intValue(), e.getValue().doubleValue());
            } else {
                ((ObjectNode) parent).put((String) last, e.getValue().doubleValue());
            }
        }
        return copy.toPrettyString();
    }


    private static List<Object> parse(String path) {
        String rest = path.strip();
        if (rest.startsWith("$")) {
            rest = rest.substring(1);
        }
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(rest);
        int at = 0;
        while (at < rest.length()) {
            if (!m.find(at) || m.start() != at || (segments.isEmpty() && m.group(1) == null && at > 0)) {
                throw new IllegalArgumentException("malformed JSON path \"" + path + "\" at \"" + rest.substring(at)
                        + "\" (expected field names and [index], e.g. $.coupling[0].g)");
            }
            segments.add(m.group(1) != null ? (Object) m.group(1) : (Object) Integer.valueOf(m.group(2)));
            at = m.end();
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty JSON path \"" + path + "\" (e.g. $.coupling[0].g)");
        }
        return segments;
    }
}
