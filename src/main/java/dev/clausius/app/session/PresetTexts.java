package dev.clausius.app.session;

import dev.clausius.i18n.Language;
import dev.clausius.preset.Preset;
import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.Translation;

/**
 * A preset's name and description as the explorer shows them in {@code language}: from the
 * preset's optional {@code translations} field, falling back to its own (English) text for a
 * language it has no translation into, or a translation that leaves a field out.
 */
public record PresetTexts(String name, String description) {

    public static PresetTexts of(Preset preset, Language language) {
        return of(preset.name(), preset.description(), preset.options(), language);
    }

    public static PresetTexts of(String name, String description, PresetOptions options, Language language) {
        Translation translation = options.translation(language.tag()).orElse(null);
        String english = description == null ? "" : description;
        if (translation == null) {
            return new PresetTexts(name, english);
        }
        return new PresetTexts(given(translation.name()) ? translation.name() : name,
                given(translation.description()) ? translation.description() : english);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
