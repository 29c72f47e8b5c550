package dev.clausius.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    @TempDir
    Path directory;

    @Test
    void aValidFileIsOk() {
        Path good = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run("validate", good.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(good + ": OK", result.out().strip());
        assertEquals("", result.err());
    }

    @Test
    void aMixPrintsEveryProblemOfEveryFileAndExitsTwo() throws IOException {
        Path good = Cli.resource("resonant-qubits.json", directory);
        String text = Files.readString(good);
        Path twoProblems = Files.writeString(directory.resolve("two.json"),
                text.replace("\"omega\": 1.0", "\"omega\": -1.0"));
        Path badJson = Files.writeString(directory.resolve("bad.json"), "{ not json");
        Path missing = directory.resolve("missing.json");

        Cli.Result result = Cli.run("validate", twoProblems.toString(), good.toString(), badJson.toString(),
                missing.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(good + ": OK", result.out().strip());
        long aProblems = result.errLines().stream().filter(l -> l.startsWith(twoProblems + ": $.A.omega")).count();
        long bProblems = result.errLines().stream().filter(l -> l.startsWith(twoProblems + ": $.B.omega")).count();
        assertEquals(1, aProblems, result.err());
        assertEquals(1, bProblems, result.err());
        assertTrue(result.errLines().stream().anyMatch(l -> l.startsWith(badJson + ": $")), result.err());
        assertTrue(result.errLines().stream().anyMatch(l -> l.startsWith(missing + ": $")), result.err());
        for (String line : result.errLines()) {
            assertTrue(line.matches("\\S+: \\$\\S*: .+"), "not 'file: $.path: reason': " + line);
        }
    }

    @Test
    void aPresetThatIsNotJsonIsOneLineInPlainWordsForValidateAndRun() throws IOException {
        // the comma after "mode": "closed" is missing, so the next line's key comes where ',' or '}' belongs
        String text = Files.readString(Cli.resource("resonant-qubits.json", directory));
        String broken = text.replace("\"mode\": \"closed\",", "\"mode\": \"closed\"");
        int line = text.lines().toList().indexOf("  \"A\": {") + 1;
        assertEquals(7, line);
        Path file = Files.writeString(directory.resolve("missing-comma.json"), broken);
        String expected = file + ": $.mode: not valid JSON at line 7, column 3: expected ',' or '}' after the value of "
                + "\"mode\", found '\"' (is a ',' missing?)";

        Cli.Result validate = Cli.run("validate", file.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, validate.code());
        assertEquals("", validate.out());
        assertEquals(List.of(expected), validate.errLines());

        Path csv = directory.resolve("out.csv");
        Cli.Result run = Cli.run("run", file.toString(), "--csv", csv.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals(List.of(expected), run.errLines());
        assertFalse(Files.exists(csv));
    }

    @Test
    void needsAtLeastOneFile() {
        Cli.Result result = Cli.run("validate").assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
    }

    @Test
    void tourFilesAreCheckedAsToursWithThePresetsTheyName() throws IOException {
        Path shipped = Path.of("presets", "tours", "1-heat-flows.json");
        Cli.Result ok = Cli.run("validate", shipped.toString());
        assertEquals(ExitCodes.SUCCESS, ok.code(), ok.err());
        assertEquals(shipped + ": OK", ok.out().strip());

        // a tour in a copy of the presets folder, with a panel and a preset that do not exist
        Path tours = Files.createDirectories(directory.resolve("tours"));
        Files.copy(Path.of("presets", "resonant-qubits.json"), directory.resolve("resonant-qubits.json"));
        Path broken = Files.writeString(tours.resolve("broken.json"), Files.readString(shipped)
                .replace("\"panel\": \"state\"", "\"panel\": \"bloch\"")
                .replaceFirst("\"preset\": \"resonant-qubits.json\"", "\"preset\": \"resonant.json\""));
        Cli.Result result = Cli.run("validate", broken.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().contains(broken + ": $.steps[3].panel: unknown panel 'bloch' "
                + "(allowed: scene, entropies, production, temperatures, engine, state, compare)"), result.err());
        assertTrue(result.errLines().stream().anyMatch(l -> l.startsWith(broken
                + ": $.steps[0].preset: unknown preset file 'resonant.json'")), result.err());
    }

    @Test
    void aMissingTranslationIsAWarningAndAWrongTextTypeAnError() throws IOException {
        Path tours = Files.createDirectories(directory.resolve("tours"));
        Files.copy(Path.of("presets", "resonant-qubits.json"), directory.resolve("resonant-qubits.json"));
        String step = "{\"preset\": \"resonant-qubits.json\", \"panel\": \"entropies\", \"time\": 10, "
                + "\"text\": {\"en\": \"One. Two (Eq. 16).\", \"de\": \"Eins. Zwei (Gl. 16).\", "
                + "\"es\": \"Uno. Dos (Ec. 16).\", \"fa\": \"یک. دو (معادله ۱۶).\"}, \"title\": ";
        String head = "{\"format\": \"clausius-tour\", \"version\": 1, "
                + "\"name\": {\"en\": \"t\", \"de\": \"t\", \"es\": \"t\", \"fa\": \"t\"}, \"steps\": [";
        Path noGerman = Files.writeString(tours.resolve("no-german.json"),
                head + step + "{\"en\": \"a\", \"es\": \"a\", \"fa\": \"a\"}}]}");
        Cli.Result warned = Cli.run("validate", noGerman.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.SUCCESS, warned.code(), warned.err());
        assertEquals(noGerman + ": OK", warned.out().strip());
        assertEquals(List.of("clausius: warning: " + noGerman + ": $.steps[0].title: no translation in de "
                + "(the explorer shows the English text in that language)"), warned.errLines());

        Path complete = Files.writeString(tours.resolve("complete.json"),
                head + step + "{\"en\": \"a\", \"de\": \"a\", \"es\": \"a\", \"fa\": \"a\"}}]}");
        Cli.Result quiet = Cli.run("validate", complete.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.SUCCESS, quiet.code(), quiet.err());
        assertEquals("", quiet.err());

        Path wrongType = Files.writeString(tours.resolve("wrong-type.json"), head + step + "[\"a\"]}]}");
        Cli.Result refused = Cli.run("validate", wrongType.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, refused.code());
        assertEquals(List.of(wrongType + ": $.steps[0].title: must be a text, or an object of texts by language "
                + "{\"en\": \"...\", \"de\": \"...\"}, got a list"), refused.errLines());
    }

    @Test
    void sweepFilesAreCheckedAsSweepsWithEveryPointsPreset() throws IOException {
        Path shipped = Path.of("presets", "sweeps", "carnot-eta-vs-tau.json");
        Cli.Result ok = Cli.run("validate", shipped.toString());
        assertEquals(ExitCodes.SUCCESS, ok.code(), ok.err());
        assertEquals(shipped + ": OK", ok.out().strip());

        // the same sweep beside a copy of its preset, naming a preset that does not exist
        Path sweeps = Files.createDirectories(directory.resolve("sweeps"));
        Files.copy(Path.of("presets", "carnot-qubit-slow.json"), directory.resolve("carnot-qubit-slow.json"));
        Path broken = Files.writeString(sweeps.resolve("broken.json"), Files.readString(shipped)
                .replace("\"../carnot-qubit-slow.json\"", "\"../no-such-preset.json\""));
        Cli.Result result = Cli.run("validate", broken.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.errLines().get(0).startsWith(broken + ": $.preset"), result.err());
    }
}
