package dev.clausius.app.host;

import dev.clausius.app.session.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped presets are found from any working directory: by clausius.home (the installed app),
 * in ./presets (a developer), or beside the jar (issue 14). Property values are handed in; no
 * test sets a global system property.
 */
class ShippedPresetsTest {
    @TempDir
    Path root;

    private Path presetsIn(Path folder) throws Exception {
        Path presets = Files.createDirectories(folder.resolve("presets"));
        Files.copy(Path.of("presets", ShippedPresets.DEFAULT_PRESET), presets.resolve(ShippedPresets.DEFAULT_PRESET));
        return presets;
    }

    @Test
    void clausiusHomeComesFirst() throws Exception {
        Path home = presetsIn(root.resolve("app"));
        Path workingDirectory = presetsIn(root.resolve("cwd"));
        assertEquals(home, ShippedPresets.resolve(root.resolve("app").toString(), workingDirectory.getParent(), null));
    }

    @Test
    void aClausiusHomeWithoutPresetsFallsBackToTheWorkingDirectory() throws Exception {
        Path workingDirectory = presetsIn(root.resolve("cwd"));
        Files.createDirectories(root.resolve("empty-app"));
        assertEquals(workingDirectory,
                ShippedPresets.resolve(root.resolve("empty-app").toString(), root.resolve("cwd"), null));
        assertEquals(workingDirectory, ShippedPresets.resolve("  ", root.resolve("cwd"), null), "blank: not set");
    }

    @Test
    void startedElsewhereTheFolderBesideTheJarsFolderIsFound() throws Exception {
        // the zip: clausius-<version>-<platform>/lib/clausius.jar and clausius-<version>-<platform>/presets
        Path unpacked = root.resolve("clausius-1.0-linux-x86_64");
        Path presets = presetsIn(unpacked);
        Path jar = Files.createDirectories(unpacked.resolve("lib")).resolve("clausius.jar");
        Path elsewhere = Files.createDirectories(root.resolve("Desktop"));
        assertEquals(presets, ShippedPresets.resolve(null, elsewhere, jar));
    }

    @Test
    void startedElsewhereAPresetsFolderNextToTheJarIsFound() throws Exception {
        // jpackage's app folder (lib/app) holding the jar and presets/ side by side
        Path app = Files.createDirectories(root.resolve("Clausius/lib/app"));
        Path presets = presetsIn(app);
        assertEquals(presets, ShippedPresets.resolve(null, Files.createDirectories(root.resolve("Desktop")),
                app.resolve("clausius.jar")));
    }

    @Test
    void anUnreadableClausiusHomeIsPassedOver() throws Exception {
        Path workingDirectory = presetsIn(root.resolve("cwd"));
        assertEquals(workingDirectory, ShippedPresets.resolve("bad\0path", root.resolve("cwd"), null));
    }

    @Test
    void withNoPresetsAnywhereTheFirstPlaceLookedIsNamed() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("Desktop"));
        assertEquals(root.resolve("app/presets"), ShippedPresets.resolve(root.resolve("app").toString(), elsewhere, null));
        assertEquals(elsewhere.resolve("presets"), ShippedPresets.resolve(null, elsewhere, root.resolve("lib/x.jar")));
    }

    @Test
    void inTheRepositoryTheRelativePresetsFolderIsKept() {
        // the tests run in the repository, as `mvn javafx:run` does: file names stay short
        assertEquals(Path.of("presets"), ShippedPresets.resolve(null, Path.of(""), null));
        assertEquals(Path.of("presets", ShippedPresets.DEFAULT_PRESET), ShippedPresets.defaultPreset());
    }

    @Test
    void theLibraryListsTheShippedPresetsThroughClausiusHome() throws Exception {
        Path home = root.resolve("app");
        Path presets = presetsIn(home);
        Files.copy(Path.of("presets/otto-qubit.json"), presets.resolve("otto-qubit.json"));
        Path folder = ShippedPresets.resolve(home.toString(), Files.createDirectories(root.resolve("Desktop")), null);
        List<String> names = PresetLibrary.scan(folder).stream().map(e -> e.file().getFileName().toString()).toList();
        assertEquals(List.of("otto-qubit.json", ShippedPresets.DEFAULT_PRESET), names);
        assertTrue(Files.isRegularFile(folder.resolve(ShippedPresets.DEFAULT_PRESET)));
    }
}
