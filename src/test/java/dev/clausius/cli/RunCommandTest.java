package dev.clausius.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.export.CsvWriter;
import dev.clausius.export.TestFrames;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.thermo.Invariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class RunCommandTest {
    @TempDir
    Path directory;

    private Path preset() {
        return Cli.resource("resonant-qubits.json", directory);
    }

    private static Backend closed(double dt, double end) {
        return Cli.fake(Cli.preset(Mode.CLOSED, dt, end));
    }

    @Test
    void writesTheTimeSeriesToStandardOutputByDefault() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals("", result.err());
        assertEquals(CsvWriter.checkedHeader(), result.outLines().get(0));
        assertEquals(402, result.outLines().size());
    }

    @Test
    void dashMeansStandardOutput() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--csv", "-");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(402, result.outLines().size());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void writesTheFileNamedByCsv() throws IOException {
        Path csv = directory.resolve("out.csv");
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--csv", csv.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals("", result.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(CsvWriter.checkedHeader(), lines.get(0));
        assertEquals(402, lines.size());
    }

    @Test
    void overridesSetTheGrid() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--dt", "0.5", "--t-end", "10");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(22, result.outLines().size());
        assertTrue(result.outLines().get(21).startsWith("10.0,"), result.outLines().get(21));
    }

    @Test
    void zeroEndGivesTheInitialRowOnly() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--t-end", "0");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(2, result.outLines().size());
    }

    @ParameterizedTest
    @CsvSource({"--dt, -1", "--dt, 0", "--dt, abc", "--dt, NaN", "--dt, Infinity", "--t-end, -1", "--t-end, NaN",
            "--t-end, Infinity"})
    void badOverrideIsBadInputNamingTheOption(String option, String value) {
        Path csv = directory.resolve("out.csv");
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), option, value,
                "--csv", csv.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains(option), result.err());
        assertTrue(result.errLines().size() <= 2, result.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void aGridTooLongToWriteIsBadInput() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--dt", "1e-300")
                .assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.errLines().get(0).contains("--dt"), result.err());
    }

    @Test
    void aFailedRunKeepsTheOldFileByteIdentical() throws IOException {
        Path csv = directory.resolve("out.csv");
        byte[] old = "t,S_A\n0.0,1.0\n".getBytes(StandardCharsets.UTF_8);
        Files.write(csv, old);
        Backend failing = Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100), 300, new ArrayList<>());
        Cli.Result result = Cli.run(failing, "run", preset().toString(), "--csv", csv.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertArrayEquals(old, Files.readAllBytes(csv));
        assertEquals(List.of("out.csv", "resonant-qubits.json"), names(directory));
    }

    @Test
    void aFailedRunLeavesNoFile() {
        Path csv = directory.resolve("out.csv");
        Backend failing = Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100), 0, new ArrayList<>());
        Cli.Result result = Cli.run(failing, "run", preset().toString(), "--csv", csv.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, result.code());
        assertEquals(List.of("resonant-qubits.json"), names(directory));
    }

    @Test
    void missingOutputDirectoryFailsInOneLineWithoutLitter() {
        Path csv = directory.resolve("missing/out.csv");
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--csv", csv.toString())
                .assertNoStackTrace();
        assertTrue(result.code() == ExitCodes.FAILURE || result.code() == ExitCodes.BAD_INPUT);
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("missing"), result.err());
        assertEquals(List.of("resonant-qubits.json"), names(directory));
    }

    @Test
    void outputUnderAPlainFileFailsInOneLine() throws IOException {
        Path plain = Files.writeString(directory.resolve("plain"), "x");
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(),
                "--csv", plain.resolve("out.csv").toString()).assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertEquals("x", Files.readString(plain));
    }

    @Test
    void readOnlyOutputDirectoryFailsInOneLineWithoutLitter() throws IOException {
        Path readOnly = Files.createDirectory(directory.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not stop writes");
            Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(),
                    "--csv", readOnly.resolve("out.csv").toString()).assertNoStackTrace();
            assertTrue(result.code() == ExitCodes.FAILURE || result.code() == ExitCodes.BAD_INPUT);
            assertEquals(1, result.errLines().size(), result.err());
            assertEquals(List.of(), names(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void summaryIsOneJsonLineInTheContractsOrder() throws Exception {
        Cli.Result result = Cli.run("run", "presets/otto-qubit.json", "--summary").assertNoStackTrace();
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(1, result.outLines().size(), result.out());
        String line = result.outLines().get(0);
        assertTrue(line.matches("\\{\"eta_carnot\": \\S+, \"eta_energy\": \\S+, \"eta_eq19\": \\S+, "
                + "\"Q_hot\": \\S+, \"Q_cold\": \\S+, \"W\": \\S+}"), line);
        JsonNode json = new ObjectMapper().readTree(line);
        // the preset's baths are at 2 and 0.5, its strokes move omega between 2 and 1 (an Otto cycle)
        assertEquals(1 - 0.5 / 2.0, json.get("eta_carnot").doubleValue(), 1e-15);
        assertEquals(1 - 1.0 / 2.0, json.get("eta_energy").doubleValue(), 1e-9);
        assertEquals(json.get("Q_hot").doubleValue() + json.get("Q_cold").doubleValue(), json.get("W").doubleValue(), 1e-12);
    }

    @Test
    void summaryNeedsAnEnginePreset() {
        Cli.Result result = Cli.run(closed(0.25, 100), "run", preset().toString(), "--summary").assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("--summary needs an engine-mode preset"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void engineEndDefaultsToTheEndOfTheLastCycle() {
        SubsystemSpec medium = new SubsystemSpec.Qubit(Double.NaN);
        EngineSpec engine = new EngineSpec(medium, new EngineSpec.Bath(2, 0.1), new EngineSpec.Bath(0.5, 0.1),
                List.of(new EngineSpec.Stroke("hot", 2, 2, 20), new EngineSpec.Stroke(null, 2, 1, 0),
                        new EngineSpec.Stroke("cold", 1, 1, 20), new EngineSpec.Stroke(null, 1, 2, 0)), 3);
        Preset otto = new Preset("otto", "", Mode.ENGINE, null, null, Double.NaN, Double.NaN, null, null, engine,
                new TimeSpec(0.5, Double.NaN));
        Cli.Result result = Cli.run(Cli.fake(otto), "run", preset().toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        assertEquals(2 + 240, result.outLines().size());
    }

    // The real preset reader from here on: what a user sees for a broken preset.

    @Test
    void missingPresetIsBadInputNamingTheFile() {
        String missing = directory.resolve("nope.json").toString();
        Cli.Result result = Cli.run("run", missing).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains(missing), result.err());
        assertEquals("", result.out());
    }

    @Test
    void invalidJsonIsBadInputNamingTheFile() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.json"), "{\"format\": \"clausius-preset\",\n  \"version\": ");
        Cli.Result result = Cli.run("run", broken.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith(broken.toString()), result.err());
    }

    @Test
    void invalidPresetIsBadInputWithTheJsonPath() throws IOException {
        String text = Files.readString(preset()).replace("\"omega\": 1.0", "\"omega\": -1.0");
        Path invalid = Files.writeString(directory.resolve("invalid.json"), text);
        Path csv = directory.resolve("out.csv");
        Cli.Result result = Cli.run("run", invalid.toString(), "--csv", csv.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith(invalid.toString()), result.err());
        assertTrue(result.err().contains("$.A.omega"), result.err());
        assertFalse(Files.exists(csv));
    }

    private static List<String> names(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rowsThatBreachANumericalCheckAreNamedInTheCsvAndOnceOnStderr() {
        // from t = 1 on the state is no longer positive: the run still succeeds, and says so
        Backend breaching = Cli.fake(Cli.preset(Mode.CLOSED, 0.5, 2), (p, source) -> TestFrames.checkedBy(
                TestFrames.evolver(4, -1), t -> new Invariants(1e-16, 0, t < 1 ? 0.1 : -1e-9, 0, 0, 0, 0)),
                new ArrayList<>());
        Path preset = preset();
        Cli.Result result = Cli.run(breaching, "run", preset.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> rows = result.outLines();
        assertEquals(List.of("", "", "positivity", "positivity", "positivity"),
                rows.subList(1, rows.size()).stream().map(r -> r.substring(r.lastIndexOf(',') + 1)).toList());
        assertEquals(List.of("clausius: warning: " + preset + ": 3 of 5 rows breach a numerical check "
                + "(first at t = 1.0: positivity); their warnings column names it, and those values may be wrong"),
                result.errLines());
    }
}
