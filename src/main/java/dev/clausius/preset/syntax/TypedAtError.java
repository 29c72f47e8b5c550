package dev.clausius.preset.syntax;

import dev.clausius.preset.PresetReader;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user typed where the parser stopped, as a sentence can quote it: the character ('x',
 * a tab, U+00A0 (no-break space), the end of the file), the word that is not a value, the
 * identifier an unquoted key starts with. Jackson names these in its own notation ("(code 34)",
 * "CTRL-CHAR"), which the user never typed, so they are read from the text where it is known.
 */
final class TypedAtError {
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*)': was expecting");
    private static final Pattern CODE = Pattern.compile("\\bcode (\\d+)");

    private final String message;
    private final JsonSourceText text;
    /** Where the mistake is in the text, or null when the text is unknown. */
    private final Spot spot;

    /** @param message Jackson's message without its location */
    TypedAtError(String message, JsonSourceText text, Spot spot) {
        this.message = message;
        this.text = text;
        this.spot = spot;
    }

    /** The character at the error, as the user typed it: 'x', a tab, U+00A0 (no-break space), the end of the file. */
    String found() {
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

    /** The character at the error as it stands in the text, for quoting inside a longer example. */
    String foundRaw() {
        int c = foundCodePoint();
        return c < 0 || Character.isISOControl(c) ? "" : Character.toString(c);
    }

    /**
     * The character at the error: from the text, else (at a line break, or when the text is
     * unknown) from Jackson's "(code 34)"; -1 at the end of the file.
     */
    int foundCodePoint() {
        if (spot != null && spot.codePoint() >= 0) {
            return spot.codePoint();
        }
        if (spot != null && text.line(spot.line() + 1) == null) {
            return -1; // the end of the last line is the end of the file
        }
        Matcher code = CODE.matcher(message);
        return code.find() ? Integer.parseInt(code.group(1)) : -1;
    }

    /** The identifier-like word starting at the error, e.g. an unquoted key. */
    String wordAtError() {
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

    /** The word Jackson did not recognize as a value ("tru", "NULL", "ħ"), or null. */
    static String unrecognizedWord(String message) {
        Matcher m = UNRECOGNIZED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The characters a number complaint is about ("." for "1."), or null: see {@link Spot#of}. */
    static String numberMarkers(String message) {
        if (!message.contains("in numeric value")) {
            return null;
        }
        return message.contains("minus sign") ? "-" : message.contains("Decimal point") ? "."
                : message.contains("Exponent") ? "eE+-" : null;
    }

    /** A key or word from the file on one line and not too long: it is quoted inside a sentence. */
    static String shown(String word) {
        String line = PresetReader.oneLine(word);
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    /** " (did you mean true?)" for a word close to one of JSON's three. */
    static String hintFor(String word) {
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
}
