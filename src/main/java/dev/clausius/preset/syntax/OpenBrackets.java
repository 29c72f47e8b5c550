package dev.clausius.preset.syntax;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;

import java.util.ArrayList;
import java.util.List;

/**
 * The arrays and objects around the error, in words: which bracket is open and where it opened.
 * A file that ends too early or closes with the wrong bracket is fixed at the open bracket, often
 * many lines above the place Jackson reports, so the sentences name that place too.
 */
final class OpenBrackets {
    private final JsonSourceText text;

    OpenBrackets(JsonSourceText text) {
        this.text = text;
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
    static boolean afterTheValue(JsonStreamContext context, boolean closingBracket) {
        JsonStreamContext root = context;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getEntryCount() > 1 || (closingBracket && context.inRoot() && root.getEntryCount() == 1);
    }

    /**
     * The file ends before every string, array and object is closed: which one is open, and where
     * it opened. {@code decoding} is the token Jackson was reading (null after a ','), {@code message}
     * its message without the location.
     */
    String endOfInput(JsonToken decoding, String message, JsonParser parser) {
        List<JsonStreamContext> open = openContainers(parser.getParsingContext());
        // Jackson names FIELD_NAME also for a number it was reading after a key; its words tell them apart
        boolean inKey = decoding == JsonToken.FIELD_NAME && message.contains("field name");
        boolean inString = decoding == JsonToken.VALUE_STRING;
        JsonSourceText.Place keyQuote = inKey ? text.lastUnescapedQuote() : null;
        if (inString && parser.currentToken() == JsonToken.VALUE_STRING) {
            JsonLocation start = parser.currentTokenLocation();
            return "the file ends inside a string: the '\"' opened at " + text.at(start.getLineNr(), start.getColumnNr())
                    + " is never closed" + around(open, 0, true);
        }
        if (keyQuote != null) {
            return "the file ends inside a key: the '\"' opened at " + text.at(keyQuote.line(), keyQuote.column())
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
    String around(List<JsonStreamContext> open, int named, boolean nor) {
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

    /** "the '[' opened at line 1, column 464" */
    String opened(JsonStreamContext container) {
        return (container.inArray() ? "the '['" : "the '{'") + " opened at " + startOf(container);
    }

    private String startOf(JsonStreamContext container) {
        JsonLocation start = container.startLocation(ContentReference.unknown());
        return start == null ? "an earlier line" : text.at(start.getLineNr(), start.getColumnNr());
    }
}
