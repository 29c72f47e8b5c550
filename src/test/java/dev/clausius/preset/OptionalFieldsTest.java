package dev.clausius.preset;

import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.SliderRange;
import dev.clausius.preset.optional.Translation;
import dev.clausius.preset.write.PresetWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.OPEN;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static dev.clausius.preset.TestPresets.assertValid;
import static dev.clausius.preset.TestPresets.problems;
import static dev.clausius.preset.TestPresets.read;
import static dev.clausius.preset.TestPresets.set;
import static dev.clausius.preset.TestPresets.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract's optional "ranges" and "translations": accepted in every mode, checked, and changing nothing. */
class OptionalFieldsTest {
    private static final String RANGES = "{\"$.coupling[0].g\": [0, 0.2], \"temperatures.B\": [1, 4]}";
    private static final String TRANSLATIONS = "{\"de\": {\"name\": \"Resonante Qubits\", \"description\": \"Wärmetausch\"},"
            + " \"fa\": {\"name\": \"کیوبیت‌ها\"}}";

    @Test
    void validRangesAndTranslationsAreAcceptedAndChangeNothing() throws Exception {
        ObjectNode plain = tree(CLOSED);
        ObjectNode extended = set(set(tree(CLOSED), "ranges", RANGES), "translations", TRANSLATIONS);
        assertValid(problems(extended));
        // the preset keeps them (so Save keeps them), and every other part is the plain preset's
        assertEquals(read(plain), read(extended).withOptions(PresetOptions.NONE));
        assertValid(problems(set(tree(OPEN), "ranges", "{\"$.bath.gamma\": [0, 1]}")));
    }

    @Test
    void rangesAndTranslationsAreKeptAndWrittenBack() throws Exception {
        Preset extended = read(set(set(tree(CLOSED), "ranges", RANGES), "translations", TRANSLATIONS));
        assertEquals(new SliderRange(0, 0.2), extended.options().range("$.coupling[0].g").orElseThrow());
        assertEquals(new SliderRange(1, 4), extended.options().range("temperatures.B").orElseThrow());
        assertEquals(new Translation("Resonante Qubits", "Wärmetausch"), extended.options().translation("de").orElseThrow());
        assertEquals(new Translation("کیوبیت‌ها", null), extended.options().translation("fa").orElseThrow());
        assertEquals(extended, PresetReader.parse(PresetWriter.toJson(extended), "written"));
    }

    @Test
    void aRangeMustNameANumberOfThePresetAndHoldItsValue() {
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[3].g\": [0, 1]}")),
                "$.ranges[\"$.coupling[3].g\"]", "must name a number of this preset (a JSON path such as $.coupling[0].g)");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[0].A\": [0, 1]}")),
                "$.ranges[\"$.coupling[0].A\"]", "must name a number of this preset (a JSON path such as $.coupling[0].g)");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[0].g\": [0.1, 0.2]}")),
                "$.ranges[\"$.coupling[0].g\"]", "must hold the preset's value 0.05, got [0.1, 0.2]");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[0].g\": [0.2, 0]}")),
                "$.ranges[\"$.coupling[0].g\"]", "min must be less than max, got [0.2, 0]");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[0].g\": [0, 0]}")),
                "$.ranges[\"$.coupling[0].g\"]", "min must be less than max, got [0, 0]");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "{\"$.coupling[0].g\": [0]}")),
                "$.ranges[\"$.coupling[0].g\"]", "must be [min, max], two numbers, got a list");
        assertOnlyProblem(problems(set(tree(CLOSED), "ranges", "[1, 2]")),
                "$.ranges", "must be an object {\"<JSON path of a number>\": [min, max], ...}, got a list");
    }

    @Test
    void aTranslationIsAnObjectOfStringNameAndDescriptionOnly() {
        assertOnlyProblem(problems(set(tree(CLOSED), "translations", "{\"de\": \"Qubits\"}")),
                "$.translations.de", "must be an object, got string \"Qubits\"");
        assertOnlyProblem(problems(set(tree(CLOSED), "translations", "{\"de\": {\"name\": 3}}")),
                "$.translations.de.name", "must be a string, got number 3");
        assertOnlyProblem(problems(set(tree(CLOSED), "translations", "{\"es\": {\"title\": \"Cúbits\"}}")),
                "$.translations.es.title", "unknown field (expected one of: name, description)");
    }
}
