package dev.clausius.app.session;

import dev.clausius.app.host.SettingsFile;
import dev.clausius.app.host.SettingsFolder;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.write.PresetWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers the last preset across restarts (issue 7, no lost work): the file it came from and,
 * when its parameters were edited and not saved, the edited preset itself. The explorer started
 * without a preset reopens it, edits included.
 *
 * <p>Kept in the OS's settings folder ({@link SettingsFolder}: {@code %APPDATA%\Clausius},
 * {@code ~/Library/Application Support/Clausius}, {@code $XDG_CONFIG_HOME/clausius}, or the
 * directory of {@code -Dclausius.config.dir}). Both files are written atomically. Remembering is
 * best effort: a read-only settings folder costs the memory, never the session.
 */
public final class SessionMemory {
    static final String SESSION_FILE = "last-session.properties";
    static final String EDITED_FILE = "last-preset.json";
    private static final String SOURCE_KEY = "source";

    /** The last session: its preset file, and the edited preset when there were unsaved edits (else null). */
    public record Recalled(Path source, Path editedCopy) {
    }

    private final Path directory;

    SessionMemory(Path directory) {
        this.directory = directory;
    }

    /** In this JVM's settings folder ({@link SettingsFolder#fromSystem()}). */
    public static SessionMemory fromSystem() {
        return new SessionMemory(SettingsFolder.fromSystem());
    }

    Path directory() {
        return directory;
    }

    /**
     * Records the session shown: {@code source} (nothing is recorded without one), and {@code preset}
     * as well when it has unsaved edits.
     */
    void remember(Preset preset, Path source, boolean edited) {
        if (source == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path copy = directory.resolve(EDITED_FILE);
            if (edited) {
                PresetWriter.write(preset, copy);
            } else {
                Files.deleteIfExists(copy);
            }
            Properties properties = new Properties();
            properties.setProperty(SOURCE_KEY, source.toAbsolutePath().normalize().toString());
            AtomicFileWriter.write(directory.resolve(SESSION_FILE), out -> properties.store(out, "Clausius: last session"));
        } catch (IOException | PresetException e) {
            System.err.println("clausius: could not remember the session in " + directory + ": " + e.getMessage());
        }
    }

    /**
     * A loader that opens the recalled preset with its unsaved edits (the edited copy, attributed
     * to its own file, so the edits still count as unsaved and Save writes to that file); any
     * other file, or a copy that no longer reads, goes to {@code files}.
     */
    public static SessionLoader restoring(Recalled recalled, SessionLoader files) {
        return file -> {
            if (recalled.editedCopy() != null && file.equals(recalled.source())) {
                try {
                    Preset preset = PresetReader.read(recalled.editedCopy());
                    return new Session(preset, Evolvers.create(preset, file.toString()), file);
                } catch (PresetException e) {
                    if (!Files.isRegularFile(file)) {
                        throw e;
                    }
                }
            }
            return files.open(file);
        };
    }

    /** The last session, if one was recorded and its preset file (or its edited copy) is still there. */
    public Optional<Recalled> recall() {
        Optional<Properties> properties = SettingsFile.read(directory.resolve(SESSION_FILE));
        if (properties.isEmpty()) {
            return Optional.empty(); // no memory, or an unreadable one: start as if there were none
        }
        String source = properties.get().getProperty(SOURCE_KEY);
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        Path copy = directory.resolve(EDITED_FILE);
        Path edited = Files.isRegularFile(copy) ? copy : null;
        Path sourcePath = Path.of(source);
        if (edited == null && !Files.isRegularFile(sourcePath)) {
            return Optional.empty();
        }
        return Optional.of(new Recalled(sourcePath, edited));
    }
}
