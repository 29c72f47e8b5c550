package dev.clausius.dynamics;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;

/** Builds the evolver a preset's mode asks for. */
public final class Evolvers {
    private Evolvers() {
    }

    /**
     * The evolver for a validated preset.
     *
     * @throws PresetException where the preset is well-formed but its physics is not (a coupling
     *                         that is not Hermitian, an operator a subsystem does not have)
     */
    public static Evolver create(Preset preset, String source) throws PresetException {
        throw new UnsupportedOperationException("being written");
    }
}
