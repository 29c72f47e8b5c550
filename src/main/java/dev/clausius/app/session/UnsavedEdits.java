package dev.clausius.app.session;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Whether the preset shown differs from the file it came from (parameter edits not yet saved),
 * and the memory of the session across restarts. Presets compare by value, so an edit undone by
 * hand is no longer unsaved.
 */
public final class UnsavedEdits {
    private final SessionMemory memory;
    private Path file;
    /** The preset as its file holds it (null: no file, or unreadable: every preset counts as unsaved). */
    private Preset saved;
    private Preset current;

    public UnsavedEdits(SessionMemory memory) {
        this.memory = memory;
    }

    /**
     * A new session is shown: an opened file (a new source, compared with what the file holds) or
     * a rebuild after a parameter edit (the same source, compared with the same saved preset).
     */
    void sessionChanged(Preset preset, Path source) {
        if (!Objects.equals(source, file)) {
            file = source;
        saved = readQuietly(source);
        }
        current = preset;
        memory.remember(current, file, unsaved());
    }

    /** The preset now shown was written to a file: nothing is unsaved any more. */
    public void saved(Preset preset) {
        saved = preset;
        memory.remember(current, file, unsaved());
    }

    public boolean unsaved() {
        return current != null && !current.equals(saved);
    }

    public Preset current() {
        return current;
    }

    /** The file Save writes to: the one the preset came from. */
    public Path file() {
        return file;
    }

    private static Preset readQuietly(Path source) {
        if (source == null || !Files.isRegularFile(source)) {
            return null;
        }
        try {
            return PresetReader.read(source);
        } catch (PresetException e) {
            return null; // a file that no longer reads holds nothing the shown preset could match
        }
    }
}
