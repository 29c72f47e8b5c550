package dev.clausius.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A class-data-sharing archive (AppCDS) of the classes the explorer loads while it starts: JavaFX,
 * ControlsFX, JFreeChart, Jackson and ND4J. Loading them from the archive instead of parsing and
 * verifying them from jars took the first frame from 4.1-6.4 s to 2.3-3.9 s on two busy cores
 * (docs/decisions/0008-explorer-start-up.md).
 *
 * <p>The JDK 17 JVM cannot create the archive on its own when it is missing or stale, so the
 * relaunch does it for {@code java -jar} (not under {@code javafx:run}, whose class path holds
 * {@code target/classes}: JDK 17 archives no class path with a directory in it): the first
 * explorer after a build runs with {@code -XX:ArchiveClassesAtExit}
 * into a temporary file, and the parent moves it into place when the child has exited (two
 * explorers starting together never see half an archive). Headless commands never use it: their
 * output must not change, and they load few classes.
 *
 * @param file        the archive, beside the jar
 * @param newestInput the newest modification time of the class path: an older archive is stale
 *                    (the JVM would refuse it and run without sharing)
 */
record ExplorerClassArchive(Path file, FileTime newestInput) {

    static final String FILE_NAME = "clausius-explorer.jsa";
    private static final Set<String> NOT_THE_EXPLORER = Set.of("run", "validate", "bench", "export", "sweep",
            "help", "--help", "-h", "--version", "-V");

    /** The archive for this launch, or empty when the arguments ask for a headless command. */
    static Optional<ExplorerClassArchive> forLaunch(List<String> arguments, String classPath) {
        if (arguments.stream().anyMatch(NOT_THE_EXPLORER::contains) || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        List<Path> entries = java.util.Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
        if (entries.stream().anyMatch(Files::isDirectory)) {
            // JDK 17 refuses to write an archive when the class path holds a directory (as under
            // javafx:run, target/classes): the JVM would end with an error after the explorer closed
            return Optional.empty();
        }
        Path first = entries.get(0).toAbsolutePath();
        Path directory = first.getParent();
        if (directory == null || !Files.isWritable(directory)) {
            return Optional.empty();
        }
        FileTime newest = FileTime.fromMillis(0);
        for (Path entry : entries) {
            try {
                FileTime modified = Files.getLastModifiedTime(entry);
                newest = modified.compareTo(newest) > 0 ? modified : newest;
            } catch (IOException e) {
                // an entry that is not there contributes no classes
            }
        }
        return Optional.of(new ExplorerClassArchive(directory.resolve(FILE_NAME), newest));
    }

    /** The child JVM's options: use the archive, or write a new one when it is missing or stale. */
    List<String> jvmOptions() {
        // the JVM reports archive mismatches and unarchivable classes on stdout: keep it quiet
        String quiet = "-Xlog:cds*=off";
        return isFresh() ? List.of("-XX:SharedArchiveFile=" + file, quiet)
                : List.of("-XX:ArchiveClassesAtExit=" + pending(), quiet);
    }

    /**
     * After the child has exited: a newly written archive replaces the old one in one move. A child
     * that failed may have been stopped halfway through writing it, so its file is thrown away.
     */
    void install(int childStatus) {
        Path pending = pending();
        if (!Files.isRegularFile(pending)) {
            return;
        }
        try {
            if (childStatus != 0) {
                Files.delete(pending);
                return;
            }
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // a leftover temporary file only costs disk space; the next launch writes another
            }
        }
    }

    boolean isFresh() {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(newestInput) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private Path pending() {
        return file.resolveSibling(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
    }
}
