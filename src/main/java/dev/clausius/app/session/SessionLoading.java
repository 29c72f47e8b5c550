package dev.clausius.app.session;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.Preset;

import java.nio.file.Path;

/** The two ways a session comes to be: a preset file read and built, or an edited preset rebuilt. */
public final class SessionLoading {
    private SessionLoading() {
    }

    /** Reads {@code presetFile} with {@code loader} and builds its evolver; never throws. */
    public static LoadResult load(Path presetFile, SessionLoader loader, SetupProgress progress) {
        return LoadResult.attempt(presetFile.toString(), progress, reports -> loader.open(presetFile, reports));
    }

    /** As {@link #load(Path, SessionLoader, SetupProgress)}, without progress reports. */
    public static LoadResult load(Path presetFile, SessionLoader loader) {
        return load(presetFile, loader, SetupProgress.NONE);
    }

    /** Builds the evolver of an edited (already validated) preset that came from {@code source}; never throws. */
    public static LoadResult build(Preset preset, String source, SetupProgress progress) {
        return LoadResult.attempt(source, progress,
                reports -> new Session(preset, Evolvers.create(preset, source, reports), Path.of(source)));
    }
}
