package dev.clausius.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import dev.clausius.figures.FigureFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text of a PDF figure in the shipped fonts, embedded and subset: every Java2D font drawn maps to
 * the {@link FigureFonts} file of its family and style (a logical font such as SansSerif or Dialog
 * to Clausius Sans), never to one of the 14 standard PDF fonts, which a reader has to substitute
 * and journals' checks refuse. Text a shipped font has no glyph for is drawn as outlines.
 * One drawer per document: it holds that document's loaded fonts.
 */
final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final Map<FigureFonts.Face, PDFont> loaded = new HashMap<>();

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        FigureFonts.Face face = FigureFonts.face(font.getFamily(), font.getStyle());
        PDFont pdf = loaded.get(face);
        if (pdf == null) {
            pdf = load(env.getDocument(), face);
            loaded.put(face, pdf);
        }
        return pdf;
    }

    private static PDFont load(PDDocument document, FigureFonts.Face face) throws IOException {
        try (InputStream in = face.open()) {
            return PDType0Font.load(document, in, true); // true: embed only the glyphs used
        }
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        boolean shippedGlyphs = everyGlyphShipped(iterator, env.getFont());
        iterator.first();
        return shippedGlyphs && super.canDrawText(iterator, env);
    }

    /** Whether the shipped font each run maps to has a glyph for every character of the run. */
    private static boolean everyGlyphShipped(AttributedCharacterIterator iterator, Font defaultFont) {
        List<Font> shipped = FigureFonts.registered();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            Font font = iterator.getAttribute(TextAttribute.FONT) instanceof Font f ? f : defaultFont;
            FigureFonts.Face face = FigureFonts.face(font.getFamily(), font.getStyle());
            Font file = shipped.get(FigureFonts.faces().indexOf(face));
            if (!Character.isSurrogate(c) && !file.canDisplay(c)) {
                return false;
            }
        }
        return true;
    }
}
