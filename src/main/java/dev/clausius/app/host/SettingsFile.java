package dev.clausius.app.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** A properties file the explorer keeps in its settings folder ({@link SettingsFolder}). */
public final class SettingsFile {
    private SettingsFile() {
    }

    /** The file's properties; empty when it is missing or unreadable (start as if nothing were remembered). */
    public static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(properties);
    }
}
