package dev.clausius.app.host;

import dev.clausius.export.AtomicFileWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The folder each file dialog opens in: the last folder used for that kind of file in this
 * session, else the one remembered from an earlier session ({@value #FILE} in the settings
 * folder), else the documents folder. A folder that has gone since is passed over. Presets and
 * exports are remembered apart: figures seldom go where presets are kept. No JavaFX here, so the
 * choice is tested without a window; use from one thread (the FX thread).
 */
public final class DialogFolders {
    static final String FILE = "dialog-folders.properties";

    /** The kinds of file a dialog asks for, each with its own last folder. */
    public enum Purpose { PRESETS, EXPORTS;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path settingsFolder;
    private final Path documents;
    private final Map<Purpose, Path> usedThisSession = new EnumMap<>(Purpose.class);

    /**
     * @param settingsFolder where the folders are remembered across restarts
     * @param documents      the folder to open in when none has been used
     */
    public DialogFolders(Path settingsFolder, Path documents) {
        this.settingsFolder = settingsFolder;
        this.documents = documents;
    }

    /** In this JVM's settings folder ({@link SettingsFolder#fromSystem()}), starting in its host's documents folder. */
    public static DialogFolders fromSystem() {
        return new DialogFolders(SettingsFolder.fromSystem(), DocumentsFolder.of(HostSystem.current()));
    }

    /**
     * Where a dialog for {@code purpose} opens. Always a path; it is a directory unless even the
     * documents folder is missing, so a dialog checks before it hands it on.
     */
    public Path startFolder(Purpose purpose) {
        Path used = usedThisSession.get(purpose);
        if (used != null && Files.isDirectory(used)) {
            return used;
        }
        Path remembered = remembered().get(purpose);
        if (remembered != null && Files.isDirectory(remembered)) {
            return remembered;
        }
        return documents;
    }

    /** A dialog for {@code purpose} chose {@code folder}: the next one opens there, in this session and the next. */
    public void used(Purpose purpose, Path folder) {
        if (folder == null) {
            return;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        usedThisSession.put(purpose, absolute);
        Properties properties = new Properties();
        remembered().forEach((p, f) -> properties.setProperty(p.key(), f.toString()));
        properties.setProperty(purpose.key(), absolute.toString());
        try {
            Files.createDirectories(settingsFolder);
            AtomicFileWriter.write(settingsFolder.resolve(FILE), out -> properties.store(out, "Clausius: folders the file dialogs last used"));
        } catch (IOException | RuntimeException e) {
            // best effort, as the session memory: a read-only settings folder costs the memory, not the export
            System.err.println("clausius: could not remember the folder in " + settingsFolder + ": " + e.getMessage());
        }
    }

    /** A dialog for {@code purpose} chose {@code file}: its folder is remembered. */
    public void usedFile(Purpose purpose, Path file) {
        if (file != null) {
            used(purpose, file.toAbsolutePath().getParent());
        }
    }

    /** The folders remembered in the settings folder; an unreadable file counts as none. */
    private Map<Purpose, Path> remembered() {
        Map<Purpose, Path> folders = new EnumMap<>(Purpose.class);
        Path file = settingsFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return folders;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return folders;
        }
        for (Purpose purpose : Purpose.values()) {
            String folder = properties.getProperty(purpose.key());
            if (folder != null && !folder.isBlank()) {
                try {
                    folders.put(purpose, Path.of(folder));
                } catch (RuntimeException e) {
                    // a path this OS cannot parse (a file copied from another machine): not remembered
                }
            }
        }
        return folders;
    }
}
