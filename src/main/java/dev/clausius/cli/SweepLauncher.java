package dev.clausius.cli;

import dev.clausius.sweep.SlurmJob;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a Slurm task starts the clausius that wrote its script, as shell text with absolute paths
 * (a task starts in whatever folder Slurm gives it): an installed app's own launcher, else this
 * JVM's java with {@code -jar} and the running jar, else (run from classes, as in tests) this
 * JVM's java with its class path and Main. {@code --launcher} replaces it when the cluster's paths differ.
 */
final class SweepLauncher {
    private SweepLauncher() {
    }

    static Optional<String> current() {
        String app = System.getProperty(PassiveOpenMpRelaunch.JPACKAGE_APP_PATH);
        if (app != null) {
            return Optional.of(SlurmJob.quote(Path.of(app).toAbsolutePath().toString()));
        }
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        String javaWord = SlurmJob.quote(java.get());
        Optional<Path> jar = runningJar();
        if (jar.isPresent()) {
            return Optional.of(javaWord + " -jar " + SlurmJob.quote(jar.get().toString()));
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return Optional.of(javaWord + " -cp " + SlurmJob.quote(String.join(File.pathSeparator, entries)) + " "
                + Main.class.getName());
    }

    /** The jar Main was loaded from, absolute; empty when it came from a folder of classes. */
    private static Optional<Path> runningJar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
