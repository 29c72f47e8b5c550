package dev.clausius.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

/**
 * The keyboard help (F1) names every key the explorer handles (ExplorerActions, KeyboardPaths,
 * ParameterSlider, TourPanel), in every language: each entry is the key as that language's
 * keyboards print it.
 */
class KeyboardHelpTest {
    private static final List<String> EVERY_LANGUAGE = List.of("F1", "F10", "+O", "+S", "+E", "+P", "+L", "+Tab", "R ");

    /** Space, Right, PageUp, PageDown, Home, End, Shift, Enter, Escape as each language names them. */
    private static final Map<Language, List<String>> NAMED = Map.of(
            Language.ENGLISH, List.of("Space", "Right", "PageUp", "PageDown", "Home", "End", "Shift+P", "Enter", "Escape",
                    "Arrows"),
            Language.GERMAN, List.of("Leertaste", "Pfeil rechts", "Bild auf", "Bild ab", "Pos1", "Ende", "Umschalt+P",
                    "Eingabe", "Esc", "Pfeiltasten"),
            Language.SPANISH, List.of("Espacio", "Flecha dcha.", "RePág", "AvPág", "Inicio", "Fin", "Mayús+P", "Intro",
                    "Esc", "Flechas"),
            Language.PERSIAN, List.of("Space", "Right", "PageUp", "PageDown", "Home", "End", "Shift+P", "Enter", "Escape",
                    "پیکان"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHelpNamesEveryKeyPath(Language language) {
        String help = Texts.of(language).get("help.keys");
        for (String key : EVERY_LANGUAGE) {
            assertTrue(help.contains(key), language + " help lacks " + key + ":\n" + help);
        }
        List<String> named = NAMED.get(language);
        assertTrue(named != null, "no key names for " + language);
        for (String key : named) {
            assertTrue(help.contains(key), language + " help lacks " + key + ":\n" + help);
        }
    }
}
