package dev.clausius.preset.syntax;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A place in the text: line {@code line}, whose text is {@code text}, at {@code index} (end of line
 * allowed). Kept apart from the message so the place is decided once, before any sentence quotes
 * the character found there.
 */
record Spot(int line, String text, int index) {
    int codePoint() {
        return index < text.length() ? text.codePointAt(index) : -1;
    }

    /**
     * Where the mistake is in the text, or null when the text is unknown. Jackson's location,
     * except where it reads past the culprit or stops short of it: a word that is not a value and a
     * control character between values are placed at their first character, a repeated key at its
     * opening quote, a number cut off by the end of the file at the end.
     *
     * @param message Jackson's message without its location
     * @param parser  the parser that stopped, or null
     */
    static Spot of(JacksonException error, String message, JsonSourceText text, JsonParser parser) {
        JsonLocation where = error.getLocation();
        if (where == null || where.getLineNr() < 1) {
            return null;
        }
        String line = text.line(where.getLineNr());
        int index = text.index(where.getLineNr(), where.getColumnNr());
        if (line == null || index < 0) {
            return null;
        }
        String word = TypedAtError.unrecognizedWord(message);
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
        String markers = TypedAtError.numberMarkers(message);
        if (markers != null && index == line.length() - 1 && markers.indexOf(line.charAt(index)) >= 0
                && (index == 0 || markers.indexOf(line.charAt(index - 1)) < 0)) {
            // a number cut off by the end of the file ("2."): Jackson points at its last character
            return new Spot(where.getLineNr(), line, index + 1);
        }
        return new Spot(where.getLineNr(), line, index);
    }
}
