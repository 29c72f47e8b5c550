package dev.clausius.app.session;

import dev.clausius.i18n.Language;
import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The remembered language and the preset's translated name and description. */
class LanguageMemoryTest {
    @TempDir
    Path settings;

    @Test
    void aChoiceIsRecalledAndTheOrderIsPropertyThenMemoryThenSystem() {
        LanguageMemory memory = new LanguageMemory(settings.resolve("not-yet"));
        assertEquals(Optional.empty(), memory.recall());
        assertEquals(Language.GERMAN, memory.startLanguage(null, Locale.GERMANY));
        memory.remember(Language.SPANISH);
        assertEquals(Optional.of("es"), new LanguageMemory(settings.resolve("not-yet")).recall());
        assertEquals(Language.SPANISH, memory.startLanguage(null, Locale.GERMANY));
        assertEquals(Language.PERSIAN, memory.startLanguage("fa_IR", Locale.GERMANY));
        // a property naming no language of ours is passed over, as if unset
        assertEquals(Language.SPANISH, memory.startLanguage("xx", Locale.GERMANY));
    }

    @Test
    void anUnreadableMemoryIsNoMemory() throws Exception {
        Files.writeString(settings.resolve(LanguageMemory.FILE), "language=\\u00");
        assertEquals(Optional.empty(), new LanguageMemory(settings).recall());
        assertEquals(Language.ENGLISH, new LanguageMemory(settings).startLanguage(null, Locale.US));
    }

    @Test
    void aPresetSpeaksItsTranslationAndFallsBackToEnglish() {
        PresetOptions options = new PresetOptions(Map.of(), Map.of(
                "de", new Translation("Resonante Qubits: Wärmetausch", "Zwei Qubits tauschen Energie."),
                "fa", new Translation("کیوبیت‌های تشدیدی", null)));
        String name = "Resonant qubits: heat swap";
        String description = "Two qubits swap energy.";
        assertEquals(new PresetTexts("Resonante Qubits: Wärmetausch", "Zwei Qubits tauschen Energie."),
                PresetTexts.of(name, description, options, Language.GERMAN));
        // a translation without a description keeps the English one
        assertEquals(new PresetTexts("کیوبیت‌های تشدیدی", description), PresetTexts.of(name, description, options, Language.PERSIAN));
        assertEquals(new PresetTexts(name, description), PresetTexts.of(name, description, options, Language.SPANISH));
        assertEquals(new PresetTexts(name, ""), PresetTexts.of(name, null, PresetOptions.NONE, Language.ENGLISH));
        PresetLibrary.Entry entry = new PresetLibrary.Entry(Path.of("r.json"), name, description, options);
        assertEquals("Resonante Qubits: Wärmetausch", entry.texts(Language.GERMAN).name());
        assertEquals(name, entry.toString());
    }
}
