package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * What the commands use from the rest of Clausius. The standard one reads real presets and builds
 * real evolvers; tests hand in doubles to check exit codes and file handling without the physics.
 */
record Backend(PresetSource presets, EvolverFactory evolvers, Explorer explorer) {

    /** Reads and checks preset files (the preset package's PresetReader). */
    interface PresetSource {
        Preset read(Path file) throws PresetException;

        /** Every problem of the file; empty means valid. */
        List<Problem> problems(Path file);
    }

    /** Builds the evolver of a preset (the dynamics package's Evolvers). */
    interface EvolverFactory {
        Evolver create(Preset preset, String source) throws PresetException;
    }

    /** Opens the desktop explorer and returns when it closes. */
    interface Explorer {
        void open(Path presetOrNull) throws Exception;
    }

    static Backend standard() {
        PresetSource reader = new PresetSource() {
            @Override
            public Preset read(Path file) throws PresetException {
                return PresetReader.read(file);
            }

            @Override
            public List<Problem> problems(Path file) {
                return PresetReader.problems(file);
            }
        };
        return new Backend(reader, Evolvers::create, new ReflectiveExplorer());
    }
}
