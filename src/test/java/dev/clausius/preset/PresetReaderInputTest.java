package dev.clausius.preset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not JSON objects at all: each gives one problem at "$", never an exception. */
class PresetReaderInputTest {
    @TempDir
    Path dir;

    @Test
    void truncatedJsonNamesLineAndColumn() throws IOException {
        String cut = CLOSED.substring(0, CLOSED.length() / 2); // ends inside the key "omega" of B
        String lastLine = cut.substring(cut.lastIndexOf('\n') + 1);
        assertTrue(lastLine.endsWith("\"B\": {\"kind\": \"qubit\", \"om"), lastLine);
        Path file = write("truncated.json", cut);
        assertOnlyProblem(PresetReader.problems(file), "$.B.kind", "not valid JSON at line 2, column "
                + (lastLine.length() + 1) + ": the file ends inside a key: the '\"' opened at line 2, column "
                + (lastLine.lastIndexOf('"') + 1) + " is never closed (nor the 2 brackets around it)");
    }

    @Test
    void syntaxErrorPointsAtTheRightLine() {
        String json = "{\n  \"format\": \"clausius-preset\",\n  \"version\": 1,,\n}";
        assertOnlyProblem(PresetReader.problems(json, "x.json"), "$.version",
                "not valid JSON at line 3, column 16: expected a key in double quotes, found ','");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void randomBytesGiveOneReadableProblem(long seed) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        Path file = dir.resolve("random.json");
        Files.write(file, bytes);
        List<Problem> problems = PresetReader.problems(file);
        assertOnlyProblem(problems, "$", "not valid JSON");
        String reason = problems.get(0).reason();
        assertTrue(reason.chars().noneMatch(Character::isISOControl), reason);
        assertTrue(reason.length() < 300, reason);
    }

    @Test
    void emptyFile() throws IOException {
        assertOnlyProblem(PresetReader.problems(write("empty.json", "")), "$", "empty");
        assertOnlyProblem(PresetReader.problems(write("blank.json", " \n\t\n")), "$", "empty");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.json");
        assertOnlyProblem(PresetReader.problems(file), "$", "no such file");
        PresetException e = assertThrows(PresetException.class, () -> PresetReader.read(file));
        assertEquals(file.toString() + ": $: cannot read: no such file", e.getMessage());
        assertEquals(file.toString(), e.source());
    }

    @Test
    void directoryInsteadOfFile() {
        assertOnlyProblem(PresetReader.problems(dir), "$", "directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "42", "\"clausius-preset\"", "null", "true"})
    void topLevelMustBeAnObject(String json) {
        assertOnlyProblem(PresetReader.problems(json, "x.json"), "$", "a preset is a JSON object");
    }

    @Test
    void nanAndInfinityLiteralsAreNotJsonAndTheProblemNamesTheirField() {
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"omega\": 1.0}, \"B\"", "\"omega\": NaN}, \"B\""),
                "x.json"), "$.A.omega", "NaN is not a number a preset can hold");
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"end\": 100.0", "\"end\": Infinity"),
                "x.json"), "$.time.end", "Infinity is not a number a preset can hold");
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"g\": 0.05", "\"g\": -Infinity"),
                "x.json"), "$.coupling[0].g", "-Infinity is not a number");
    }

    @Test
    void numbersTooLargeForADoubleOrForPhysics() {
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"end\": 100.0", "\"end\": 1e400"), "x.json"),
                "$.time.end", "must be a finite number");
        assertOnlyProblem(PresetReader.problems(CLOSED.replace("\"end\": 100.0", "\"end\": 1e300"), "x.json"),
                "$.time.end", "too large");
    }

    @Test
    void duplicateKeysAreRefused() {
        String json = CLOSED.replace("\"omega\": 1.0}, \"B\"", "\"omega\": 1.0, \"omega\": 2.0}, \"B\"");
        assertOnlyProblem(PresetReader.problems(json, "x.json"), "$.A.omega",
                "the key \"omega\" appears twice in this object");
    }

    @Test
    void trailingContentIsRefused() {
        assertOnlyProblem(PresetReader.problems(CLOSED + " {}", "x.json"), "$", "not valid JSON");
    }

    @Test
    void exceptionMessageIsOneLineNamingFilePathAndReason() throws IOException {
        Path file = write("bad.json", CLOSED.replace("\"omega\": 1.0}, \"B\"", "\"omega\": -1}, \"B\"")
                .replace("\"dt\": 0.25", "\"dt\": 0"));
        PresetException e = assertThrows(PresetException.class, () -> PresetReader.read(file));
        assertEquals(file + ": $.A.omega: must be > 0, got -1 (and 1 more)", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(2, e.problems().size());
    }

    @Test
    void parseUsesTheGivenSourceName() {
        PresetException e = assertThrows(PresetException.class, () -> PresetReader.parse("{", "clipboard"));
        assertTrue(e.getMessage().startsWith("clipboard: $: not valid JSON"), e.getMessage());
    }

    @Test
    void utf8TextIsReadAsUtf8() throws IOException, PresetException {
        Path file = write("unicode.json", CLOSED.replace("two qubits", "Zwei Qubits: Wärme ħω"));
        assertEquals("Zwei Qubits: Wärme ħω", PresetReader.read(file).name());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
