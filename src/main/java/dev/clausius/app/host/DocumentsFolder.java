package dev.clausius.app.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The user's documents folder, where a file dialog opens when no folder has been used yet:
 * {@code ~\Documents} on Windows, {@code ~/Documents} on macOS; elsewhere the XDG user directory
 * ({@code $XDG_DOCUMENTS_DIR}, else the line of {@code user-dirs.dirs} that {@code xdg-user-dir
 * DOCUMENTS} reads, which names a translated folder such as {@code ~/Dokumente}), else
 * {@code ~/Documents}. The first of these that exists is taken, else the home folder itself.
 */
public final class DocumentsFolder {
    static final String USER_DIRS_FILE = "user-dirs.dirs";
    private static final String DOCUMENTS_KEY = "XDG_DOCUMENTS_DIR";

    private DocumentsFolder() {
    }

    /** The documents folder of this host, checked against the real file system. */
    public static Path of(HostSystem host) {
        return Path.of(choose(host, userDirs(host), folder -> Files.isDirectory(Path.of(folder))));
    }

    /**
     * The first candidate for which {@code isDirectory} holds, else the home folder.
     *
     * @param userDirsText the text of {@code user-dirs.dirs}, or null where there is none
     */
    static String choose(HostSystem host, String userDirsText, Predicate<String> isDirectory) {
        return candidates(host, userDirsText).stream().filter(isDirectory).findFirst().orElse(host.userHome());
    }

    /** Where the documents folder may be, best first. */
    static List<String> candidates(HostSystem host, String userDirsText) {
        List<String> candidates = new ArrayList<>();
        if (host.os() == HostSystem.Os.XDG) {
            host.absoluteVariable(DOCUMENTS_KEY).ifPresent(candidates::add);
            userDirsEntry(host, userDirsText).ifPresent(candidates::add);
        }
        candidates.add(host.join(host.userHome(), "Documents"));
        return candidates;
    }

    /**
     * {@code XDG_DOCUMENTS_DIR="$HOME/Documents"} from user-dirs.dirs, with $HOME replaced. As
     * xdg-user-dirs defines the file: a value is "$HOME/..." or an absolute path, and a value
     * equal to $HOME means the folder is switched off.
     */
    static Optional<String> userDirsEntry(HostSystem host, String userDirsText) {
        if (userDirsText == null) {
            return Optional.empty();
        }
        for (String line : userDirsText.lines().map(String::strip).toList()) {
            if (!line.startsWith(DOCUMENTS_KEY + "=")) {
                continue;
            }
            String value = line.substring(DOCUMENTS_KEY.length() + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals("$HOME") || value.equals("$HOME/")) {
                return Optional.empty();
            }
            if (value.startsWith("$HOME/")) {
                return Optional.of(host.join(host.userHome(), value.substring("$HOME/".length())));
            }
            return value.startsWith("/") ? Optional.of(value) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The text of user-dirs.dirs in the XDG configuration home, or null (not an XDG host, or no such file). */
    private static String userDirs(HostSystem host) {
        if (host.os() != HostSystem.Os.XDG) {
            return null;
        }
        try {
            Path file = Path.of(host.join(host.xdgConfigHome(), USER_DIRS_FILE));
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable file is no documents folder: the next candidate is taken
        }
    }
}
