package dev.clausius.preset;

import dev.clausius.preset.optional.Translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.clausius.preset.TestPresets.PRESETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shipped preset carries its name and description in German, Spanish and Persian, and every
 * shipped tour its name, description and step titles and texts (docs/translations.md). Each
 * translation states exactly the numbers of the English text: those were read off runs, so a
 * translation may format them (decimal comma, Persian digits) but never change, add or drop one.
 */
class ShippedTranslationsTest {
    private static final List<String> LANGUAGES = List.of("de", "es", "fa");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:e[-+−]?\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
    /** A piece of a formula between two left-to-right pieces: operators, no Persian letter. */
    private static final Pattern OPERATOR_ONLY = Pattern.compile("[^\\u0600-\\u06EF\\u06FA-\\u06FF]*[=+−/×<>][^\\u0600-\\u06EF\\u06FA-\\u06FF]*");

    @Test
    void everyShippedPresetIsTranslatedWithTheSameNumbers() throws PresetException {
        List<Path> files = TestPresets.jsonFiles(PRESETS).toList();
        assertEquals(15, files.size(), files.toString());
        for (Path file : files) {
            Preset preset = PresetReader.read(file);
            for (String language : LANGUAGES) {
                String where = file.getFileName() + " [" + language + "]";
                Translation translation = preset.options().translation(language)
                        .orElseThrow(() -> new AssertionError(where + ": no translation"));
                assertFalse(translation.name() == null || translation.name().isBlank(), where + ": no name");
                assertFalse(translation.description() == null || translation.description().isBlank(),
                        where + ": no description");
                assertNotEquals(preset.description(), translation.description(), where + ": not translated");
                assertEquals(numbers(preset.name()), numbers(translation.name()), where + ": the numbers of the name");
                assertEquals(numbers(preset.description()), numbers(translation.description()),
                        where + ": the numbers of the description");
            }
        }
    }

    @Test
    void everyShippedTourIsTranslatedWithTheSameNumbers() throws IOException {
        List<Path> tours = TestPresets.jsonFiles(PRESETS.resolve("tours")).toList();
        assertEquals(5, tours.size(), tours.toString());
        ObjectMapper json = new ObjectMapper();
        for (Path tour : tours) {
            JsonNode root = json.readTree(tour.toFile());
            assertTranslated(tour, "$.name", root.get("name"));
            assertTranslated(tour, "$.description", root.get("description"));
            JsonNode steps = root.get("steps");
            assertFalse(steps.isEmpty(), tour + ": no steps");
            for (int i = 0; i < steps.size(); i++) {
                assertTranslated(tour, "$.steps[" + i + "].title", steps.get(i).get("title"));
                assertTranslated(tour, "$.steps[" + i + "].text", steps.get(i).get("text"));
            }
        }
    }

    private static void assertTranslated(Path tour, String path, JsonNode field) {
        String where = tour.getFileName() + " " + path;
        assertFalse(field == null || !field.isObject(), where + ": not an object of languages");
        String english = field.path("en").asText("");
        assertFalse(english.isBlank(), where + ": no English");
        for (String language : LANGUAGES) {
            String text = field.path(language).asText("");
            assertFalse(text.isBlank(), where + ": no '" + language + "'");
            assertNotEquals(english, text, where + " [" + language + "]: not translated");
            assertEquals(numbers(english), numbers(text), where + " [" + language + "]: the numbers");
            if (!language.equals("fa")) {
                assertFalse(DECIMAL_POINT.matcher(text).find(), where + " [" + language + "]: a decimal point in " + text);
            }
        }
    }

    @Test
    void germanAndSpanishWriteTheDecimalComma() throws PresetException {
        List<Path> files = TestPresets.jsonFiles(PRESETS).toList();
        assertEquals(15, files.size(), files.toString());
        for (Path file : files) {
            Preset preset = PresetReader.read(file);
            for (String language : List.of("de", "es")) {
                Translation translation = preset.options().translation(language).orElseThrow();
                String text = translation.name() + " " + translation.description();
                Matcher point = DECIMAL_POINT.matcher(text);
                assertFalse(point.find(), () -> file.getFileName() + " [" + language + "]: a decimal point at '"
                        + text.substring(Math.max(0, point.start() - 20), point.end()) + "'");
            }
        }
    }

    @Test
    void persianFormulasKeepTheirLeftToRightOrder() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path file : TestPresets.jsonFiles(PRESETS).toList()) {
            Translation persian = PresetReader.read(file).options().translation("fa").orElseThrow();
            texts.add(persian.name());
            texts.add(persian.description());
        }
        ObjectMapper json = new ObjectMapper();
        for (Path tour : TestPresets.jsonFiles(PRESETS.resolve("tours")).toList()) {
            for (JsonNode field : json.readTree(tour.toFile()).findValues("fa")) {
                texts.add(field.asText());
            }
        }
        // 15 presets' names and descriptions, and at least a name and a description per tour
        assertTrue(texts.size() >= 15 * 2 + 5 * 2, "found " + texts.size() + " Persian texts");
        for (String text : texts) {
            assertEquals("", brokenFormula(text), "a formula that right-to-left layout reorders (start it with U+200E): " + text);
        }
        // the guard sees the reordering it is there for, and the mark that prevents it
        assertNotEquals("", brokenFormula("متناسب با ۱/tau"));
        assertEquals("", brokenFormula("متناسب با \u200e۱/tau"));
    }

    /** The first operator run that the bidi algorithm lays out right to left between two left-to-right runs, or "". */
    private static String brokenFormula(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        for (int run = 1; run + 1 < bidi.getRunCount(); run++) {
            String middle = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            boolean between = bidi.getRunLevel(run - 1) % 2 == 0 && bidi.getRunLevel(run + 1) % 2 == 0;
            if (bidi.getRunLevel(run) % 2 == 1 && between && OPERATOR_ONLY.matcher(middle).matches()) {
                return text.substring(bidi.getRunStart(run - 1), bidi.getRunLimit(run + 1));
            }
        }
        return "";
    }

    @Test
    void numbersAreComparedAcrossDigitsAndSeparators() {
        assertEquals(Set.of("0.5", "1.028", "16", "7.3e-4"), numbers("T = 0.5, S_{AB} = 1.028 (Eq. 16), 7.3e-4"));
        assertEquals(Set.of("0.5", "1.028", "16", "7.3e-4"), numbers("T = 0,5, S_{AB} = 1,028 (Eq. 16), 7,3e-4"));
        assertEquals(Set.of("0.5", "1.028", "16", "7.3e-4"), numbers("T = ۰٫۵، S_{AB} = ۱٫۰۲۸ (Eq. 16)، 7.3e-4"));
        // a list comma followed by a space is no decimal comma
        assertEquals(Set.of("0", "1", "2.5"), numbers("(energías 0, 1, 2,5)"));
        assertNotEquals(numbers("S_AB = 1.028"), numbers("S_AB = 1,082"));
    }

    /** The numbers of {@code text}, with Persian digits and decimal commas read as Western digits and points. */
    static Set<String> numbers(String text) {
        StringBuilder western = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '۰' && c <= '۹') {
                western.append((char) ('0' + (c - '۰')));
            } else if (c == '٫') {
                western.append('.');
            } else {
                western.append(c);
            }
        }
        String normalised = western.toString().replaceAll("(?<=\\d),(?=\\d)", ".");
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = NUMBER.matcher(normalised);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }
}
