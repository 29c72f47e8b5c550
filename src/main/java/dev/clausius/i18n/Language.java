package dev.clausius.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the explorer speaks. Persian is written right to left, so the explorer mirrors
 * its layout for it (the charts' time axis stays left to right, as in printed physics).
 */
public enum Language {
    ENGLISH("en", "English", false),
    GERMAN("de", "Deutsch", false),
    SPANISH("es", "Español", false),
    PERSIAN("fa", "فارسی", true);

    /** The system property that overrides the operating system's language: {@code -Dclausius.locale=de}. */
    public static final String PROPERTY = "clausius.locale";

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code, as in a preset's {@code translations} and a tour's text fields. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of {@code tag} ("de", "de-AT", "fa_IR"), if it is one of ours. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code locale}, or English when we do not speak it. */
    public static Language of(Locale locale) {
        return ofTag(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /**
     * The language to start in: {@code -Dclausius.locale} when set to one of ours, else the
     * remembered choice, else the operating system's.
     *
     * @param property   the value of {@link #PROPERTY}, or null
     * @param remembered the language chosen in the explorer last time, or null
     */
    public static Language chosen(String property, String remembered, Locale system) {
        return ofTag(property).or(() -> ofTag(remembered)).orElse(of(system));
    }
}
