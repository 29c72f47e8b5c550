package dev.clausius.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.typeset.TypesetLine;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the shipped Arabic-script font (Clausius Sans Arabic, from Noto Sans Arabic) is
 * registered with Java2D under its family, and has a glyph for every Persian character the app
 * shows: the Persian bundle and the Persian texts of every shipped preset and tour, the zero-width
 * non-joiner of textbook spelling and the direction marks among them, as empty zero-width glyphs.
 */
class ArabicScriptFontTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Zero-width non-joiner, left-to-right and right-to-left marks. */
    private static final int[] FORMAT_CHARACTERS = {0x200C, 0x200E, 0x200F};

    @Test
    void bothFacesAreRegisteredUnderTheFamilyTypesetLinesFallBackTo() {
        assertEquals(TypesetLine.SCRIPT_FALLBACK, FigureFonts.ARABIC);
        assertEquals(2, FigureFonts.arabicFaces().size());
        assertEquals(2, FigureFonts.registeredArabic().size());
        for (FigureFonts.Face face : FigureFonts.arabicFaces()) {
            Font byName = new Font(face.family(), face.style(), 12);
            assertEquals(FigureFonts.ARABIC, byName.getFamily(Locale.ROOT), face.resource() + " resolves by name");
            assertEquals(face.style() == Font.BOLD, byName.getFontName(Locale.ROOT).endsWith("Bold"),
                    byName.getFontName(Locale.ROOT));
        }
        assertEquals(FigureFonts.arabicFace(Font.PLAIN), FigureFonts.arabicFace(Font.ITALIC), "no italic: regular");
        // a Persian word in a figure's line is set in it; a Latin one stays in the line's font
        Font line = FigureFonts.font(FigureFonts.SANS, Font.BOLD, 10f);
        Font persian = TypesetLine.fontFor("آنتروپی‌ها", line);
        assertEquals(FigureFonts.ARABIC, persian.getFamily(Locale.ROOT));
        assertEquals(Font.BOLD, persian.getStyle());
        assertEquals(10f, persian.getSize2D());
        assertEquals(line, TypesetLine.fontFor("entropy", line));
    }

    @Test
    void theJoinerControlsAndDirectionMarksAreEmptyZeroWidthGlyphs() {
        for (Font font : FigureFonts.registeredArabic()) {
            Font sized = font.deriveFont(20f);
            for (int c : FORMAT_CHARACTERS) {
                String text = new String(Character.toChars(c));
                assertTrue(sized.canDisplay(c), font.getFontName() + " maps U+" + Integer.toHexString(c));
                GlyphVector glyphs = sized.createGlyphVector(FRC, text);
                assertNotEquals(sized.getMissingGlyphCode(), glyphs.getGlyphCode(0), "U+" + Integer.toHexString(c));
                assertEquals(0.0, glyphs.getGlyphMetrics(0).getAdvance(), 1e-9, "U+" + Integer.toHexString(c) + " has no width");
                assertTrue(glyphs.getGlyphOutline(0).getBounds2D().isEmpty(), "U+" + Integer.toHexString(c) + " draws nothing");
            }
            // the glyph JavaFX falls back to for such characters (glyph 0) draws nothing either
            assertTrue(sized.createGlyphVector(FRC, new int[] {0}).getGlyphOutline(0).getBounds2D().isEmpty(),
                    font.getFontName() + ": .notdef is empty");
        }
    }

    @Test
    void everyPersianCharacterOfTheBundleThePresetsAndTheToursHasAGlyph() throws Exception {
        Set<Integer> characters = new TreeSet<>();
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/dev/clausius/i18n/messages_fa.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        assertTrue(bundle.size() > 100, "read the Persian bundle: " + bundle.size() + " keys");
        bundle.values().forEach(value -> value.toString().codePoints().forEach(characters::add));
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("presets"), Path.of("presets", "tours"))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 10, "found the shipped presets and tours: " + files);
        ObjectMapper json = new ObjectMapper();
        int persianTexts = 0;
        for (Path file : files) {
            persianTexts += collectPersian(json.readTree(file.toFile()), false, characters);
        }
        assertTrue(persianTexts >= files.size(), "every file has Persian texts: " + persianTexts);
        for (int c : FORMAT_CHARACTERS) {
            if (c != 0x200F) {
                assertTrue(characters.contains(c), "the texts use U+" + Integer.toHexString(c));
            }
        }

        List<String> missing = new ArrayList<>();
        int arabic = 0;
        for (int c : characters) {
            boolean script = Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    || Character.getType(c) == Character.FORMAT;
            if (!script) {
                continue;
            }
            arabic++;
            for (Font font : FigureFonts.registeredArabic()) {
                if (!font.canDisplay(c)) {
                    missing.add(font.getFontName() + " U+" + Integer.toHexString(c) + " " + new String(Character.toChars(c)));
                }
            }
        }
        assertTrue(arabic >= 40, "the texts are Persian: " + arabic + " Arabic-script characters");
        assertEquals(List.of(), missing);
    }

    /** Adds the characters of every text under a "fa" key; returns how many texts that was. */
    private static int collectPersian(JsonNode node, boolean persian, Set<Integer> characters) {
        if (node.isTextual()) {
            if (persian) {
                node.asText().codePoints().forEach(characters::add);
                return 1;
            }
            return 0;
        }
        int found = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                found += collectPersian(field.getValue(), persian || field.getKey().equals("fa"), characters);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                found += collectPersian(element, persian, characters);
            }
        }
        return found;
    }
}
