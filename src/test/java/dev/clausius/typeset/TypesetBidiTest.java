package dev.clausius.typeset;

import dev.clausius.figures.FigureFonts;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: Persian chart text. A line with right-to-left letters is drawn in visual order (the
 * Unicode bidi algorithm, right-to-left base), with symbols and their scripts kept as left-to-right
 * pieces, and its Persian words in a font that has them; Latin lines are drawn as before.
 */
class TypesetBidiTest {
    private static final Font SANS = FigureFonts.font(FigureFonts.SANS, Font.PLAIN, 12f);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static List<String> seen(String markup) {
        return TypesetLine.of(markup, SANS).visualOrder().stream().map(Run::text).toList();
    }

    @Test
    void aLatinLineIsItsRunsAsBefore() {
        TypesetLine line = TypesetLine.of("S_{AB} = S_{A} + S_{B} (nats)", SANS);
        assertSame(line.runs(), line.visualOrder());
    }

    @Test
    void aPersianLabelReadsFromTheRightWithItsUnitAsOneLeftToRightPiece() {
        // "entropy (nats)": "(nats)" on the left of the word. The shipped Arabic face carries the
        // brackets too: the closing bracket, alone in the right-to-left sentence, is mirrored here;
        // the opening one goes with the word, whose drawString sets it right to left (mirrored, on
        // the word's left)
        assertEquals(List.of("(", "nats", "آنتروپی ("), seen("آنتروپی (nats)"));
    }

    @Test
    void aSymbolBeforePersianWordsStaysWholeWithItsSubscript() {
        // "T_gen working medium" as a legend: read from the right, T_gen comes first; drawn left to
        // right, that is the words, a space, T and its subscript
        TypesetLine line = TypesetLine.of("T_{gen} مادهٔ کاری", SANS);
        List<Run> runs = line.visualOrder();
        assertEquals(List.of(" مادهٔ کاری", "T", "gen"), runs.stream().map(Run::text).toList());
        assertEquals(Shift.SUB, runs.get(2).shift(), "gen stays a subscript");
    }

    @Test
    void aFormulaEmbeddedLeftToRightKeepsItsOrderInAPersianSentence() {
        // "full arrow width: |dQ_A/dt| = ۰٫۲", the formula as the figures embed it (LRE ... PDF)
        List<String> seen = seen("پهنای کامل پیکان: \u202A|dQ_{A}/dt| = \u202A۰٫۲\u202C\u202C");
        String visual = String.join("", seen).replaceAll("[\u202A-\u202C]", "");
        assertEquals("|dQA/dt| = ۰٫۲پهنای کامل پیکان: ", visual);
    }

    @Test
    void persianWordsAreSetInAFontThatIsNotTheShippedOneAndLatinInTheShipped() {
        assertSame(SANS, TypesetLine.fontFor("S_AB = 0.5", SANS));
        Font persian = TypesetLine.fontFor("آنتروپی", SANS);
        assertNotEquals(SANS.getFamily(), persian.getFamily());
        assertEquals(SANS.getSize2D(), persian.getSize2D());
        assertTrue(SANS.canDisplayUpTo("آنتروپی") >= 0, "the shipped font has no Arabic script");
    }

    @Test
    void aLineIsAsWideAsThePiecesItDraws() {
        TypesetLine line = TypesetLine.of("T_{hot} = \u202A۰٫۵\u202C مادهٔ کاری", SANS);
        double pieces = line.visualOrder().stream()
                .mapToDouble(r -> TypesetLine.fontFor(r.text(), line.font(r.shift())).getStringBounds(r.text(), CONTEXT).getWidth())
                .sum();
        assertEquals(pieces, line.width(CONTEXT), 1e-4);
    }
}
