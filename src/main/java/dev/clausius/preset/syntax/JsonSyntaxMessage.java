package dev.clausius.preset.syntax;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;

import java.io.IOException;
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
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([-+]?(?:NaN|Infinity))'");
    private static final String TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u2018\u2019";

    private final JacksonException error;
    private final String message;
    private final JsonSourceText text;
    /** The parser that stopped, or null (the stream limits of {@code StreamReadConstraints} have none). */
    private final JsonParser parser;
    /** Where the mistake is in the text, or null when the text is unknown (see {@link Spot#of}). */
    private final Spot spot;
    private final TypedAtError typed;
    private final OpenBrackets brackets;

    private JsonSyntaxMessage(JacksonException error, JsonSourceText text) {
        this.error = error;
        String original = error.getOriginalMessage();
        this.message = original == null ? "" : original;
        this.text = text;
        this.parser = error.getProcessor() instanceof JsonParser p ? p : null;
        this.spot = Spot.of(error, message, text, parser);
        this.typed = new TypedAtError(message, text, spot);
        this.brackets = new OpenBrackets(text);
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
            return new Problem("$", "not valid JSON at " + text.at(place.line(), place.column())
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
            return new Problem(ValuePath.of(parser), token + " is not a number a preset can hold (JSON has no NaN or Infinity): "
                    + "write a finite number" + ("NaN".equals(token) ? "" : ", or \"inf\" for an infinite temperature"));
        }
        return new Problem(ValuePath.of(parser), "not valid JSON" + place() + ": " + what());
    }

    /** " at line 3, column 7", or "" when Jackson gave no place (a limit of its stream reader). */
    private String place() {
        if (spot != null) {
            return " at line " + spot.line() + ", column " + (spot.text().codePointCount(0, spot.index()) + 1);
        }
        JsonLocation where = error.getLocation();
        return where == null || where.getLineNr() < 1 ? "" : " at " + text.at(where.getLineNr(), where.getColumnNr());
    }

    private String what() {
        if (parser == null) {
            return cleaned(message);
        }
        JsonStreamContext context = parser.getParsingContext();
        if (error instanceof JsonEOFException eof) {
            return brackets.endOfInput(eof.getTokenBeingDecoded(), message, parser);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            // after a ',' Jackson reports the end as a plain parse error
            return brackets.endOfInput(null, message, parser);
        }
        if (message.startsWith("Illegal character")) {
            return "the control character " + typed.found() + " cannot stand between values (only spaces, tabs and line breaks can)";
        }
        if (OpenBrackets.afterTheValue(context, message.startsWith("Unexpected close marker"))) {
            String word = TypedAtError.unrecognizedWord(message);
            return "found " + (word != null ? "'" + TypedAtError.shown(word) + "'" : typed.found())
                    + " after the end of the JSON value (a file holds a single value)";
        }
        if (message.startsWith("Duplicate field ") && context.hasCurrentName()) {
            return "the key \"" + TypedAtError.shown(context.getCurrentName()) + "\" appears twice in this object (each key may appear once)";
        }
        if (message.startsWith("Unexpected close marker")) {
            return wrongClose(context);
        }
        String word = TypedAtError.unrecognizedWord(message);
        if (word != null) {
            return "'" + TypedAtError.shown(word) + "' is not a JSON value: expected " + VALUES + TypedAtError.hintFor(word);
        }
        if (message.startsWith("Illegal unquoted character")) {
            return controlInString();
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "\"\\" + typed.foundRaw() + "\" is not an escape JSON knows: write \\\\ for a backslash "
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

    /** A ']' where an object is open, or a '}' where an array is. */
    private String wrongClose(JsonStreamContext context) {
        if (context.inRoot()) {
            return "found " + typed.found() + " with no '[' or '{' open";
        }
        char closer = context.inArray() ? ']' : '}';
        char other = context.inArray() ? '}' : ']';
        return "found '" + other + "' while " + brackets.opened(context) + " is still open (close it with '" + closer + "' first)";
    }

    private String controlInString() {
        int c = typed.foundCodePoint();
        if (c == '\n' || c == '\r') {
            String string = parser.currentToken() == JsonToken.VALUE_STRING
                    ? "the string opened at " + text.at(parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr())
                    : "a string";
            return string + " runs into a line break: close it with '\"' on its line, or write the line break as \\n";
        }
        if (c == '\t') {
            return "a tab inside a string must be written as \\t";
        }
        return c < 0 ? "a control character inside a string must be written as a \\u escape"
                : "the control character " + typed.found() + " inside a string must be written as " + String.format("\\u%04x", c);
    }

    private String number() {
        if (message.contains("Leading zeroes")) {
            return "a number cannot start with 0 followed by more digits (write 1 or 0.1, not 01)";
        }
        if (message.contains("plus sign")) {
            return "a number cannot start with '+' (write 1, not +1)";
        }
        if (message.contains("minus sign")) {
            return "a '-' must be followed by a digit, found " + typed.found();
        }
        if (message.contains("Decimal point")) {
            return "a '.' in a number must be followed by a digit (write 1.0, not 1.), found " + typed.found();
        }
        if (message.contains("Exponent")) {
            return "an exponent needs digits after its 'e' (as in 1e-3), found " + typed.found();
        }
        return "not a number JSON can read, found " + typed.found();
    }

    /** "Unexpected character": what was expected comes from the place in the grammar Jackson was in. */
    private String unexpected(JsonStreamContext context) {
        int c = typed.foundCodePoint();
        String name = context.hasCurrentName() ? TypedAtError.shown(context.getCurrentName()) : null;
        if (message.contains("comma to separate Object entries")) {
            return "expected ',' or '}' after the value" + (name == null ? "" : " of \"" + name + "\"") + ", found "
                    + typed.found() + (c == '"' ? " (is a ',' missing?)" : "");
        }
        if (message.contains("comma to separate Array entries")) {
            return "expected ',' or ']' after an entry of the array, found " + typed.found()
                    + (startsAValue(c) ? " (is a ',' missing?)" : "");
        }
        if (message.contains("colon to separate")) {
            return "expected ':' after the key" + (name == null ? "" : " \"" + name + "\"") + ", found " + typed.found();
        }
        if (message.contains("double-quote to start field name")) {
            return key(c);
        }
        if (message.contains("comment")) {
            return "found " + typed.found() + ": JSON has no comments";
        }
        if (message.contains("hex-digit")) {
            return "a \\u escape needs four hex digits (0-9, a-f), found " + typed.found();
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
            String word = TypedAtError.shown(typed.wordAtError());
            return "a key must be in double quotes: write \"" + word + "\", not " + word;
        }
        if (c == '\'' || TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
            return "a key must be in straight double quotes (\"...\"), found " + typed.found();
        }
        return "expected a key in double quotes, found " + typed.found();
    }

    /** Where a value should start. */
    private String value(JsonStreamContext context, int c, String name) {
        if (c == ']' && context.inArray()) {
            // an empty array is fine, so a ']' that is not a value follows a ','
            return "found ']' after a ',': JSON allows no comma after the last entry";
        }
        if (c == '\'' || TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
            return "found " + typed.found() + ": JSON strings are written in straight double quotes (\"...\")";
        }
        if (c == '.') {
            return "found '.': a number starts with a digit (write 0.5, not .5)";
        }
        return "expected a value" + (context.inObject() && name != null ? " for \"" + name + "\"" : "")
                + " (" + VALUES + "), found " + typed.found();
    }

    private static boolean startsAValue(int c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
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
