package dev.clausius.preset.write;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes presets as format-v1 JSON that {@link PresetReader} reads back equal. The file is
 * written beside its target and then moved into place, so a failure (disk full, killed process,
 * an invalid preset) never leaves a half-written preset where a good one was.
 */
public final class PresetWriter {
    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();
    /** Presets are shared documents: readable by everyone (a temporary file starts as owner-only). */
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    private PresetWriter() {
    }

    /**
     * The preset as format-v1 JSON text.
     *
     * @throws PresetException when the preset would not read back (a NaN omega, a missing part,
     *                         anything the reader refuses); the source is "preset"
     */
    public static String toJson(Preset preset) throws PresetException {
        String json;
        try {
            json = JSON.writeValueAsString(PresetTree.of(preset)) + "\n";
        } catch (JsonProcessingException e) {
            throw new PresetException("preset", new Problem("$", "cannot be written as JSON: " + e.getOriginalMessage()));
        }
        // The reader is the definition of a valid preset: whatever it refuses is never written.
        PresetReader.parse(json, "preset");
        return json;
    }

    /**
     * Writes {@code preset} to {@code file}, replacing it atomically where the file system can.
     *
     * @throws PresetException when the preset is invalid (the source is the file); nothing is written
     * @throws IOException     when the directory is missing or not writable; {@code file} is untouched
     */
    public static void write(Preset preset, Path file) throws IOException, PresetException {
        String json;
        try {
            json = toJson(preset);
        } catch (PresetException e) {
            throw new PresetException(file.toString(), e.problems());
        }
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // On disk before the rename, so a crash leaves the old file or the new one, never an empty one.
                channel.force(true);
            }
            sharePermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    /** The permissions of the file being replaced, or rw-r--r-- for a new one, where POSIX applies. */
    private static void sharePermissions(Path temporary, Path target) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : SHARED;
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX, or not ours to change: the temporary file's defaults are acceptable.
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The original failure is the one worth reporting; a stray temporary file is harmless.
        }
    }
}
