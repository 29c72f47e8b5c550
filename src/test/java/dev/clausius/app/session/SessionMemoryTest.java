package dev.clausius.app.session;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No lost work: the last preset and its unsaved edits survive a restart; unsaved means "differs from its file". */
class SessionMemoryTest {

    @TempDir
    Path home;

    private Path presetFile() throws Exception {
        Path file = home.resolve("resonant.json");
        Files.copy(Path.of("presets/resonant-qubits.json"), file);
        return file;
    }

    /** The preset with its first parameter (A's omega or the like) changed, as the parameter sheet would. */
    private static Preset edited(Preset preset) {
        Parameter first = PresetParameters.of(preset).get(0);
        ParameterCommit.Result result = ParameterCommit.commit(first, Double.toString(first.value() * 1.5), "test");
        assertNull(result.problem());
        return result.preset();
    }

    @Test
    void anOpenedFileIsRememberedWithoutACopy() throws Exception {
        Path file = presetFile();
        SessionMemory memory = new SessionMemory(home.resolve("config"));
        UnsavedEdits edits = new UnsavedEdits(memory);
        edits.sessionChanged(PresetReader.read(file), file);
        assertFalse(edits.unsaved());
        SessionMemory.Recalled recalled = memory.recall().orElseThrow();
        assertEquals(file.toAbsolutePath().normalize(), recalled.source());
        assertNull(recalled.editedCopy());
    }

    @Test
    void unsavedEditsAreRememberedAndRestoredAsUnsaved() throws Exception {
        Path file = presetFile();
        Preset original = PresetReader.read(file);
        Preset changed = edited(original);
        SessionMemory memory = new SessionMemory(home.resolve("config"));
        UnsavedEdits edits = new UnsavedEdits(memory);
        edits.sessionChanged(original, file);
        edits.sessionChanged(changed, file); // a rebuild after a parameter commit: same source
        assertTrue(edits.unsaved());

        // a restart: the edited preset comes back, attributed to its file, and still unsaved
        SessionMemory.Recalled recalled = memory.recall().orElseThrow();
        assertEquals(changed, PresetReader.read(recalled.editedCopy()));
        Session session = SessionMemory.restoring(recalled, f -> {
            throw new AssertionError("the edited copy should have been used for " + f);
        }).open(recalled.source());
        assertEquals(changed, session.preset());
        assertEquals(recalled.source(), session.source());
        UnsavedEdits afterRestart = new UnsavedEdits(memory);
        afterRestart.sessionChanged(session.preset(), session.source());
        assertTrue(afterRestart.unsaved());
        assertEquals(original, PresetReader.read(file), "the file itself is untouched until Save");
    }

    @Test
    void undoingAnEditOrSavingLeavesNothingUnsaved() throws Exception {
        Path file = presetFile();
        Preset original = PresetReader.read(file);
        SessionMemory memory = new SessionMemory(home.resolve("config"));
        UnsavedEdits edits = new UnsavedEdits(memory);
        edits.sessionChanged(original, file);
        edits.sessionChanged(edited(original), file);
        edits.sessionChanged(original, file);
        assertFalse(edits.unsaved(), "the same values as the file");
        assertNull(memory.recall().orElseThrow().editedCopy());

        Preset changed = edited(original);
        edits.sessionChanged(changed, file);
        edits.saved(changed);
        assertFalse(edits.unsaved());
        assertFalse(Files.exists(home.resolve("config").resolve(SessionMemory.EDITED_FILE)));
    }

    @Test
    void withoutAFileThereIsNothingToRememberAndBrokenMemoryIsIgnored() throws Exception {
        SessionMemory memory = new SessionMemory(home.resolve("config"));
        assertTrue(memory.recall().isEmpty());
        new UnsavedEdits(memory).sessionChanged(PresetReader.read(presetFile()), null);
        assertFalse(Files.exists(home.resolve("config")));

        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve(SessionMemory.SESSION_FILE), "source=\\u12");
        assertTrue(memory.recall().isEmpty(), "a corrupt file is no memory, not a crash");
        Files.writeString(home.resolve("config").resolve(SessionMemory.SESSION_FILE), "source=" + home.resolve("gone.json"));
        assertTrue(memory.recall().isEmpty(), "a deleted preset without edits is not reopened");
    }

    @Test
    void theTestSuiteNeverWritesToTheRealHome() {
        Path configured = SessionMemory.fromSystem().directory();
        assertFalse(configured.startsWith(Path.of(System.getProperty("user.home"), ".config")), configured.toString());
    }
}
