package dev.clausius.app;

import dev.clausius.app.model.LatestProgress;
import dev.clausius.app.session.LoadResult;
import dev.clausius.app.session.SessionLoader;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What the launcher hands the application: the preset to open first, the loader that reads it
 * (the last session's, edits included, or the plain reader) and, when the launcher already
 * started reading it, that load and its progress (null: the application loads it itself).
 */
public record LaunchRequest(Path presetFile, SessionLoader loader, Preloading preloading) {

    /** A load started before JavaFX, and its progress so far. */
    public record Preloading(CompletableFuture<LoadResult> result, LatestProgress progress) {
    }

    /** Opens {@code presetFile} with {@code loader}, loading it once the window is up. */
    public static LaunchRequest of(Path presetFile, SessionLoader loader) {
        return new LaunchRequest(presetFile, loader, null);
    }
}
