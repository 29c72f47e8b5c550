package dev.clausius.app.host;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of the presets and tours that ship with Clausius, wherever it was started from. The
 * installed app starts its JVM with {@code -D}{@value #HOME_PROPERTY}{@code =<folder holding presets/>}
 * (jpackage's {@code $APPDIR}, the zip's launch scripts their own folder); a developer's
 * {@code mvn javafx:run} or {@code java -jar target/clausius.jar} runs in the repository, where
 * {@code ./presets} is; and a jar started by hand from elsewhere finds the folder beside its own
 * directory ({@code lib/../presets}, or {@code presets} next to the jar).
 */
public final class ShippedPresets {
    public static final String HOME_PROPERTY = "clausius.home";
    static final String FOLDER = "presets";
    /** The preset the explorer opens when none is given and no session is remembered. */
    static final String DEFAULT_PRESET = "resonant-qubits.json";

    private ShippedPresets() {
    }

    /** This JVM's shipped presets folder (see the class comment for the order). */
    public static Path folder() {
        return resolve(System.getProperty(HOME_PROPERTY), Path.of(""), codeLocation());
    }

    /** The preset opened when there is nothing else to open. */
    public static Path defaultPreset() {
        return folder().resolve(DEFAULT_PRESET);
    }

    /**
     * The first of {@code <home>/presets}, {@code <working directory>/presets},
     * {@code <jar's folder>/../presets} and {@code <jar's folder>/presets} that is a folder; if
     * none is, the first of them (so a message names where presets were expected).
     *
     * @param home             the {@value #HOME_PROPERTY} property, or null
     * @param workingDirectory the working directory (the empty path for the JVM's own, which keeps file names short)
     * @param codeLocation     the jar (or classes folder) this class was loaded from, or null if unknown
     */
    static Path resolve(String home, Path workingDirectory, Path codeLocation) {
        List<Path> candidates = new ArrayList<>();
        if (home != null && !home.isBlank()) {
            try {
                candidates.add(Path.of(home.strip()).resolve(FOLDER));
            } catch (InvalidPathException e) {
                // a property this OS cannot read as a path: the other places still apply
            }
        }
        candidates.add(workingDirectory.resolve(FOLDER));
        Path codeFolder = codeLocation == null ? null : codeLocation.toAbsolutePath().getParent();
        if (codeFolder != null) {
            if (codeFolder.getParent() != null) {
                candidates.add(codeFolder.getParent().resolve(FOLDER));
            }
            candidates.add(codeFolder.resolve(FOLDER));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0)).normalize();
    }

    /** The jar or classes folder holding this class; null where the runtime does not say (a jlinked module). */
    private static Path codeLocation() {
        try {
            var source = ShippedPresets.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null; // no location: the other candidates still apply
        }
    }
}
