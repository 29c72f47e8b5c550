package dev.clausius.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.clausius.typeset.TypesetLine;

/**
 * The fonts every figure is set in, shipped in the jar (resources {@code dev/clausius/fonts}, SIL
 * OFL 1.1, see LICENSE.txt there): Clausius Sans and Clausius Serif, Liberation Sans and Serif with
 * the few glyphs they lack taken from DejaVu, and Clausius Sans Arabic (Noto Sans Arabic) for Persian words. Registered with Java2D on first use, so the explorer's
 * charts, PNGs, SVGs and PDFs draw the same glyphs on every OS, and PDFs embed the very files.
 */
public final class FigureFonts {
    /** Arial-metric sans: the explorer's charts, the default export and Nature's style. */
    public static final String SANS = "Clausius Sans";
    /** Times-metric serif: the APS and IEEE styles. */
    public static final String SERIF = "Clausius Serif";
    /**
     * Clausius Sans Arabic, Noto Sans Arabic (SIL OFL 1.1) with an empty .notdef and a shorter line
     * height: Persian words, which the Liberation-based fonts have no glyphs for; it maps the
     * zero-width non-joiner and the direction marks to empty glyphs.
     */
    public static final String ARABIC = TypesetLine.SCRIPT_FALLBACK;

    /** One font file: its family and Java2D style (PLAIN, BOLD or ITALIC). */
    public record Face(String family, int style, String resource) {
        /** Opens the TrueType file (the caller closes it). */
        public InputStream open() {
            InputStream in = FigureFonts.class.getResourceAsStream("/dev/clausius/fonts/" + resource);
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the jar");
            }
            return in;
        }
    }

    private static final List<Face> FACES = List.of(
            new Face(SANS, Font.PLAIN, "ClausiusSans-Regular.ttf"),
            new Face(SANS, Font.BOLD, "ClausiusSans-Bold.ttf"),
            new Face(SANS, Font.ITALIC, "ClausiusSans-Italic.ttf"),
            new Face(SERIF, Font.PLAIN, "ClausiusSerif-Regular.ttf"),
            new Face(SERIF, Font.BOLD, "ClausiusSerif-Bold.ttf"),
            new Face(SERIF, Font.ITALIC, "ClausiusSerif-Italic.ttf"));

    /** The Arabic-script faces (no italic: Persian is not set in italics). */
    private static final List<Face> ARABIC_FACES = List.of(
            new Face(ARABIC, Font.PLAIN, "ClausiusSansArabic-Regular.ttf"),
            new Face(ARABIC, Font.BOLD, "ClausiusSansArabic-Bold.ttf"));

    /** The fonts, created and registered once, on first use (the holder idiom: no mutable state). */
    private static final class Registered {
        static final List<Font> FONTS = register();
    }

    private FigureFonts() {
    }

    /** Every shipped font file. */
    public static List<Face> faces() {
        return FACES;
    }

    /**
     * The shipped face for a family and style: SERIF, and Java's logical serif fonts, give Clausius
     * Serif, everything else Clausius Sans; bold wins over italic (no bold-italic file is shipped).
     */
    public static Face face(String family, int style) {
        String shipped = isSerif(family) ? SERIF : SANS;
        int shippedStyle = (style & Font.BOLD) != 0 ? Font.BOLD : (style & Font.ITALIC) != 0 ? Font.ITALIC : Font.PLAIN;
        return FACES.stream().filter(f -> f.family().equals(shipped) && f.style() == shippedStyle).findFirst()
                .orElseThrow();
    }

    /** A font of a shipped family, registered before it is asked for, so Java2D resolves it to the file. */
    public static Font font(String family, int style, float size) {
        registered();
        return new Font(face(family, style).family(), style, 1).deriveFont(size);
    }

    /** The shipped fonts as Java2D fonts of size 1, in {@link #faces()} order (registering them first). */
    public static List<Font> registered() {
        return Registered.FONTS.subList(0, FACES.size());
    }

    /** The Arabic-script font files, regular and bold. */
    public static List<Face> arabicFaces() {
        return ARABIC_FACES;
    }

    /** The shipped Arabic-script face of a style: bold, or regular for every other style. */
    public static Face arabicFace(int style) {
        return ARABIC_FACES.get((style & Font.BOLD) != 0 ? 1 : 0);
    }

    /** The Arabic-script fonts as Java2D fonts of size 1, in {@link #arabicFaces()} order (registered first). */
    public static List<Font> registeredArabic() {
        return Registered.FONTS.subList(FACES.size(), Registered.FONTS.size());
    }

    /**
     * A CSS font-family list for SVG: the shipped family first, then the fonts it was made from
     * and their metric twins, then the generic family, so a viewer without the font sets the figure
     * in nearly the same widths (Persian words: the shipped Arabic face, the Noto it was made from, other fonts with Arabic script).
     */
    public static String cssFamilies(String family) {
        if (ARABIC.equalsIgnoreCase(family == null ? "" : family.strip())) {
            return "'" + ARABIC + "', 'Noto Sans Arabic', Tahoma, 'DejaVu Sans', sans-serif";
        }
        return isSerif(family)
                ? "'" + SERIF + "', 'Liberation Serif', 'Times New Roman', Times, serif"
                : "'" + SANS + "', 'Liberation Sans', Arial, Helvetica, sans-serif";
    }

    private static boolean isSerif(String family) {
        String f = family == null ? "" : family.toLowerCase(Locale.ROOT);
        return f.equals(SERIF.toLowerCase(Locale.ROOT)) || f.equals("serif") || f.startsWith("times");
    }

    private static List<Font> register() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        return Stream.concat(FACES.stream(), ARABIC_FACES.stream()).map(face -> {
            try (InputStream in = face.open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                // false when a font of that name is installed already: then that one is used
                environment.registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + face.resource(), e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + face.resource() + " is not TrueType", e);
            }
        }).toList();
    }
}
