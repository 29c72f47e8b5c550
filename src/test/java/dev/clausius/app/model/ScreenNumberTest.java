package dev.clausius.app.model;

import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Invariants;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers on screen in each language's separator and digits; English exactly as before. */
class ScreenNumberTest {
    @Test
    void theStatusLineUsesTheLanguagesDecimalSeparatorAndDigits() {
        assertEquals("t = 12.50 / 100.00   60 frames/s   playing", StatusText.of(12.5, 100, 60, true, false, null));
        assertEquals("t = 12,50 / 100,00   60 Bilder/s   läuft",
                StatusText.of(Texts.of(Language.GERMAN), 12.5, 100, 60, true, false, null));
        assertTrue(StatusText.of(Texts.of(Language.SPANISH), 12.5, 100, 60, false, false, null)
                .startsWith("t = 12,50 / 100,00"));
        // Persian: Extended Arabic-Indic digits and the Arabic decimal separator U+066B
        String persian = StatusText.of(Texts.of(Language.PERSIAN), 12.5, 100, 60, false, true, null);
        assertTrue(persian.startsWith("t = ۱۲٫۵۰ / ۱۰۰٫۰۰"), persian);
        // the evolver's failure is shown as it is
        assertTrue(StatusText.of(Texts.of(Language.GERMAN), 1, 100, 0, false, false, "boom").endsWith("boom"));
    }

    @Test
    void invariantsAndAuditNumbersFollowTheLanguage() {
        Invariants bad = new Invariants(1e-6, 1e-6, -1e-6, 1e-3, 0, 1e-3, 1e-3);
        InvariantCheck minEig = InvariantCheck.ALL.get(1);
        assertEquals("min eig -1.0e-06", minEig.text(bad));
        assertEquals("min eig -1,0e-06", minEig.text(Texts.of(Language.GERMAN), bad));
        assertEquals("min eig n. v.", minEig.text(Texts.of(Language.GERMAN), Invariants.UNKNOWN));
        assertEquals("0,1235", ScreenNumber.of(Texts.of(Language.GERMAN), 0.123456));
        assertEquals("1.235e-05", ScreenNumber.of(Texts.english(), 1.23456e-5));
        assertEquals("0.5", ScreenNumber.plain(Texts.english(), 0.5));
        assertEquals("12,25", ScreenNumber.plain(Texts.of(Language.GERMAN), 12.25));
        assertEquals("۰٫۵", ScreenNumber.plain(Texts.of(Language.PERSIAN), 0.5));
        // a formula in a meaning stays as it is, in every language
        for (Language language : Language.values()) {
            assertTrue(InvariantCheck.ALL.get(2).meaning(Texts.of(language)).contains("S_{AB}"), language.tag());
            assertTrue(InvariantCheck.ALL.get(3).meaning(Texts.of(language)).contains("E_{A} + E_{B} + E_{V}"), language.tag());
        }
        assertEquals(InvariantCheck.ALL.get(0).meaning(), InvariantCheck.ALL.get(0).meaning(Texts.english()));
    }
}
