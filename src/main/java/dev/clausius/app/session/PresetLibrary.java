package dev.clausius.app.session;

import dev.clausius.i18n.Language;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.optional.PresetOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The presets the explorer offers: every readable file of a directory, plus files the user opened. */
public final class PresetLibrary {

    /** One entry of the list: a file and, when it reads, its name and description and their translations. */
    public record Entry(Path file, String name, String description, PresetOptions options) {
        public Entry(Path file, String name, String description) {
            this(file, name, description, PresetOptions.NONE);
        }

        /** The name and description in {@code language}, English where the file has no translation. */
        public PresetTexts texts(Language language) {
            return PresetTexts.of(name, description, options, language);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private PresetLibrary() {
    }

    /** Reads every {@code *.json} of {@code directory} (files that fail to read are left out). */
    public static List<Entry> scan(Path directory) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                entry(file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            return entries;
        }
        return entries;
    }

    public static java.util.Optional<Entry> entry(Path file) {
        try {
            Preset preset = PresetReader.read(file);
            return java.util.Optional.of(new Entry(file, preset.name(), preset.description(), preset.options()));
        } catch (PresetException e) {
            return java.util.Optional.empty();
        }
    }
}
