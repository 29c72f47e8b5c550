package dev.clausius.app.session;

import dev.clausius.app.host.SettingsFile;
import dev.clausius.app.host.SettingsFolder;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.i18n.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The language chosen in the explorer's Language menu, remembered in the settings folder
 * ({@link SettingsFolder}) beside the last session. At start-up {@code -Dclausius.locale} wins over
 * it, and it wins over the operating system's language ({@link Language#chosen}). Best effort,
 * like {@link SessionMemory}: a read-only folder costs the memory, never the explorer.
 */
public final class LanguageMemory {
    static final String FILE = "language.properties";
    private static final String KEY = "language";

    private final Path directory;

    public LanguageMemory(Path directory) {
        this.directory = directory;
    }

    /** In this JVM's settings folder. */
    public static LanguageMemory fromSystem() {
        return new LanguageMemory(SettingsFolder.fromSystem());
    }

    /** The language to start in: {@code property} if it names one of ours, else the remembered one, else {@code system}'s. */
    public Language startLanguage(String property, Locale system) {
        return Language.chosen(property, recall().orElse(null), system);
    }

    /** The tag remembered last ("fa"), if any. */
    public Optional<String> recall() {
        return SettingsFile.read(directory.resolve(FILE)).map(properties -> properties.getProperty(KEY))
                .filter(tag -> !tag.isBlank());
    }

    public void remember(Language language) {
        try {
            Files.createDirectories(directory);
            Properties properties = new Properties();
            properties.setProperty(KEY, language.tag());
            AtomicFileWriter.write(directory.resolve(FILE), out -> properties.store(out, "Clausius: the explorer's language"));
        } catch (IOException e) {
            System.err.println("clausius: could not remember the language in " + directory + ": " + e.getMessage());
        }
    }
}
