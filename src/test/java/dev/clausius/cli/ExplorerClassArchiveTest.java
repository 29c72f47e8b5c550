package dev.clausius.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's start-up class archive: only for the explorer, rewritten when stale, installed whole. */
class ExplorerClassArchiveTest {

    @TempDir
    Path target;

    private String classPath() throws Exception {
        Path jar = Files.writeString(target.resolve("clausius.jar"), "jar");
        Path lib = Files.createDirectories(target.resolve("lib")).resolve("dependency.jar");
        Files.writeString(lib, "lib");
        return jar + File.pathSeparator + lib;
    }

    @Test
    void headlessCommandsGetNoArchive() throws Exception {
        String classPath = classPath();
        for (String command : List.of("run", "validate", "bench", "export", "sweep", "help", "--help", "--version")) {
            assertTrue(ExplorerClassArchive.forLaunch(List.of(command, "presets/x.json"), classPath).isEmpty(), command);
        }
        assertTrue(ExplorerClassArchive.forLaunch(List.of(), classPath).isPresent());
        assertTrue(ExplorerClassArchive.forLaunch(List.of("presets/otto-qubit.json"), classPath).isPresent());
    }

    @Test
    void aClassPathWithADirectoryGetsNoArchive() throws Exception {
        Path classes = Files.createDirectories(target.resolve("classes"));
        Files.writeString(classes.resolve("Main.class"), "class");
        // JDK 17 refuses to dump such a class path and ends the JVM with an error
        assertTrue(ExplorerClassArchive.forLaunch(List.of(), classes + File.pathSeparator + classPath()).isEmpty());
    }

    @Test
    void aMissingArchiveIsWrittenToATemporaryFileAndInstalledWhole() throws Exception {
        ExplorerClassArchive archive = ExplorerClassArchive.forLaunch(List.of(), classPath()).orElseThrow();
        assertEquals(target.resolve(ExplorerClassArchive.FILE_NAME), archive.file());
        List<String> options = archive.jvmOptions();
        String dump = options.stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Path pending = Path.of(dump.substring(dump.indexOf('=') + 1));
        assertFalse(pending.equals(archive.file()), "the JVM never writes the archive in place");
        assertTrue(options.contains("-Xlog:cds*=off"), "the JVM's archive warnings would go to stdout");

        Files.writeString(pending, "archive");   // what the child JVM writes at its exit
        archive.install(0);
        assertEquals("archive", Files.readString(archive.file()));
        assertFalse(Files.exists(pending));
        assertTrue(archive.isFresh());
    }

    @Test
    void anArchiveOlderThanTheClassPathIsStaleAndRewritten() throws Exception {
        String classPath = classPath();
        Path file = Files.writeString(target.resolve(ExplorerClassArchive.FILE_NAME), "old");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(target.resolve("clausius.jar")).toMillis() - 60_000));
        ExplorerClassArchive stale = ExplorerClassArchive.forLaunch(List.of(), classPath).orElseThrow();
        assertFalse(stale.isFresh());
        assertTrue(stale.jvmOptions().get(0).startsWith("-XX:ArchiveClassesAtExit="));

        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        ExplorerClassArchive fresh = ExplorerClassArchive.forLaunch(List.of(), classPath).orElseThrow();
        assertTrue(fresh.isFresh());
        assertEquals("-XX:SharedArchiveFile=" + file, fresh.jvmOptions().get(0));
    }

    @Test
    void installWithoutANewArchiveKeepsTheOldOne() throws Exception {
        String classPath = classPath();
        Path file = Files.writeString(target.resolve(ExplorerClassArchive.FILE_NAME), "old");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        ExplorerClassArchive archive = ExplorerClassArchive.forLaunch(List.of(), classPath).orElseThrow();
        archive.install(0); // the child crashed before writing one
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aChildThatFailedLeavesNoHalfWrittenArchive() throws Exception {
        ExplorerClassArchive archive = ExplorerClassArchive.forLaunch(List.of(), classPath()).orElseThrow();
        String dump = archive.jvmOptions().get(0);
        Path pending = Path.of(dump.substring(dump.indexOf('=') + 1));
        Files.writeString(pending, "half an archive");
        archive.install(137);
        assertFalse(Files.exists(pending));
        assertFalse(Files.exists(archive.file()));
    }
}
