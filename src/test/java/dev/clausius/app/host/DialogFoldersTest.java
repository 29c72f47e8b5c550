package dev.clausius.app.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.clausius.app.host.DialogFolders.Purpose.EXPORTS;
import static dev.clausius.app.host.DialogFolders.Purpose.PRESETS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The file dialogs open in the last folder used, across restarts, else in the documents folder (issue 14). */
class DialogFoldersTest {
    @TempDir
    Path root;

    private Path folder(String name) throws Exception {
        return Files.createDirectories(root.resolve(name));
    }

    @Test
    void beforeAnyFolderIsUsedTheDialogsOpenInTheDocumentsFolder() throws Exception {
        DialogFolders folders = new DialogFolders(root.resolve("settings"), folder("Documents"));
        assertEquals(root.resolve("Documents"), folders.startFolder(PRESETS));
        assertEquals(root.resolve("Documents"), folders.startFolder(EXPORTS));
    }

    @Test
    void theLastFolderUsedIsWhereTheNextDialogOpensEachPurposeApart() throws Exception {
        DialogFolders folders = new DialogFolders(root.resolve("settings"), folder("Documents"));
        folders.usedFile(PRESETS, folder("lectures").resolve("week3.json"));
        folders.used(EXPORTS, folder("figures"));
        assertEquals(root.resolve("lectures"), folders.startFolder(PRESETS));
        assertEquals(root.resolve("figures"), folders.startFolder(EXPORTS));
        folders.usedFile(PRESETS, folder("drafts").resolve("new.json"));
        assertEquals(root.resolve("drafts"), folders.startFolder(PRESETS));
        assertEquals(root.resolve("figures"), folders.startFolder(EXPORTS), "exports keep their own folder");
    }

    @Test
    void theFoldersAreRememberedAcrossRestarts() throws Exception {
        Path settings = root.resolve("settings");
        DialogFolders before = new DialogFolders(settings, folder("Documents"));
        before.usedFile(PRESETS, folder("lectures").resolve("week3.json"));
        before.used(EXPORTS, folder("figures"));
        DialogFolders after = new DialogFolders(settings, root.resolve("Documents"));
        assertEquals(root.resolve("lectures"), after.startFolder(PRESETS));
        assertEquals(root.resolve("figures"), after.startFolder(EXPORTS));
    }

    @Test
    void aFolderThatHasGoneIsPassedOver() throws Exception {
        Path settings = root.resolve("settings");
        DialogFolders folders = new DialogFolders(settings, folder("Documents"));
        folders.used(EXPORTS, folder("figures"));
        Files.delete(root.resolve("figures"));
        assertEquals(root.resolve("Documents"), folders.startFolder(EXPORTS));
        assertEquals(root.resolve("Documents"), new DialogFolders(settings, root.resolve("Documents")).startFolder(EXPORTS));
    }

    @Test
    void thisSessionsFolderComesBeforeTheRememberedOne() throws Exception {
        Path settings = root.resolve("settings");
        new DialogFolders(settings, folder("Documents")).used(EXPORTS, folder("old"));
        DialogFolders now = new DialogFolders(settings, root.resolve("Documents"));
        now.used(EXPORTS, folder("new"));
        assertEquals(root.resolve("new"), now.startFolder(EXPORTS));
    }

    @Test
    void aCorruptOrUnwritableMemoryCostsTheMemoryNotTheDialog() throws Exception {
        Path settings = folder("settings");
        Files.writeString(settings.resolve(DialogFolders.FILE), "exports=\\u12");
        DialogFolders folders = new DialogFolders(settings, folder("Documents"));
        assertEquals(root.resolve("Documents"), folders.startFolder(EXPORTS));
        // a settings "folder" that is a file: nothing can be written there, the session still remembers
        Path blocked = Files.writeString(root.resolve("blocked"), "not a folder");
        DialogFolders unwritable = new DialogFolders(blocked, root.resolve("Documents"));
        unwritable.used(PRESETS, folder("lectures"));
        assertEquals(root.resolve("lectures"), unwritable.startFolder(PRESETS));
    }
}
