package dev.clausius.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failure in one line of words, as the command line prints it on stderr and the explorer shows it
 * when an export fails: the file and the reason, without the exception's class where the message
 * says enough.
 */
public final class FailureText {
    private FailureText() {
    }

    /**
     * The text on one line. Library messages (Jackson's, the JDK's) may span lines, and stderr
     * must stay one clear line per error.
     */
    public static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** What went wrong, in words, without the exception's class where the message says enough. */
    public static String describe(Throwable failure) {
        if (failure instanceof NoSuchFileException e) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "no such file or directory");
        }
        if (failure instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (failure instanceof NotDirectoryException e) {
            return e.getFile() + ": not a directory";
        }
        if (failure instanceof FileAlreadyExistsException e) {
            return e.getFile() + ": exists and is in the way (not a directory?)";
        }
        if (failure instanceof FileSystemException e && e.getFile() != null) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        }
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (raise it with java -Xmx...)";
        }
        String message = oneLine(failure.getMessage());
        // A bare NullPointerException or the like says nothing to a user; its name at least helps a report.
        return message.isEmpty() ? failure.getClass().getName() : message;
    }
}
