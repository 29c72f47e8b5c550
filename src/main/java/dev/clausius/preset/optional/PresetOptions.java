package dev.clausius.preset.optional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A preset's optional fields that change no result: the sliders' {@code ranges}, keyed by JSON
 * path ({@code "$.coupling[0].g"}), and the {@code translations} of its name and description,
 * keyed by ISO 639-1 code. Kept with the preset so that saving an edited preset keeps them.
 */
public record PresetOptions(Map<String, SliderRange> ranges, Map<String, Translation> translations) {
    public static final PresetOptions NONE = new PresetOptions(Map.of(), Map.of());

    public PresetOptions {
        ranges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        translations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    /** The slider span the preset gives for {@code path}, if any. */
    public Optional<SliderRange> range(String path) {
        return Optional.ofNullable(ranges.get(path));
    }

    /** The translation into {@code language} (ISO 639-1), if the preset has one. */
    public Optional<Translation> translation(String language) {
        return Optional.ofNullable(translations.get(language));
    }

    public boolean isEmpty() {
        return ranges.isEmpty() && translations.isEmpty();
    }
}
