package dev.clausius.preset;

import dev.clausius.preset.syntax.PresetPaths;

import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.SliderRange;
import dev.clausius.preset.optional.Translation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional fields every mode accepts and no result depends on (docs/conventions.md):
 * {@code "ranges"}, the span a slider offers for a number of the preset, and
 * {@code "translations"}, the name and description in other languages. Only checked here.
 */
final class OptionalFields {
    static final String RANGES = "ranges";
    static final String TRANSLATIONS = "translations";
    static final List<String> NAMES = List.of(RANGES, TRANSLATIONS);

    private OptionalFields() {
    }

    static void check(JsonCursor root) {
        ranges(root.field(RANGES), root.node());
        translations(root.field(TRANSLATIONS));
    }

    /** The optional fields of a preset that {@link #check} passed. */
    static PresetOptions read(JsonNode preset) {
        Map<String, SliderRange> ranges = new LinkedHashMap<>();
        preset.path(RANGES).fields().forEachRemaining(e -> ranges.put(e.getKey(),
                new SliderRange(e.getValue().get(0).doubleValue(), e.getValue().get(1).doubleValue())));
        Map<String, Translation> translations = new LinkedHashMap<>();
        preset.path(TRANSLATIONS).fields().forEachRemaining(e -> translations.put(e.getKey(),
                new Translation(text(e.getValue().get("name")), text(e.getValue().get("description")))));
        return new PresetOptions(ranges, translations);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.textValue();
    }

    /** {"<JSON path of a number>": [min, max], ...}: min < max, and the preset's value inside. */
    private static void ranges(JsonCursor ranges, JsonNode preset) {
        if (!ranges.isPresent()) {
            return;
        }
        if (!ranges.isObject()) {
            ranges.problem("must be an object {\"<JSON path of a number>\": [min, max], ...}, got " + ranges.got());
            return;
        }
        for (String key : ranges.fieldNames()) {
            JsonCursor span = ranges.entry(key);
            JsonNode value = numberAt(preset, key);
            if (value == null) {
                span.problem("must name a number of this preset (a JSON path such as $.coupling[0].g)");
                continue;
            }
            JsonNode pair = span.node();
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                span.problem("must be [min, max], two numbers, got " + span.got());
                continue;
            }
            double min = pair.get(0).doubleValue();
            double max = pair.get(1).doubleValue();
            double current = value.doubleValue();
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                span.problem("min must be less than max, got [" + Numbers.format(min) + ", " + Numbers.format(max) + "]");
            } else if (current < min || current > max) {
                // says what is allowed, like every refusal (PresetFuzzTest)
                span.problem("must hold the preset's value " + Numbers.format(current) + ", got ["
                        + Numbers.format(min) + ", " + Numbers.format(max) + "]");
            }
        }
    }

    /** The number at {@code path}, or null when the path leads to no number ({@link PresetPaths}). */
    static JsonNode numberAt(JsonNode preset, String path) {
        return PresetPaths.numberAt(preset, path);
    }

    /** {"de": {"name": "...", "description": "..."}, ...}: each entry an object of strings, those two only. */
    private static void translations(JsonCursor translations) {
        if (!translations.isPresent()) {
            return;
        }
        if (!translations.isObject()) {
            translations.problem("must be an object {\"de\": {\"name\": \"...\", \"description\": \"...\"}, ...}, got "
                    + translations.got());
            return;
        }
        for (String language : translations.fieldNames()) {
            JsonCursor entry = translations.field(language);
            if (entry.object(List.of("name", "description"))) {
                for (String field : List.of("name", "description")) {
                    if (entry.field(field).isPresent()) {
                        entry.field(field).string();
                    }
                }
            }
        }
    }
}
