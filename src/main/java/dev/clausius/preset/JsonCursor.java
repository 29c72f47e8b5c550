package dev.clausius.preset;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A position in the JSON tree together with its JSON path ({@code $.A.omega}) and the problem list,
 * so every check can say exactly where it failed. The node is null when the field is absent, so a
 * cursor can walk into missing parts and the missing field is reported with its own path.
 *
 * <p>The typed getters report what is wrong and return a neutral value (NaN, null, empty) so the
 * caller carries on and the reader finds every problem in one pass.
 */
public final class JsonCursor {
    /**
     * The largest magnitude a preset number may have. Beyond it a value is a typo rather than
     * physics, and products such as omega * t or exp(omega / T) would lose all precision or overflow.
     */
    static final double LARGEST = 1e15;

    public static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int QUOTE_LIMIT = 40;

    /** Sign conditions on numbers, with the wording used in messages. */
    public enum Bound {
        ANY(""), POSITIVE("> 0"), NON_NEGATIVE(">= 0");

        private final String text;

        Bound(String text) {
            this.text = text;
        }

        boolean admits(double x) {
            return switch (this) {
                case ANY -> true;
                case POSITIVE -> x > 0;
                case NON_NEGATIVE -> x >= 0;
            };
        }

        String text() {
            return text;
        }
    }

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private JsonCursor(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public static JsonCursor root(JsonNode node, Problems problems) {
        return new JsonCursor(node, "$", problems);
    }

    public JsonCursor field(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new JsonCursor(child, path + segment(name), problems);
    }

    /**
     * An entry of an object keyed by free text, such as a JSON path, its path written
     * {@code ["key"]} with JSON's escapes: {@code $.ranges["$.coupling[0].g"]}.
     */
    public JsonCursor entry(String key) {
        JsonNode child = node != null && node.isObject() ? node.get(key) : null;
        return new JsonCursor(child, path + "[" + quote(key) + "]", problems);
    }

    public JsonCursor element(int index) {
        JsonNode child = node != null && node.isArray() ? node.get(index) : null;
        return new JsonCursor(child, path + "[" + index + "]", problems);
    }

    public String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    public boolean isPresent() {
        return node != null;
    }

    public boolean isNull() {
        return node != null && node.isNull();
    }

    public boolean isNumber() {
        return node != null && node.isNumber();
    }

    public boolean isArray() {
        return node != null && node.isArray();
    }

    public boolean isObject() {
        return node != null && node.isObject();
    }

    public boolean isString() {
        return node != null && node.isTextual();
    }

    public void problem(String reason) {
        problems.add(path, reason);
    }

    Problems problems() {
        return problems;
    }

    /** Reports an absent field; true when the field is there (whatever its value). */
    public boolean require() {
        if (node == null) {
            problem("missing required field");
            return false;
        }
        return true;
    }

    /** A required object whose fields must all be in {@code allowed}. */
    public boolean object(List<String> allowed) {
        return object(allowed, "unknown field");
    }

    /**
     * A required object; each field not in {@code allowed} is reported at its own path with
     * {@code unknownWhat} followed by the list of expected names.
     */
    public boolean object(List<String> allowed, String unknownWhat) {
        if (!require()) {
            return false;
        }
        if (!node.isObject()) {
            problem("must be an object, got " + got());
            return false;
        }
        for (String name : fieldNames()) {
            if (!allowed.contains(name)) {
                field(name).problem(unknownWhat + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return true;
    }

    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null && node.isObject()) {
            Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    /** The elements of a required list, or null (reported) when absent or not a list. */
    public List<JsonCursor> list() {
        if (!require()) {
            return null;
        }
        if (!node.isArray()) {
            problem("must be a list, got " + got());
            return null;
        }
        List<JsonCursor> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(element(i));
        }
        return elements;
    }

    /** A required finite number satisfying {@code bound}, or NaN (reported). */
    public double number(Bound bound) {
        if (!require()) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            problem("must be a number, got " + got());
            return Double.NaN;
        }
        double x = node.doubleValue();
        if (!Double.isFinite(x)) {
            problem("must be a finite number, got " + node.asText());
            return Double.NaN;
        }
        if (Math.abs(x) > LARGEST) {
            problem("is too large: " + Numbers.format(x) + " (a preset number must be at most 1e15 in size)");
            return Double.NaN;
        }
        if (!bound.admits(x)) {
            problem("must be " + bound.text() + ", got " + Numbers.format(x));
            return Double.NaN;
        }
        return x;
    }

    /** An optional number: {@code whenAbsent} if the field is not there. */
    public double optionalNumber(double whenAbsent, Bound bound) {
        return node == null ? whenAbsent : number(bound);
    }

    /** A required integer (12 and 12.0 both count), or empty (reported). */
    public OptionalLong integer() {
        if (!require()) {
            return OptionalLong.empty();
        }
        if (!node.isNumber()) {
            problem("must be an integer, got " + got());
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                problem("is too large: " + node.asText() + " (an integer here must be at most 2^53 in size)");
                return OptionalLong.empty();
            }
            return OptionalLong.of(node.longValue());
        }
        double x = node.doubleValue();
        if (x != Math.rint(x)) {
            problem("must be an integer, got " + Numbers.format(x));
            return OptionalLong.empty();
        }
        // 2^53: beyond it a double no longer tells integers apart.
        if (Math.abs(x) > 9.007199254740992e15) {
            problem("is too large: " + Numbers.format(x) + " (an integer here must be at most 2^53 in size)");
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) x);
    }

    /** A required string, or null (reported). */
    public String string() {
        if (!require()) {
            return null;
        }
        if (!node.isTextual()) {
            problem("must be a string, got " + got());
            return null;
        }
        return node.textValue();
    }

    /** An optional true/false: {@code whenAbsent} if the field is not there (a wrong type is reported). */
    public boolean optionalBoolean(boolean whenAbsent) {
        if (node == null) {
            return whenAbsent;
        }
        if (!node.isBoolean()) {
            problem("must be true or false, got " + got());
            return whenAbsent;
        }
        return node.booleanValue();
    }

    /** What the node is, for "must be X, got ..." messages. */
    public String got() {
        if (node == null) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case STRING -> "string " + quote(node.textValue());
            case NUMBER -> "number " + node.asText();
            case BOOLEAN -> "boolean " + node.asText();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A string as it would appear in JSON, shortened, with control characters escaped. */
    static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String segment(String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return "." + name;
        }
        String quoted = quote(name);
        String inner = quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("'", "\\'");
        return "['" + inner + "']";
    }
}
