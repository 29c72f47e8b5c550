package dev.clausius.dynamics;

import dev.clausius.dynamics.classical.ClassicalEvolver;
import dev.clausius.dynamics.engine.EngineMedia;
import dev.clausius.linalg.NativeLibraries;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.Problem;

/** Builds the evolver a preset's mode asks for. */
public final class Evolvers {
    private Evolvers() {
    }

    /**
     * Loads the native linear algebra every evolver uses, now, on the calling thread. A program
     * that also loads other native libraries on other threads (JavaFX) calls it first: see
     * {@link NativeLibraries} for the deadlock this avoids.
     */
    public static void loadNativeLibraries() {
        NativeLibraries.load();
    }

    /**
     * As {@link #loadNativeLibraries()}, and then at most {@code threads} BLAS threads for every
     * evolver after it: a program whose own threads keep cores busy (a window drawing) leaves
     * them those cores ({@link NativeLibraries#load(int)} has the measurements).
     */
    public static void loadNativeLibraries(int threads) {
        NativeLibraries.load(threads);
    }

    /**
     * The evolver for a validated preset.
     *
     * @throws PresetException where the preset is well-formed but its physics is not (a coupling
     *                         that is not Hermitian, an operator a subsystem does not have), or its
     *                         mode is not simulated by this version
     */
    public static Evolver create(Preset preset, String source) throws PresetException {
        return create(preset, source, SetupProgress.NONE);
    }

    /** As {@link #create(Preset, String)}, reporting a closed system's one-time setup to {@code progress}. */
    public static Evolver create(Preset preset, String source, SetupProgress progress) throws PresetException {
        if (preset.mode() == Mode.OPEN) {
            return new OpenEvolver(OpenSystem.of(preset, source), preset.time().dt());
        }
        if (preset.mode() == Mode.ENGINE) {
            return EngineMedia.evolver(preset.engine());
        }
        if (preset.mode() == Mode.CLASSICAL) {
            return new ClassicalEvolver(preset);
        }
        if (preset.mode() != Mode.CLOSED) {
            throw new PresetException(source, new Problem("$.mode",
                    "mode \"" + preset.mode().jsonName() + "\" validates but is not simulated by this version yet"));
        }
        return new ClosedEvolver(PresetSystems.bipartite(preset, source), progress);
    }
}
