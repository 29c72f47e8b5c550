package dev.clausius.preset.syntax;

import dev.clausius.preset.PresetException;
import dev.clausius.preset.write.PresetPatch;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.clausius.preset.TestPresets.CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A preset that is not JSON is named in plain words: file, JSON path, line and column (counted by
 * hand here, in characters), what was expected, what was found, and where an unclosed bracket
 * opened. Each case is a small file in a temporary folder, read as the CLI and the explorer read it.
 */
class JsonSyntaxMessageTest {
    @TempDir
    Path dir;

    /** One line, so that columns are the character's index + 1, counted with indexOf below. */
    private static final String ONE_LINE = CLOSED.strip().replace("\n", "");

    @Test
    void theFileEndsInsideAnArrayNamesWhereTheArrayOpened() throws IOException {
        String cut = ONE_LINE.substring(0, ONE_LINE.indexOf("}],") + 1); // the coupling's '[' never closed
        int opened = ONE_LINE.indexOf('[') + 1;
        assertEquals(file() + ": $.coupling[0]: not valid JSON at line 1, column " + (cut.length() + 1)
                + ": the file ends inside an array: the '[' opened at line 1, column " + opened
                + " is never closed (nor the '{' around it, opened at line 1, column 1)", message(cut));
    }

    @Test
    void theFileEndsInsideAnObjectOnALaterLine() throws IOException {
        String text = "{\n  \"format\": \"clausius-preset\",\n  \"A\": {\"kind\": \"qubit\",\n";
        assertEquals(file() + ": $.A.kind: not valid JSON at line 4, column 1: the file ends inside an object: "
                + "the '{' opened at line 3, column 8 is never closed (nor the '{' around it, opened at line 1, column 1)",
                message(text));
    }

