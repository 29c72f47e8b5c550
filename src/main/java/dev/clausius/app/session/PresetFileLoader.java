package dev.clausius.app.session;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;

import java.nio.file.Path;

/** The explorer's real loader: the preset reader, then the evolver for the preset's mode. */
public final class PresetFileLoader implements SessionLoader {

    @Override
    public Session open(Path presetFile) throws PresetException {
        return open(presetFile, SetupProgress.NONE);
    }

    @Override
    public Session open(Path presetFile, SetupProgress progress) throws PresetException {
        Preset preset = PresetReader.read(presetFile);
        return new Session(preset, Evolvers.create(preset, presetFile.toString(), progress), presetFile);
    }
}
