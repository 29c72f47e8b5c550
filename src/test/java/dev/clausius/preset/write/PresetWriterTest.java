package dev.clausius.preset.write;

import dev.clausius.preset.ClassicalSpec;
import dev.clausius.preset.ComplexArray;
import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TestPresets;
import dev.clausius.preset.TimeSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Round trips through the writer, and atomic replacement of files. */
class PresetWriterTest {
    @TempDir
    Path dir;

    static Stream<Path> presetFiles() {
        return TestPresets.allPresetFiles();
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void everyPresetRoundTrips(Path file) throws Exception {
        Preset original = PresetReader.read(file);
        Path copy = dir.resolve(file.getFileName());
        PresetWriter.write(original, copy);
        assertEquals(original, PresetReader.read(copy));
    }

    static Stream<Preset> unusualPresets() throws PresetException {
        ComplexArray h = new ComplexArray(new double[][] {{1, 0.5}, {0.5, -1}}, new double[][] {{0, 0.25}, {-0.25, 0}});
        Map<String, ComplexArray> ops = new LinkedHashMap<>();
        ops.put("lower", ComplexArray.real(new double[][] {{0, 0}, {1, 0}}));
        ops.put("raise", ComplexArray.real(new double[][] {{0, 1}, {0, 0}}));
        SubsystemSpec matrix = new SubsystemSpec.Matrix(h, ops);
        SubsystemSpec chain = new SubsystemSpec.Spins(3, List.of(1.0, 1.0, 1.0), 0.2);
        CouplingSpec terms = new CouplingSpec.Terms(List.of(
                new CouplingSpec.Term(new ComplexValue(0.1, -0.2), "lower", "sp[*]", true, 0.3, -12),
                new CouplingSpec.Term(ComplexValue.real(0.05), "id", "sz[1]", false, 0, 0)));
        double[][] vRe = new double[4][4];
        double[][] vIm = new double[4][4];
        vRe[1][2] = 0.05;
        vRe[2][1] = 0.05;
        vIm[0][3] = 0.01;
        vIm[3][0] = -0.01;
        TimeSpec time = new TimeSpec(0.1, 10);
        return Stream.of(
                new Preset("matrix and chain", "complex H, named ops, a spread", Mode.CLOSED, matrix, chain,
                        Double.POSITIVE_INFINITY, 0, terms, null, null, time),
                new Preset("full V", "", Mode.CLOSED, new SubsystemSpec.Qubit(1), new SubsystemSpec.Qubit(2),
                        1, 2, new CouplingSpec.FullMatrix(new ComplexArray(vRe, vIm)), null, null, time),
                new Preset("open with jumps", "", Mode.OPEN, new SubsystemSpec.Spin(0.5, 1.5), null, 0.3, 1.2,
                        null, new OpenSpec(0.1, "jm", List.of(new OpenSpec.Jump("jz", null, 0.01),
                        new OpenSpec.Jump(null, ComplexArray.real(new double[][] {{0, 1}, {0, 0}}), 0.02))),
                        null, time),
                new Preset("engine", "spin medium", Mode.ENGINE, null, null, Double.NaN, Double.NaN, null, null,
                        new EngineSpec(new SubsystemSpec.Spin(1, Double.NaN), new EngineSpec.Bath(Double.POSITIVE_INFINITY, 0.1),
                                new EngineSpec.Bath(0.5, 0.1), List.of(new EngineSpec.Stroke("hot", 2, 1.5, 10),
                                new EngineSpec.Stroke(null, 1.5, 1, 0), new EngineSpec.Stroke("cold", 1, 1, 10)), 3),
                        new TimeSpec(0.05, Double.NaN)),
                new Preset("classical", "unequal bodies, an insulating contact", Mode.CLASSICAL, null, null, 0.25, 3,
                        null, null, null, time, new ClassicalSpec(new ClassicalSpec.Body(1, 0.5, 0),
                        new ClassicalSpec.Body(7, 2.5, 1.5), 0)));
    }

    @ParameterizedTest
    @MethodSource("unusualPresets")
    void unusualPresetsRoundTrip(Preset preset) throws Exception {
        Path file = dir.resolve("unusual.json");
        PresetWriter.write(preset, file);
        assertEquals(preset, PresetReader.read(file));
        assertTrue(Files.readString(file).contains("\"format\" : \"clausius-preset\""));
    }

    @Test
    void aNewFileIsReadableByOthersAndEndsWithANewline() throws Exception {
        Path file = dir.resolve("shared.json");
        PresetWriter.write(PresetReader.read(TestPresets.PRESETS.resolve("resonant-qubits.json")), file);
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file));
        assertTrue(Files.readString(file).endsWith("}\n"));
    }

    @Test
    void overwritingReplacesTheFile() throws Exception {
        Path file = dir.resolve("preset.json");
        Files.writeString(file, "old");
        Preset preset = PresetReader.read(TestPresets.PRESETS.resolve("two-oscillators.json"));
        PresetWriter.write(preset, file);
        assertEquals(preset, PresetReader.read(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aMissingDirectoryThrowsAndCreatesNothing() throws Exception {
        Preset preset = PresetReader.read(TestPresets.PRESETS.resolve("resonant-qubits.json"));
        Path file = dir.resolve("missing").resolve("preset.json");
        assertThrows(IOException.class, () -> PresetWriter.write(preset, file));
        assertFalse(Files.exists(file.getParent()));
        assertEquals(List.of(), listing());
    }

    @Test
    void aReadOnlyDirectoryThrowsAndLeavesNoFile() throws Exception {
        Preset preset = PresetReader.read(TestPresets.PRESETS.resolve("resonant-qubits.json"));
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Path existing = readOnly.resolve("existing.json");
        Files.writeString(existing, "keep me");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere; the permission then proves nothing
            assumeFalse(Files.isWritable(readOnly), "running with privileges that ignore permissions");
            assertThrows(IOException.class, () -> PresetWriter.write(preset, readOnly.resolve("new.json")));
            assertThrows(IOException.class, () -> PresetWriter.write(preset, existing));
            assertEquals("keep me", Files.readString(existing));
            try (Stream<Path> files = Files.list(readOnly)) {
                assertEquals(List.of(existing), files.toList());
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anInvalidPresetIsNeverWrittenAndTheOldFileStays() throws IOException {
        Path file = dir.resolve("preset.json");
        Files.writeString(file, "the good old preset");
        Preset invalid = new Preset("bad", "", Mode.CLOSED, new SubsystemSpec.Qubit(-1), new SubsystemSpec.Qubit(1),
                0.5, 2, new CouplingSpec.Terms(List.of()), null, null, new TimeSpec(0.25, 100));
        PresetException e = assertThrows(PresetException.class, () -> PresetWriter.write(invalid, file));
        assertEquals(file + ": $.A.omega: must be > 0, got -1", e.getMessage());
        assertEquals("the good old preset", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFile() throws Exception {
        Preset preset = PresetReader.read(TestPresets.PRESETS.resolve("resonant-qubits.json"));
        Path target = Files.createDirectory(dir.resolve("taken.json"));
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> PresetWriter.write(preset, target));
        assertEquals(List.of(target), listing());
        assertArrayEquals(new byte[] {'x'}, Files.readAllBytes(target.resolve("inside")));
    }

    @Test
    void missingPartsAreNamedNotThrownAsNullPointers() {
        Preset partial = new Preset("partial", null, Mode.CLOSED, new SubsystemSpec.Qubit(1), null, 0.5, 2,
                null, null, null, new TimeSpec(0.25, 100));
        PresetException e = assertThrows(PresetException.class, () -> PresetWriter.toJson(partial));
        assertEquals("$.B", e.problems().get(0).path());
        assertEquals("$.coupling", e.problems().get(1).path());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