    @Test
    void theFileEndsInsideAString() throws IOException {
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 17: the file ends inside a string: the '\"' "
                + "opened at line 1, column 10 is never closed (nor the '{' around it, opened at line 1, column 1)",
                message("{\"name\": \"two qu"));
    }

    @Test
    void aMissingCommaBetweenTwoFields() throws IOException {
        String text = "{\n  \"format\": \"clausius-preset\"\n  \"version\": 1\n}";
        assertEquals(file() + ": $.format: not valid JSON at line 3, column 3: expected ',' or '}' after the value of "
                + "\"format\", found '\"' (is a ',' missing?)", message(text));
    }

    @Test
    void aMissingCommaInAnArray() throws IOException {
        assertEquals(file() + ": $.m[2]: not valid JSON at line 1, column 13: expected ',' or ']' after an entry of the "
                + "array, found '3' (is a ',' missing?)", message("{\"m\": [1, 2 3]}"));
    }

    @Test
    void aMissingColon() throws IOException {
        assertEquals(file() + ": $.version: not valid JSON at line 1, column 12: expected ':' after the key \"version\", "
                + "found '1'", message("{\"version\" 1}"));
    }

    @Test
    void aKeyThatSwallowedTextIsNotPartOfThePath() throws IOException {
        // the quote closing "description" is lost, so the parser reads the text up to the next quote as a key
        String text = "{\"A\": {\"descriptio: \"two qubits\" 1}}";
        assertEquals(file() + ": $.A: not valid JSON at line 1, column 22: expected ':' after the key "
                + "\"descriptio:\", found 't'", message(text));
    }

    @Test
    void anUnexpectedCharacterIsNamedAsTyped() throws IOException {
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 7: expected a value for \"g\" (a number, "
                + "a \"string\", true, false, null, [ or {), found '@'", message("{\"g\": @}"));
        // beyond ASCII: Jackson's byte reader calls these invalid UTF-8; the file is UTF-8, the character is named
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 7: '\u0127' is not a JSON value: expected a number, "
                + "a \"string\", true, false, null, [ or {", message("{\"g\": \u0127}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: expected ',' or '}' after the value of \"g\", "
                + "found '\u03c9'", message("{\"g\": 1 \u03c9}"));
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 10: found '\u201c': JSON strings are written "
                + "in straight double quotes (\"...\")", message("{\"name\": \u201cqubits\u201d}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 7: expected a value for \"g\" (a number, "
                + "a \"string\", true, false, null, [ or {), found U+00A0 (no-break space)", message("{\"g\": \u00a01}"));
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        // "W\u00e4rme \u0127\u03c9" is 8 characters and 11 bytes in UTF-8; the 'x' is the 21st character
        String text = "{\"name\": \"W\u00e4rme \u0127\u03c9\" x}";
        assertEquals(21, text.indexOf('x') + 1);
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 21: expected ',' or '}' after the value of "
                + "\"name\", found 'x'", message(text));
        // the same text given as a String (the explorer's edits) is placed the same way
        assertEquals(List.of(new Problem("$.name", "not valid JSON at line 1, column 21: expected ',' or '}' after the "
                + "value of \"name\", found 'x'")), PresetReader.problems(text, "edit"));
        // a byte-order mark is not a character on the page
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 21: expected ',' or '}' after the value of "
                + "\"name\", found 'x'", message("\ufeff" + text));
    }

    @Test
    void aTrailingCommaInAnObjectOrAnArray() throws IOException {
        assertEquals(file() + ": $.time.end: not valid JSON at line 1, column 32: found '}' after a ',': JSON allows no "
                + "comma after the last entry", message("{\"time\": {\"dt\": 0.25, \"end\": 1,}}"));
        assertEquals(file() + ": $.m[2]: not valid JSON at line 1, column 13: found ']' after a ',': JSON allows no "
                + "comma after the last entry", message("{\"m\": [1, 2,]}"));
    }

    @Test
    void anUnquotedKey() throws IOException {
        assertEquals(file() + ": $.A: not valid JSON at line 1, column 8: a key must be in double quotes: write "
                + "\"omega\", not omega", message("{\"A\": {omega: 1.0}}"));
        assertEquals(file() + ": $: not valid JSON at line 1, column 2: a key must be in straight double quotes "
                + "(\"...\"), found a single quote (')", message("{'A': 1}"));
    }

    @Test
    void badLiterals() throws IOException {
        assertEquals(file() + ": $.hc: not valid JSON at line 1, column 8: 'tru' is not a JSON value: expected a number, "
                + "a \"string\", true, false, null, [ or { (did you mean true?)", message("{\"hc\": tru}"));
        assertEquals(file() + ": $.hc: not valid JSON at line 1, column 8: 'True' is not a JSON value: expected a number, "
                + "a \"string\", true, false, null, [ or { (JSON writes true in lower case)", message("{\"hc\": True}"));
    }

    @Test
    void badNumbers() throws IOException {
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 8: a number cannot start with 0 followed by more "
                + "digits (write 1 or 0.1, not 01)", message("{\"g\": 05}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: a '.' in a number must be followed by a digit "
                + "(write 1.0, not 1.), found '}'", message("{\"g\": 1.}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 8: a '-' must be followed by a digit, found '}'",
                message("{\"g\": -}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: an exponent needs digits after its 'e' "
                + "(as in 1e-3), found '}'", message("{\"g\": 1e}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 7: found '.': a number starts with a digit "
                + "(write 0.5, not .5)", message("{\"g\": .5}"));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 8: a number cannot start with '+' "
                + "(write 1, not +1)", message("{\"g\": +1}"));
    }

    @Test
    void theFileEndsInsideANumber() throws IOException {
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: a '.' in a number must be followed by a digit "
                + "(write 1.0, not 1.), found the end of the file", message("{\"g\": 2."));
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: the file ends inside an object: the '{' opened "
                + "at line 1, column 1 is never closed", message("{\"g\": 1e"));
    }

    @Test
    void aWordOrABracketThatCannotStartTheFile() throws IOException {
        assertEquals(file() + ": $: not valid JSON at line 1, column 1: 'nul' is not a JSON value: expected a number, "
                + "a \"string\", true, false, null, [ or { (did you mean null?)", message("nul"));
        assertEquals(file() + ": $: not valid JSON at line 2, column 1: found '}' with no '[' or '{' open",
                message("\n}"));
    }

    @Test
    void anEmptyFile() throws IOException {
        assertEquals(file() + ": $: the file is empty; a preset is a JSON object {\"format\": \"clausius-preset\", ...}",
                message(""));
        assertEquals(file() + ": $: the file is empty; a preset is a JSON object {\"format\": \"clausius-preset\", ...}",
                message(" \n\t\n"));
    }

    @Test
    void bytesThatAreNotUtf8() throws IOException {
        // a Latin-1 '\u00e4' (one byte 0xE4) on line 2, the 12th character of that line
        byte[] latin1 = "{\"format\": \"clausius-preset\",\n \"name\": \"W\u00e4rme\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(file() + ": $: not valid JSON at line 2, column 12: the file is not UTF-8 text: the byte 0xE4 here "
                + "is not part of any character (save the file as UTF-8)", message(latin1));
    }

    @Test
    void controlCharacters() throws IOException {
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 14: a tab inside a string must be written as \\t",
                message("{\"name\": \"two\tqubits\"}"));
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 17: the string opened at line 1, column 10 runs "
                + "into a line break: close it with '\"' on its line, or write the line break as \\n",
                message("{\"name\": \"qubits\n\"}"));
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 14: the control character U+0001 (start of "
                + "heading) inside a string must be written as \\u0001", message("{\"name\": \"two\u0001\"}"));
        assertEquals(file() + ": $: not valid JSON at line 1, column 9: the control character U+0001 (start of heading) "
                + "cannot stand between values (only spaces, tabs and line breaks can)", message("{\"g\": 1}\u0001"));
    }

    @Test
    void aBracketClosedByTheWrongOne() throws IOException {
        assertEquals(file() + ": $.m[1]: not valid JSON at line 1, column 12: found '}' while the '[' opened at line 1, "
                + "column 7 is still open (close it with ']' first)", message("{\"m\": [1, 2}"));
        assertEquals(file() + ": $.A.omega: not valid JSON at line 2, column 18: found ']' while the '{' opened at line 2, "
                + "column 7 is still open (close it with '}' first)", message("{\n \"A\": {\"omega\": 1]\n}"));
    }

    @Test
    void textAfterTheValue() throws IOException {
        assertEquals(file() + ": $: not valid JSON at line 1, column 9: found '}' after the end of the JSON value (a file "
                + "holds a single value)", message("{\"g\": 1}}"));
        assertEquals(file() + ": $: not valid JSON at line 3, column 1: found 'x' after the end of the JSON value (a file "
                + "holds a single value)", message("{\"g\": 1}\n\nx"));
        assertEquals(file() + ": $: not valid JSON at line 1, column 10: found '{' after the end of the JSON value (a file "
                + "holds a single value)", message("{\"g\": 1} {}"));
    }

    @Test
    void aKeyGivenTwice() throws IOException {
        assertEquals(file() + ": $.A.omega: not valid JSON at line 1, column 20: the key \"omega\" appears twice in this "
                + "object (each key may appear once)", message("{\"A\": {\"omega\": 1, \"omega\": 2}}"));
    }

    @Test
    void commentsAndBadEscapes() throws IOException {
        assertEquals(file() + ": $.g: not valid JSON at line 1, column 9: found '/': JSON has no comments",
                message("{\"g\": 1 // coupling\n}"));
        assertEquals(file() + ": $.name: not valid JSON at line 1, column 14: \"\\U\" is not an escape JSON knows: write "
                + "\\\\ for a backslash (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits)",
                message("{\"name\": \"C:\\Users\"}"));
    }

    @Test
    void anythingElseIsPassedOnWithoutJacksonsInternals() throws IOException {
        // a number longer than Jackson's limit: no translation of its own, Jackson's words without class names
        assertEquals(file() + ": $: not valid JSON: number value length (1001) exceeds the maximum allowed (1000)",
                message("{\"g\": " + "1".repeat(1001) + "}"));
        assertEquals("unexpected end-of-input: expected close marker for Array",
                JsonSyntaxMessage.cleaned("Unexpected end-of-input: expected close marker for Array (start marker at "
                        + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 464])"));
        assertEquals("trailing token (of type START_OBJECT) found after value", JsonSyntaxMessage.cleaned("Trailing token "
                + "(of type START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`): not "
                + "allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"));
    }

    @Test
    void presetPatchSaysTheSame() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PresetPatch.of("{\"m\": [1, 2}"));
        assertEquals("$.m[1]: not valid JSON at line 1, column 12: found '}' while the '[' opened at line 1, column 7 is "
                + "still open (close it with ']' first)", e.getMessage());
    }

    private Path file() {
        return dir.resolve("x.json");
    }

    private String message(String text) throws IOException {
        return message(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The reader's one-line message for a file holding {@code bytes}; never Jackson's own text. */
    private String message(byte[] bytes) throws IOException {
        Files.write(file(), bytes);
        PresetException e = assertThrows(PresetException.class, () -> PresetReader.read(file()));
        String message = e.getMessage();
        for (String internal : List.of("[Source:", "REDACTED", "JsonParseException", "JsonEOFException", "`",
                "StreamReadFeature", "(code ", "CTRL-CHAR", "Unexpected character")) {
            assertFalse(message.contains(internal), () -> "Jackson's text '" + internal + "' in: " + message);
        }
        assertFalse(message.contains("\n"), message);
        assertEquals(1, e.problems().size(), message);
        return message;
    }
}
