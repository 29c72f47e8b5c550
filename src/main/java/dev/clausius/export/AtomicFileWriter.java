package dev.clausius.export;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a half
 * (a failed run never leaves a half-written file in place of a good one).
 *
 * <p>The content goes to a temporary file beside the target (same directory, so the final rename
 * stays on one file system and can be atomic), is forced to disk, and only then is moved over the
 * target. On any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFileWriter {
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int NAME_ATTEMPTS = 100;

    private AtomicFileWriter() {
    }

    /** What produces the content; it may throw midway, the target is then untouched. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through {@code body}.
     *
     * @throws IOException if the directory is missing or not writable, the body fails, or the move
     *                     fails; the target is then unchanged and no temporary file remains
     */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = checkTarget(target);
        Path directory = absolute.getParent();
        Path temporary = createTemporary(directory, absolute.getFileName().toString());
        try {
            try (FileOutputStream file = new FileOutputStream(temporary.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(file, BUFFER_BYTES)) {
                body.writeTo(buffered);
                buffered.flush();
                // Forced before the rename: otherwise a crash right after the rename can leave the
                // new name pointing at a file whose blocks never reached the disk.
                file.getFD().sync();
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException | Error failure) {
            deleteAfterFailure(temporary, failure);
            throw failure;
        }
        syncDirectory(directory);
    }

    /**
     * Fails now, before minutes of work, if {@code target} could not be written: its directory is
     * missing, not a directory, or not writable. Returns the absolute target.
     */
    public static Path checkTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new IOException(target + ": not a file name");
        }
        if (!Files.exists(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        if (!Files.isWritable(directory)) {
            throw new AccessDeniedException(directory.toString());
        }
        return absolute;
    }

    /** Copies {@code source} to {@code target} with the same guarantee as {@link #write}. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * A fresh hidden name beside the target. Not Files.createTempFile: that creates the file with
     * mode 0600, and after the rename the user's output would not be readable by the group as
     * their umask asks; CREATE_NEW with a random suffix gives the ordinary mode.
     */
    private static Path createTemporary(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
            Path candidate = directory.resolve("." + name + "." + suffix + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                // The JVM deletes it if it is stopped (Ctrl-C) before the move; after the move the
                // name no longer exists and the deletion does nothing.
                candidate.toFile().deleteOnExit();
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    /** Deletes the temporary file; a failure to do so is attached to the error that caused it. */
    private static void deleteAfterFailure(Path temporary, Throwable cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException | RuntimeException notDeleted) {
            cause.addSuppressed(notDeleted);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomicHere) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable. Best effort: some file systems and platforms cannot open a
     * directory for syncing, and by now the content is complete and in place either way.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file is already complete and renamed; only crash durability is weaker here
        }
    }
}
