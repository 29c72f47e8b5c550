package dev.clausius.export;

import dev.clausius.dynamics.TimeGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class AtomicFileWriterTest {
    @TempDir
    Path directory;

    @Test
    void writesAndReplaces() throws IOException {
        Path target = directory.resolve("out.csv");
        AtomicFileWriter.write(target, out -> out.write("first\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first\n", Files.readString(target));
        AtomicFileWriter.write(target, out -> out.write("second\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second\n", Files.readString(target));
        assertEquals(List.of(target), listing(directory));
    }

    @Test
    void failureMidwayLeavesNoFile() {
        Path target = directory.resolve("out.csv");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, this::failingCsv));
        assertEquals(List.of(), listing(directory));
    }

    @Test
    void failureMidwayKeepsTheOldFileByteIdentical() throws IOException {
        Path target = directory.resolve("out.csv");
        byte[] old = "t,S_A\n0.0,0.5\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, this::failingCsv));
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), listing(directory));
    }

    @Test
    void ioFailureMidwayKeepsTheOldFile() throws IOException {
        Path target = directory.resolve("out.csv");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing(directory));
    }

    @Test
    void missingDirectoryFailsWithoutCreatingIt() {
        Path target = directory.resolve("missing/out.csv");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> out.write(1)));
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(List.of(), listing(directory));
    }

    @Test
    void parentThatIsAFileFails() throws IOException {
        Path file = Files.writeString(directory.resolve("plain"), "x");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(file.resolve("out.csv"), out -> out.write(1)));
        assertEquals(List.of(file), listing(directory));
    }

    @Test
    void readOnlyDirectoryFailsWithoutLitter() throws IOException {
        Path readOnly = Files.createDirectory(directory.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not stop writes");
            assertThrows(IOException.class, () -> AtomicFileWriter.write(readOnly.resolve("out.csv"), out -> out.write(1)));
            assertEquals(List.of(), listing(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newFileGetsTheUsualPermissionsNotATempFilesPrivateOnes() throws IOException {
        Path target = directory.resolve("out.csv");
        Path plain = Files.writeString(directory.resolve("plain.csv"), "x");
        AtomicFileWriter.write(target, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }

    @Test
    void copyCopies() throws IOException {
        Path source = Files.writeString(directory.resolve("a.json"), "{\"x\": 1}");
        Path target = directory.resolve("b.json");
        AtomicFileWriter.copy(source, target);
        assertEquals("{\"x\": 1}", Files.readString(target));
    }

    /** Writes a few hundred rows of a CSV, then fails as an evolver would. */
    private void failingCsv(java.io.OutputStream out) throws IOException {
        TimeSeriesExport.writeCsv(TestFrames.evolver(4, 300), new TimeGrid(0.25, 100),
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static List<Path> listing(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
