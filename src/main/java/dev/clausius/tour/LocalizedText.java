package dev.clausius.tour;

import dev.clausius.i18n.Language;
import dev.clausius.preset.JsonCursor;
import dev.clausius.preset.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tour's text in several languages: a plain string is English; an object
 * {@code {"en": "...", "de": "...", "es": "...", "fa": "..."}} keyed by ISO 639-1 code gives the
 * others, English required. A teacher adds a language by adding its key; nothing else changes.
 *
 * @param texts the text by language code, English ("en") always present
 */
public record LocalizedText(Map<String, String> texts) {

    public static final String ENGLISH = Language.ENGLISH.tag();
    /** A lower-case ISO 639-1 code: two letters. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2}");

    public LocalizedText {
        texts = Map.copyOf(texts);
        if (!texts.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("a text needs its English (\"en\"): " + texts.keySet());
        }
    }

    /** English only. */
    public static LocalizedText of(String english) {
        return new LocalizedText(Map.of(ENGLISH, english));
    }

    public String english() {
        return texts.get(ENGLISH);
    }

    /** The text in {@code language}, or the English one when this text has none in it. */
    public String in(Language language) {
        return texts.getOrDefault(language.tag(), english());
    }

    /** Whether the text is given in {@code language} (not only by falling back to English). */
    public boolean has(Language language) {
        return texts.containsKey(language.tag());
    }

    @Override
    public String toString() {
        return english();
    }

    /**
     * Reads a required text field: a non-empty string, or an object of non-empty strings keyed by
     * language code with "en" among them; problems go to the cursor's list (null returned), and
     * each of the explorer's languages the object lacks is added to {@code warnings}.
     */
    static LocalizedText read(JsonCursor field, List<Problem> warnings) {
        if (!field.require()) {
            return null;
        }
        if (field.isString()) {
            String english = TourReader.nonEmpty(field);
            missing(field, Map.of(ENGLISH, ""), warnings);
            return english == null || english.isBlank() ? null : of(english);
        }
        if (!field.isObject()) {
            field.problem("must be a text, or an object of texts by language {\"en\": \"...\", \"de\": \"...\"}, got "
                    + field.got());
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String code : field.fieldNames()) {
            JsonCursor entry = field.field(code);
            if (!CODE.matcher(code).matches()) {
                entry.problem("not a language code: use the two lower-case letters of ISO 639-1 (en, de, es, fa, fr, ...)");
                continue;
            }
            String text = TourReader.nonEmpty(entry);
            if (text != null && !text.isBlank()) {
                texts.put(code, text);
            }
        }
        if (!field.field(ENGLISH).isPresent()) {
            field.field(ENGLISH).problem("missing the English text: \"en\" is required (the fallback of every language)");
            return null;
        }
        missing(field, texts, warnings);
        return texts.containsKey(ENGLISH) ? new LocalizedText(texts) : null;
    }

    /** One warning per text field, naming every language of the explorer the field lacks. */
    private static void missing(JsonCursor field, Map<String, String> texts, List<Problem> warnings) {
        List<String> absent = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            if (!texts.containsKey(language.tag())) {
                absent.add(language.tag());
            }
        }
        if (!absent.isEmpty()) {
            warnings.add(new Problem(field.path(), "no translation in " + String.join(", ", absent)
                    + " (the explorer shows the English text in " + (absent.size() == 1 ? "that language" : "those") + ")"));
        }
    }
}
