package dev.clausius.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence a user reads, in one language: the resource bundle
 * {@code dev/clausius/i18n/messages*.properties} (UTF-8). Values are {@link MessageFormat}
 * patterns, so {@code {0}} is an argument and a literal apostrophe is written twice ({@code ''}).
 * Numbers on screen follow the language's conventions; data files never go through here.
 */
public final class Texts {
    static final String BUNDLE = "dev.clausius.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        // the root bundle is English; no fallback to the JVM's default locale, whatever it is
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return new Texts(language);
    }

    /** English: the command line's language, and the fallback of every other. */
    public static Texts english() {
        return new Texts(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of {@code key} with {@code arguments} filled in; a missing key fails loudly. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for key \"" + key + "\" in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /** True if the bundles define {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** {@code value} with {@code significant} significant digits, in this language's digits and separators. */
    public String number(double value, int significant) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        double magnitude = value == 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
        int decimals = (int) Math.max(0, Math.min(12, significant - 1 - magnitude));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
