package dev.clausius.preset.syntax;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clausius.preset.JsonCursor;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error of a preset or tour file in plain words: where (line and column as an
 * editor counts them), what was expected, what was found (the character as typed), and for a file
 * that ends too early or a bracket closed by the wrong one, where the open bracket was. The result
 * is one {@link Problem}: the JSON path of the value being read when the parser stopped, and
 *
 * <pre>
 * not valid JSON at line 1, column 678: the file ends inside an array: the '[' opened at line 1, column 464 is never closed
 * </pre>
 *
 * <p>Positions come from Jackson's data: the exception's location and the parser's open
 * arrays and objects (each knows where it started). Which kind of mistake it was is only in
 * Jackson's message, so that is read for its kind and, for a word that is not a value, the word; a
 * message this class does not know is passed on without Jackson's "[Source: ...]" and class names.
 */
public final class JsonSyntaxMessage {
    private static final String VALUES = "a number, a \"string\", true, false, null, [ or {";
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*)': was expecting");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([-+]?(?:NaN|Infinity))'");
    private static final String TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u2018\u2019";

    private final JacksonException error;
    private final String message;
    private final JsonSourceText text;
    /** The parser that stopped, or null (the stream limits of {@code StreamReadConstraints} have none). */
    private final JsonParser parser;
    /** Where the mistake is in the text, or null when the text is unknown (see {@link #spot()}). */
    private final Spot spot;

    private JsonSyntaxMessage(JacksonException error, JsonSourceText text) {
        this.error = error;
        String original = error.getOriginalMessage();
        this.message = original == null ? "" : original;
        this.text = text;
        this.parser = error.getProcessor() instanceof JsonParser p ? p : null;
        this.spot = spot();
    }

    /**
     * The problem {@code error} describes; {@code bytes} are what {@code json} read and failed on
     * (a String parser is used again, on the same text, when Jackson's UTF-8 reader blames the
     * encoding for a character it did not expect).
     */
    public static Problem problem(JacksonException error, byte[] bytes, ObjectReader json) {
        JsonLocation where = error.getLocation();
        if (where != null && where.getByteOffset() < 0 && where.getCharOffset() >= 0) {
            // Jackson found UTF-16 or UTF-32 and decoded it itself: its columns already count characters
            return new JsonSyntaxMessage(error, JsonSourceText.unknown()).problem();
        }
        JsonSourceText text = JsonSourceText.ofUtf8(bytes);
        int malformed = text.firstMalformedByte();
        if (malformed >= 0 && (where == null || where.getByteOffset() < 0 || malformed <= where.getByteOffset())) {
            JsonSourceText.Place place = text.place(malformed);
            return new Problem("$", "not valid JSON at " + at(text, place.line(), place.column())
                    + ": the file is not UTF-8 text: the byte 0x" + String.format("%02X", bytes[malformed] & 0xFF)
                    + " here is not part of any character (save the file as UTF-8)");
        }
        if (malformed < 0 && error.getOriginalMessage() != null && error.getOriginalMessage().startsWith("Invalid UTF-8")) {
            // The bytes are UTF-8; Jackson's byte reader says otherwise when a value starts with a
            // character beyond ASCII. Its String reader names the character.
            String decoded = text.string();
            try {
                json.readTree(decoded);
            } catch (JacksonException again) {
                return new JsonSyntaxMessage(again, JsonSourceText.ofChars(decoded)).problem();
            } catch (IOException | RuntimeException ignored) {
                // keep the first answer
            }
        }
        return new JsonSyntaxMessage(error, text).problem();
    }

    private Problem problem() {
        Matcher nonNumeric = NON_NUMERIC.matcher(message);
        if (nonNumeric.find()) {
            String token = nonNumeric.group(1);
            return new Problem(path(), token + " is not a number a preset can hold (JSON has no NaN or Infinity): "
                    + "write a finite number" + ("NaN".equals(token) ? "" : ", or \"inf\" for an infinite temperature"));
        }
        return new Problem(path(), "not valid JSON" + place() + ": " + what());
    }

    /** "line 3, column 7", the column counted in characters. */
    private static String at(JsonSourceText text, int line, int jacksonColumn) {
        return "line " + line + ", column " + text.column(line, jacksonColumn);
    }

    /** " at line 3, column 7", or "" when Jackson gave no place (a limit of its stream reader). */
    private String place() {
        if (spot != null) {
            return " at line " + spot.line() + ", column " + (spot.text().codePointCount(0, spot.index()) + 1);
        }
        JsonLocation where = error.getLocation();
        return where == null || where.getLineNr() < 1 ? "" : " at " + at(text, where.getLineNr(), where.getColumnNr());
    }

    /** A place in the text: line {@code line}, whose text is {@code text}, at {@code index} (end of line allowed). */
    private record Spot(int line, String text, int index) {
        int codePoint() {
            return index < text.length() ? text.codePointAt(index) : -1;
        }
    }

    /**
     * Where the mistake is in the text, or null when the text is unknown. Jackson's location,
     * except where it reads past the culprit or stops short of it: a word that is not a value and a
     * control character between values are placed at their first character, a repeated key at its
     * opening quote, a number cut off by the end of the file at the end.
     */
    private Spot spot() {
        JsonLocation where = error.getLocation();
        if (where == null || where.getLineNr() < 1) {
            return null;
        }
        String line = text.line(where.getLineNr());
        int index = text.index(where.getLineNr(), where.getColumnNr());
        if (line == null || index < 0) {
            return null;
        }
        String word = unrecognizedWord();
        if (word == null && message.startsWith("Duplicate field ") && parser != null
                && parser.getParsingContext().hasCurrentName()) {
            word = "\"" + parser.getParsingContext().getCurrentName() + "\"";
        }
        if (word != null && !word.isEmpty()) {
            int start = line.lastIndexOf(word, Math.max(0, index - word.length()));
            return new Spot(where.getLineNr(), line, start >= 0 ? start : index);
        }
        if (message.startsWith("Illegal character") && index > 0) {
            return new Spot(where.getLineNr(), line, index - 1);
        }
        String markers = numberMarkers();
        if (markers != null && index == line.length() - 1 && markers.indexOf(line.charAt(index)) >= 0
                && (index == 0 || markers.indexOf(line.charAt(index - 1)) < 0)) {
            // a number cut off by the end of the file ("2."): Jackson points at its last character
            return new Spot(where.getLineNr(), line, index + 1);
        }
        return new Spot(where.getLineNr(), line, index);
    }

    private String what() {
        if (parser == null) {
            return cleaned(message);
        }
        JsonStreamContext context = parser.getParsingContext();
        if (error instanceof JsonEOFException eof) {
            return endOfInput(eof.getTokenBeingDecoded(), context);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            // after a ',' Jackson reports the end as a plain parse error
            return endOfInput(null, context);
        }
        if (message.startsWith("Illegal character")) {
            return "the control character " + found() + " cannot stand between values (only spaces, tabs and line breaks can)";
        }
        if (afterTheValue(context, message.startsWith("Unexpected close marker"))) {
            String word = unrecognizedWord();
            return "found " + (word != null ? "'" + shown(word) + "'" : found())
                    + " after the end of the JSON value (a file holds a single value)";
        }
        if (message.startsWith("Duplicate field ") && context.hasCurrentName()) {
            return "the key \"" + shown(context.getCurrentName()) + "\" appears twice in this object (each key may appear once)";
        }
        if (message.startsWith("Unexpected close marker")) {
            return wrongClose(context);
        }
        String word = unrecognizedWord();
        if (word != null) {
            return "'" + shown(word) + "' is not a JSON value: expected " + VALUES + hintFor(word);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return controlInString();
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "\"\\" + foundRaw() + "\" is not an escape JSON knows: write \\\\ for a backslash "
                    + "(the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits)";
        }
        if (message.contains("in numeric value") || message.startsWith("Invalid numeric value")) {
            return number();
        }
        if (message.startsWith("Unexpected character")) {
            return unexpected(context);
        }
        return cleaned(message);
    }

    /** The file ends before every string, array and object is closed. */
    private String endOfInput(JsonToken decoding, JsonStreamContext context) {
        List<JsonStreamContext> open = openContainers(context);
        // Jackson names FIELD_NAME also for a number it was reading after a key; its words tell them apart
        boolean inKey = decoding == JsonToken.FIELD_NAME && message.contains("field name");
        boolean inString = decoding == JsonToken.VALUE_STRING;
        JsonSourceText.Place keyQuote = inKey ? text.lastUnescapedQuote() : null;
        if (inString && parser.currentToken() == JsonToken.VALUE_STRING) {
            JsonLocation start = parser.currentTokenLocation();
            return "the file ends inside a string: the '\"' opened at " + at(text, start.getLineNr(), start.getColumnNr())
                    + " is never closed" + around(open, 0, true);
        }
        if (keyQuote != null) {
            return "the file ends inside a key: the '\"' opened at " + at(text, keyQuote.line(), keyQuote.column())
                    + " is never closed" + around(open, 0, true);
        }
        if (inKey || inString) {
            return "the file ends inside " + (inKey ? "a key" : "a string") + ": its closing '\"' is missing"
                    + around(open, 0, false);
        }
        if (open.isEmpty()) {
            return "the file ends before its value is complete";
        }
        JsonStreamContext inner = open.get(0);
        return "the file ends inside " + (inner.inArray() ? "an array: " : "an object: ") + opened(inner)
                + " is never closed" + around(open, 1, true);
    }

    /**
     * What is still open around the part already named ({@code named} of {@code open}): " (nor the
     * '{' around it, opened at line 1, column 1)" after a bracket or quote whose place is given,
     * " (and the '{' opened at line 1, column 1 is never closed)" after one whose place is not.
     */
    private String around(List<JsonStreamContext> open, int named, boolean nor) {
        int more = open.size() - named;
        if (more <= 0) {
            return "";
        }
        if (more > 1) {
            return nor ? " (nor the " + more + " brackets around it)"
                    : " (and the " + more + " brackets around it are never closed)";
        }
        JsonStreamContext outer = open.get(named);
        String bracket = outer.inArray() ? "'['" : "'{'";
        return nor ? " (nor the " + bracket + " around it, opened at " + startOf(outer) + ")"
                : " (and the " + bracket + " opened at " + startOf(outer) + " is never closed)";
    }

    /** A ']' where an object is open, or a '}' where an array is. */
    private String wrongClose(JsonStreamContext context) {
        if (context.inRoot()) {
            return "found " + found() + " with no '[' or '{' open";
        }
        char closer = context.inArray() ? ']' : '}';
        char other = context.inArray() ? '}' : ']';
        return "found '" + other + "' while " + opened(context) + " is still open (close it with '" + closer + "' first)";
    }

    private String controlInString() {
        int c = foundCodePoint();
        if (c == '\n' || c == '\r') {
            String string = parser.currentToken() == JsonToken.VALUE_STRING
                    ? "the string opened at " + at(text, parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr())
                    : "a string";
            return string + " runs into a line break: close it with '\"' on its line, or write the line break as \\n";
        }
        if (c == '\t') {
            return "a tab inside a string must be written as \\t";
        }
        return c < 0 ? "a control character inside a string must be written as a \\u escape"
                : "the control character " + found() + " inside a string must be written as " + String.format("\\u%04x", c);
    }

    private String number() {
        if (message.contains("Leading zeroes")) {
            return "a number cannot start with 0 followed by more digits (write 1 or 0.1, not 01)";
        }
        if (message.contains("plus sign")) {
            return "a number cannot start with '+' (write 1, not +1)";
        }
        if (message.contains("minus sign")) {
            return "a '-' must be followed by a digit, found " + found();
        }
        if (message.contains("Decimal point")) {
            return "a '.' in a number must be followed by a digit (write 1.0, not 1.), found " + found();
        }
        if (message.contains("Exponent")) {
            return "an exponent needs digits after its 'e' (as in 1e-3), found " + found();
        }
        return "not a number JSON can read, found " + found();
    }

    /** "Unexpected character": what was expected comes from the place in the grammar Jackson was in. */
    private String unexpected(JsonStreamContext context) {
        int c = foundCodePoint();
        String name = context.hasCurrentName() ? shown(context.getCurrentName()) : null;
        if (message.contains("comma to separate Object entries")) {
            return "expected ',' or '}' after the value" + (name == null ? "" : " of \"" + name + "\"") + ", found "
                    + found() + (c == '"' ? " (is a ',' missing?)" : "");
        }
        if (message.contains("comma to separate Array entries")) {
            return "expected ',' or ']' after an entry of the array, found " + found()
                    + (startsAValue(c) ? " (is a ',' missing?)" : "");
        }
        if (message.contains("colon to separate")) {
            return "expected ':' after the key" + (name == null ? "" : " \"" + name + "\"") + ", found " + found();
        }
        if (message.contains("double-quote to start field name")) {
            return key(c);
        }
        if (message.contains("comment")) {
            return "found " + found() + ": JSON has no comments";
        }
        if (message.contains("hex-digit")) {
            return "a \\u escape needs four hex digits (0-9, a-f), found " + found();
        }
        if (message.contains("expected a value") || message.contains("expected a valid value")) {
            return value(context, c, name);
        }
        return cleaned(message);
    }

    /** Where a key (in double quotes) should start. */
    private String key(int c) {
        if (c == '}') {
            return "found '}' after a ',': JSON allows no comma after the last entry";
        }
        if (c >= 0 && Character.isJavaIdentifierStart(c)) {
            String word = shown(wordAtError());
            return "a key must be in double quotes: write \"" + word + "\", not " + word;
        }
        if (c == '\'' || TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
            return "a key must be in straight double quotes (\"...\"), found " + found();
        }
        return "expected a key in double quotes, found " + found();
    }

    /** Where a value should start. */
    private String value(JsonStreamContext context, int c, String name) {
        if (c == ']' && context.inArray()) {
            // an empty array is fine, so a ']' that is not a value follows a ','
            return "found ']' after a ',': JSON allows no comma after the last entry";
        }
        if (c == '\'' || TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
            return "found " + found() + ": JSON strings are written in straight double quotes (\"...\")";
        }
        if (c == '.') {
            return "found '.': a number starts with a digit (write 0.5, not .5)";
        }
        return "expected a value" + (context.inObject() && name != null ? " for \"" + name + "\"" : "")
                + " (" + VALUES + "), found " + found();
    }

    private static boolean startsAValue(int c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    }

    /** " (did you mean true?)" for a word close to one of JSON's three. */
    private static String hintFor(String word) {
        for (String literal : List.of("true", "false", "null")) {
            if (word.equalsIgnoreCase(literal)) {
                return " (JSON writes " + literal + " in lower case)";
            }
            if (!word.isEmpty() && literal.startsWith(word.toLowerCase(Locale.ROOT))) {
                return " (did you mean " + literal + "?)";
            }
        }
        return "";
    }

    /**
     * The value the parser was reading, e.g. {@code $.A.omega}: the person is sent to the right line
     * of a long file. It stops before a key that is not a plain name: in a broken file that "key"
     * is often text the break swallowed (a description up to the next quote), which would make
     * the path unreadable; the sentence after it quotes the key, and the line and column place it.
     */
    private String path() {
        if (parser == null) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer p = parser.getParsingContext().pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0 && !p.getMatchingProperty().isEmpty()
                    && Character.isDigit(p.getMatchingProperty().charAt(0))) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else if (JsonCursor.PLAIN_NAME.matcher(p.getMatchingProperty()).matches()) {
                path.append('.').append(p.getMatchingProperty());
            } else {
                break;
            }
        }
        return PresetReader.oneLine(path.toString());
    }

    /** A key or word from the file on one line and not too long: it is quoted inside a sentence. */
    private static String shown(String word) {
        String line = PresetReader.oneLine(word);
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    /** The arrays and objects open when the parser stopped, innermost first. */
    private static List<JsonStreamContext> openContainers(JsonStreamContext context) {
        List<JsonStreamContext> open = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            open.add(c);
        }
        return open;
    }

    /**
     * Whether the file's one value was complete before the parser stopped: the mistake is what
     * follows it. The root counts a value as it starts, so a second one is counted before it
     * fails; a closing bracket fails before it is counted.
     */
    private static boolean afterTheValue(JsonStreamContext context, boolean closingBracket) {
        JsonStreamContext root = context;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getEntryCount() > 1 || (closingBracket && context.inRoot() && root.getEntryCount() == 1);
    }

    /** "the '[' opened at line 1, column 464" */
    private String opened(JsonStreamContext container) {
        return (container.inArray() ? "the '['" : "the '{'") + " opened at " + startOf(container);
    }

    private String startOf(JsonStreamContext container) {
        JsonLocation start = container.startLocation(ContentReference.unknown());
        return start == null ? "an earlier line" : at(text, start.getLineNr(), start.getColumnNr());
    }

    /** The word Jackson did not recognize as a value ("tru", "NULL", "ħ"), or null. */
    private String unrecognizedWord() {
        Matcher m = UNRECOGNIZED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The character at the error, as the user typed it: 'x', a tab, U+00A0 (no-break space), the end of the file. */
    private String found() {
        int c = foundCodePoint();
        if (c < 0) {
            return "the end of the file";
        }
        return switch (c) {
            case '\t' -> "a tab";
            case '\n', '\r' -> "a line break";
            case ' ' -> "a space";
            case '\'' -> "a single quote (')";
            default -> Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT
                    ? String.format("U+%04X (%s)", c, Character.getName(c) == null ? "a control character"
                    : Character.getName(c).toLowerCase(Locale.ROOT))
                    : "'" + Character.toString(c) + "'";
        };
    }

    /** The characters a number complaint is about ("." for "1."), or null: see {@link #spot()}. */
    private String numberMarkers() {
        if (!message.contains("in numeric value")) {
            return null;
        }
        return message.contains("minus sign") ? "-" : message.contains("Decimal point") ? "."
                : message.contains("Exponent") ? "eE+-" : null;
    }

    /** The character at the error as it stands in the text, for quoting inside a longer example. */
    private String foundRaw() {
        int c = foundCodePoint();
        return c < 0 || Character.isISOControl(c) ? "" : Character.toString(c);
    }

    /**
     * The character at the error: from the text, else (at a line break, or when the text is
     * unknown) from Jackson's "(code 34)"; -1 at the end of the file.
     */
    private int foundCodePoint() {
        if (spot != null && spot.codePoint() >= 0) {
            return spot.codePoint();
        }
        if (spot != null && text.line(spot.line() + 1) == null) {
            return -1; // the end of the last line is the end of the file
        }
        Matcher code = CODE.matcher(message);
        return code.find() ? Integer.parseInt(code.group(1)) : -1;
    }

    private static final Pattern CODE = Pattern.compile("\\bcode (\\d+)");

    /** The identifier-like word starting at the error, e.g. an unquoted key. */
    private String wordAtError() {
        if (spot == null || spot.codePoint() < 0) {
            return Character.toString(foundCodePoint());
        }
        String line = spot.text();
        int end = spot.index();
        while (end < line.length() && Character.isJavaIdentifierPart(line.codePointAt(end))) {
            end += Character.charCount(line.codePointAt(end));
        }
        return line.substring(spot.index(), Math.max(end, spot.index() + 1));
    }

    /** Jackson's message without its "[Source: ...]" positions and class or feature names. */
    static String cleaned(String jacksonMessage) {
        String m = jacksonMessage
                .replaceAll("\\s*\\((?:start marker at|for \\w+ starting at) .*$", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll(":? ?(?:enable|not allowed as per) `[^`]*`(?: to allow)?", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\bREDACTED\\b", "");
        m = PresetReader.oneLine(m);
        return m.isEmpty() ? "the text cannot be read as JSON"
                : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
