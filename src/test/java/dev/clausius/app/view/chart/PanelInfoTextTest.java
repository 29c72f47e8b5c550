package dev.clausius.app.view.chart;

import dev.clausius.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: each panel's info text in German, Spanish and Persian, loaded by language with English as
 * the fallback, and keeping every number and equation of the English (they were read off runs).
 */
class PanelInfoTextTest {
    private static final Path INFO = Path.of("src/main/resources/dev/clausius/app/view/chart/info");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** The paper's equations and figures, which every language cites as the English does. */
    private static final Pattern CITATION = Pattern.compile("Eqs?\\. \\d+(-\\d+)?|Figs?\\. \\d+b?");

    /** The panels with an English info text: the files without a language suffix. */
    private static List<String> panels() throws IOException {
        try (Stream<Path> files = Files.list(INFO)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    private static String file(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8).strip();
    }

    /** The numbers of a text, sorted, Persian digits read as Latin ones. */
    private static List<String> numbers(String text) {
        StringBuilder latin = new StringBuilder();
        for (char c : text.toCharArray()) {
            latin.append(c >= '۰' && c <= '۹' ? (char) ('0' + (c - '۰')) : c);
        }
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(latin);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    @Test
    void everyPanelHasItsTextInEveryLanguageWithTheEnglishNumbersAndEquations() throws IOException {
        List<String> panels = panels();
        assertEquals(List.of("compare", "engine", "entropies", "production", "scene", "state", "temperatures"), panels);
        for (String panel : panels) {
            String english = file(INFO.resolve(panel + ".txt"));
            assertEquals(english, PanelInfo.text(panel));
            assertEquals(english, PanelInfo.text(panel, Language.ENGLISH));
            for (Language language : List.of(Language.GERMAN, Language.SPANISH, Language.PERSIAN)) {
                Path path = INFO.resolve(panel + "_" + language.tag() + ".txt");
                assertTrue(Files.exists(path), path.toString());
                String translated = PanelInfo.text(panel, language);
                assertEquals(file(path), translated, path + " is what the panel shows");
                assertNotEquals(english, translated, path.toString());
                assertEquals(numbers(english), numbers(translated), path + ": the numbers of the English");
                assertEquals(english.split("\n\n").length, translated.split("\n\n").length, path + ": the same sections");
                Matcher citation = CITATION.matcher(english);
                while (citation.find()) {
                    assertTrue(translated.contains(citation.group()), path + " keeps " + citation.group());
                }
            }
        }
    }

    @Test
    void aLanguageWithoutItsOwnFileGetsTheEnglishText() throws IOException {
        String english = file(Path.of("src/test/resources/dev/clausius/app/view/chart/info/fallbackprobe.txt"));
        for (Language language : Language.values()) {
            assertEquals(english, PanelInfo.text("fallbackprobe", language), language.tag());
        }
    }
}
