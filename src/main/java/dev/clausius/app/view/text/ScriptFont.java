package dev.clausius.app.view.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.clausius.figures.FigureFonts;
import javafx.scene.Node;
import javafx.scene.text.Font;

/**
 * The shipped Arabic-script font (Clausius Sans Arabic: Noto Sans Arabic, regular and bold) for
 * the explorer's Persian text. JavaFX on Linux draws the zero-width non-joiner of correct Persian
 * spelling ("می‌کند") as the font's .notdef glyph, a box in the system fonts; this font's .notdef
 * is empty. Loaded into JavaFX once, on first use (the holder idiom: no mutable state).
 */
public final class ScriptFont {
    /** The JavaFX family name of the loaded files. */
    public static final String FAMILY = FigureFonts.ARABIC;
    /** The inline style that sets a node and what it holds in the font (sizes and weights stay the CSS's). */
    static final String STYLE = "-fx-font-family: \"" + FAMILY + "\";";

    private static final class Loaded {
        static final List<Font> FONTS = load();
    }

    private ScriptFont() {
    }

    /** The shipped faces loaded into JavaFX, regular then bold. */
    public static List<Font> loaded() {
        return Loaded.FONTS;
    }

    /**
     * Sets {@code root} and the nodes it holds in the shipped font when the language is written right
     * to left (Persian, the only one, is in Arabic script); nodes with a family of their own (monospace readouts) keep it, and
     * Latin letters, which the font lacks, fall back to the system's fonts.
     */
    public static void apply(Node root, boolean rightToLeft) {
        if (!rightToLeft) {
            return;
        }
        loaded();
        String style = root.getStyle() == null ? "" : root.getStyle();
        if (!style.contains(STYLE)) {
            root.setStyle(style + STYLE);
        }
    }

    private static List<Font> load() {
        return FigureFonts.arabicFaces().stream().map(face -> {
            try (InputStream in = face.open()) {
                Font font = Font.loadFont(in, 13);
                if (font == null) {
                    throw new IllegalStateException("JavaFX cannot load font " + face.resource());
                }
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + face.resource(), e);
            }
        }).toList();
    }
}
