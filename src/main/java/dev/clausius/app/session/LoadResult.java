package dev.clausius.app.session;

import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.PresetException;

/** A session ready to show, or the one-line reason there is none (never both). */
public record LoadResult(Session session, String error) {

    public static LoadResult of(Session session) {
        return new LoadResult(session, null);
    }

    public static LoadResult failed(String error) {
        return new LoadResult(null, error);
    }

    public boolean failed() {
        return error != null;
    }

    /**
     * Runs one load or build and never throws: a {@link PresetException} keeps its own message
     * (already one line naming the file, the JSON path and the reason), anything else is prefixed
     * with {@code source}. The one catch ladder of opening, rebuilding and preloading.
     */
    public static LoadResult attempt(String source, SetupProgress progress, Builder builder) {
        try {
            return of(builder.build(progress));
        } catch (PresetException e) {
            return failed(e.getMessage());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return failed(source + ": " + reason);
        }
    }

    /** Reads or builds a session, reporting its setup. */
    @FunctionalInterface
    public interface Builder {
        Session build(SetupProgress progress) throws PresetException;
    }
}
