package dev.clausius.dynamics;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import java.nio.file.Path;

/** The open-mode presets of presets/ and their evolvers, for the open-mode tests. */
final class OpenPresets {
    static final String[] NAMES = {"lindblad-qubit", "lindblad-oscillator", "davies-qutrit"};

    private OpenPresets() {
    }

    static Preset preset(String name) throws Exception {
        return PresetReader.read(Path.of("presets", name + ".json"));
    }

    static OpenEvolver evolver(String name) throws Exception {
        return (OpenEvolver) Evolvers.create(preset(name), name);
    }

    static TimeGrid grid(String name) throws Exception {
        Preset preset = preset(name);
        return new TimeGrid(preset.time().dt(), preset.time().end());
    }
}
