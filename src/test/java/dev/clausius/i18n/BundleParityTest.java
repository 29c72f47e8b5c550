package dev.clausius.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every bundle has exactly English's keys, with the same arguments, as valid patterns. */
class BundleParityTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties bundle(Language language) throws IOException {
        String name = "/dev/clausius/i18n/messages" + (language == Language.ENGLISH ? "" : "_" + language.tag())
                + ".properties";
        try (InputStream in = BundleParityTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing bundle " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyBundleHasExactlyTheEnglishKeys(Language language) throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Properties other = bundle(language);
        assertFalse(english.isEmpty());
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(List.of(), new ArrayList<>(missing), language + " lacks keys English has");
        assertEquals(List.of(), new ArrayList<>(extra), language + " has keys English lacks");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueIsAPatternWithEnglishsArguments(Language language) throws IOException {
        Properties english = bundle(Language.ENGLISH);
        Properties other = bundle(language);
        for (String key : other.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertFalse(value.isBlank(), language + " " + key + " is empty");
            new MessageFormat(value, language.locale());
            // a lone apostrophe would silently swallow text in MessageFormat
            assertFalse(value.replace("''", "").contains("'"), language + " " + key + ": write an apostrophe as ''");
            if (english.containsKey(key)) {
                assertEquals(arguments(english.getProperty(key)), arguments(value), language + " " + key + " arguments");
            }
        }
    }

    /** Properties keeps the last of two equal keys silently; the bundles merge by union in git, which can leave both. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void noBundleDefinesAKeyTwice(Language language) throws IOException {
        String name = "/dev/clausius/i18n/messages" + (language == Language.ENGLISH ? "" : "_" + language.tag())
                + ".properties";
        List<String> keys = new ArrayList<>();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing bundle " + name);
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                boolean entry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                if (entry) {
                    keys.add(trimmed.split("\\s*[=:]", 2)[0].strip());
                }
                continued = (entry || continued) && line.endsWith("\\") && !line.endsWith("\\\\");
            }
        }
        assertFalse(keys.isEmpty());
        TreeSet<String> twice = new TreeSet<>();
        TreeSet<String> once = new TreeSet<>();
        for (String key : keys) {
            if (!once.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), new ArrayList<>(twice), language + " defines these keys twice");
    }

    @Test
    void textsFillArgumentsInTheLanguage() {
        assertEquals("Sprache", Texts.of(Language.GERMAN).get("menu.language"));
        assertEquals("زبان", Texts.of(Language.PERSIAN).get("menu.language"));
        assertEquals("0,663", Texts.of(Language.GERMAN).number(0.66284, 3));
        assertEquals("0.663", Texts.english().number(0.66284, 3));
        assertEquals("۰٫۶۶۳", Texts.of(Language.PERSIAN).number(0.66284, 3));
    }

    @Test
    void theLanguageFollowsPropertyThenMemoryThenSystem() {
        assertEquals(Language.GERMAN, Language.chosen("de", "fa", java.util.Locale.US));
        assertEquals(Language.PERSIAN, Language.chosen(null, "fa", java.util.Locale.US));
        assertEquals(Language.SPANISH, Language.chosen("", null, java.util.Locale.forLanguageTag("es-MX")));
        assertEquals(Language.ENGLISH, Language.chosen("xx", null, java.util.Locale.JAPAN));
        assertTrue(Language.PERSIAN.rightToLeft());
    }

    private static TreeSet<String> arguments(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
