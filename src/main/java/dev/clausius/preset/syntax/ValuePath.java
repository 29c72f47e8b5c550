package dev.clausius.preset.syntax;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import dev.clausius.preset.JsonCursor;
import dev.clausius.preset.PresetReader;

/**
 * The JSON path of a syntax error, in the notation of every other preset problem ({@code $.A.omega},
 * {@code $.coupling[0]}), so that a broken file is reported like a wrong value.
 */
final class ValuePath {
    private ValuePath() {
    }

    /**
     * The value the parser was reading, e.g. {@code $.A.omega}: the person is sent to the right line
     * of a long file. It stops before a key that is not a plain name: in a broken file that "key"
     * is often text the break swallowed (a description up to the next quote), which would make
     * the path unreadable; the sentence after it quotes the key, and the line and column place it.
     * {@code parser} is the parser that stopped, or null ("$").
     */
    static String of(JsonParser parser) {
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
}
