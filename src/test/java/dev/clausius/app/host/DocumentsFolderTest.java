package dev.clausius.app.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a file dialog opens before any folder was used: the documents folder of each OS (issue 14). */
class DocumentsFolderTest {
    private static final String USER_DIRS = String.join("\n",
            "# This file is written by xdg-user-dirs-update",
            "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"",
            "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"",
            "XDG_MUSIC_DIR=\"$HOME/Musik\"");

    @Test
    void windowsAndMacOsUseDocumentsInTheHomeFolder() {
        HostSystem windows = new HostSystem("Windows 10", Map.of("XDG_DOCUMENTS_DIR", "C:\\elsewhere"), "C:\\Users\\ada");
        assertEquals(List.of("C:\\Users\\ada\\Documents"), DocumentsFolder.candidates(windows, USER_DIRS));
        HostSystem mac = new HostSystem("Mac OS X", Map.of(), "/Users/ada");
        assertEquals(List.of("/Users/ada/Documents"), DocumentsFolder.candidates(mac, USER_DIRS));
    }

    @Test
    void linuxTriesTheVariableThenUserDirsThenDocuments() {
        HostSystem linux = new HostSystem("Linux", Map.of("XDG_DOCUMENTS_DIR", "/data/ada/papers"), "/home/ada");
        assertEquals(List.of("/data/ada/papers", "/home/ada/Dokumente", "/home/ada/Documents"),
                DocumentsFolder.candidates(linux, USER_DIRS));
        HostSystem plain = new HostSystem("Linux", Map.of("XDG_DOCUMENTS_DIR", " "), "/home/ada");
        assertEquals(List.of("/home/ada/Documents"), DocumentsFolder.candidates(plain, null));
    }

    @Test
    void userDirsEntriesAreReadAsXdgUserDirsWritesThem() {
        HostSystem linux = new HostSystem("Linux", Map.of(), "/home/ada");
        assertEquals("/srv/docs", DocumentsFolder.userDirsEntry(linux, "XDG_DOCUMENTS_DIR=\"/srv/docs\"").orElseThrow());
        assertEquals("/home/ada/My Documents",
                DocumentsFolder.userDirsEntry(linux, "  XDG_DOCUMENTS_DIR=\"$HOME/My Documents\"  ").orElseThrow());
        // set to $HOME itself: the folder is switched off
        assertEquals(List.of("/home/ada/Documents"), DocumentsFolder.candidates(linux, "XDG_DOCUMENTS_DIR=\"$HOME/\""));
        // a relative value, a comment, or another folder's line is no documents folder
        assertEquals(List.of("/home/ada/Documents"), DocumentsFolder.candidates(linux,
                "XDG_DOCUMENTS_DIR=\"docs\"\n# XDG_DOCUMENTS_DIR=\"/x\"\nXDG_DOWNLOAD_DIR=\"$HOME/Downloads\""));
    }

    @Test
    void theFirstFolderThatExistsIsTakenElseTheHomeFolder() {
        HostSystem linux = new HostSystem("Linux", Map.of("XDG_DOCUMENTS_DIR", "/data/papers"), "/home/ada");
        assertEquals("/home/ada/Dokumente",
                DocumentsFolder.choose(linux, USER_DIRS, Set.of("/home/ada/Dokumente", "/home/ada/Documents")::contains));
        assertEquals("/home/ada", DocumentsFolder.choose(linux, USER_DIRS, Set.of("/home/ada")::contains));
        HostSystem windows = new HostSystem("Windows 10", Map.of(), "C:\\Users\\ada");
        assertEquals("C:\\Users\\ada", DocumentsFolder.choose(windows, null, folder -> false),
                "no Documents folder (redirected elsewhere): the home folder");
        assertEquals("C:\\Users\\ada\\Documents", DocumentsFolder.choose(windows, null, folder -> true));
    }

    @Test
    void onThisFileSystemUserDirsIsReadFromTheConfigHome(@TempDir Path home) throws Exception {
        HostSystem linux = new HostSystem("Linux", Map.of(), home.toString());
        assertEquals(home, DocumentsFolder.of(linux), "no Documents folder: the home folder");
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), DocumentsFolder.of(linux));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config").resolve(DocumentsFolder.USER_DIRS_FILE), USER_DIRS);
        assertEquals(home.resolve("Documents"), DocumentsFolder.of(linux), "Dokumente named but missing");
        Files.createDirectories(home.resolve("Dokumente"));
        assertEquals(home.resolve("Dokumente"), DocumentsFolder.of(linux));
    }
}
