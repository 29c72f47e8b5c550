package dev.clausius.app.session;

import dev.clausius.app.model.PlayedFrames;
import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.SetupProgress;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;

import java.nio.file.Path;

/**
 * One rebuild while a parameter is dragged, off the FX thread: the preset with the new value
 * (validated as a typed value is, {@link ParameterCommit}), its evolver, and its frames from t = 0
 * up to the grid index on screen, so the new run can take over where the old one is.
 */
public final class LiveRebuild {
    /** The largest total dimension rebuilt on every value of a drag; bigger systems rebuild on release. */
    public static final int MAX_DIMENSION = 64;

    private LiveRebuild() {
    }

    /**
     * @param index  the grid index shown when the value came (the frames are computed up to it)
     * @param source the file the preset came from, or null
     */
    public record Request(Parameter parameter, double value, Path source, String name, int index) {
        String where() {
            return source == null ? name : source.toString();
        }
    }

    /**
     * A session with its frames up to the request's index, or the one-line reason there is none.
     *
     * @param nanos how long the rebuild took on its thread (validation, evolver, frames)
     */
    public record Result(Request request, Session session, PlayedFrames played, String problem, long nanos) {
        public boolean failed() {
            return problem != null;
        }
    }

    /** Never throws: a value the reader refuses, or an evolver that fails, is the result's problem. */
    public static Result run(Request request) {
        long start = System.nanoTime();
        Result made = build(request);
        return new Result(request, made.session(), made.played(), made.problem(), System.nanoTime() - start);
    }

    private static Result build(Request request) {
        ParameterCommit.Result commit = ParameterCommit.commit(request.parameter(), request.value(), request.where());
        if (commit.problem() != null) {
            return new Result(request, null, null, commit.problem(), 0);
        }
        Preset preset = commit.preset();
        try {
            TimeGrid grid = TimeGrid.of(preset);
            Evolver evolver = Evolvers.create(preset, request.where(), SetupProgress.NONE);
            PlayedFrames played = PlayedFrames.compute(evolver, grid, request.index());
            return new Result(request, new Session(preset, evolver, request.source()), played, null, 0);
        } catch (PresetException e) {
            return new Result(request, null, null, e.getMessage(), 0);
        } catch (IllegalArgumentException e) {
            return new Result(request, null, null, request.where() + ": $.time: " + e.getMessage(), 0);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Result(request, null, null, request.where() + ": " + reason, 0);
        }
    }

    /**
     * Whether {@code preset} is small enough to rebuild on every value of a drag: a total dimension
     * (dA dB closed, d of A open, the medium's in an engine, the cells of both bodies classically)
     * of at most {@link #MAX_DIMENSION}.
     */
    public static boolean allowsLive(Preset preset) {
        return dimension(preset) <= MAX_DIMENSION;
    }

    static long dimension(Preset preset) {
        if (preset.mode() == Mode.CLASSICAL) {
            return (long) preset.classical().bodyA().cells() + preset.classical().bodyB().cells();
        }
        if (preset.mode() == Mode.ENGINE) {
            return preset.engine().medium().dimension();
        }
        if (preset.mode() == Mode.OPEN) {
            return preset.subsystemA().dimension();
        }
        return (long) preset.subsystemA().dimension() * preset.subsystemB().dimension();
    }
}
