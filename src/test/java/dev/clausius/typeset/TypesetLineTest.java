package dev.clausius.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java2D renderer: scripts smaller and off the baseline, measured as drawn. */
class TypesetLineTest {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 40);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void aScriptIsSetSmallerAndLoweredOrRaised() {
        TypesetLine line = TypesetLine.of("S_{AB}", FONT);
        assertEquals(40f * TypesetLine.SCRIPT_SCALE, line.font(Shift.SUB).getSize2D(), 1e-6);
        assertEquals(40f, line.font(Shift.NORMAL).getSize2D(), 1e-6);
        assertEquals(40f * TypesetLine.SUB_DROP, line.baseline(Shift.SUB), 1e-6);
        assertEquals(-40f * TypesetLine.SUPER_RISE, line.baseline(Shift.SUPER), 1e-6);
        float expected = (float) (FONT.getStringBounds("S", FRC).getWidth()
                + FONT.deriveFont(40f * TypesetLine.SCRIPT_SCALE).getStringBounds("AB", FRC).getWidth());
        assertEquals(expected, line.width(FRC), 1e-3);
        // printed: a 7-unit line keeps its scripts at the smallest text, here 6 units
        assertEquals(6f, TypesetLine.of("S_{AB}", FONT.deriveFont(7f), 6f).font(Shift.SUB).getSize2D(), 1e-6);
        assertEquals(5f, TypesetLine.of("S_{AB}", FONT.deriveFont(5f), 6f).font(Shift.SUB).getSize2D(), 1e-6);
        // laid out at twice the printed size, 6 pt is 12 units: a 14-unit (7 pt) line's scripts at 12
        assertEquals(12f, TypesetLine.of("S_{AB}", FONT.deriveFont(14f), 12f).font(Shift.SUB).getSize2D(), 1e-6);
        // on screen a script stays at its scale of the line
        assertEquals(7f * TypesetLine.SCRIPT_SCALE,
                TypesetLine.of("S_{AB}", FONT.deriveFont(7f)).font(Shift.SUB).getSize2D(), 1e-6);
        assertTrue(line.descent(FRC) > FONT.getLineMetrics("Hg", FRC).getDescent(), "a subscript reaches lower");
        assertTrue(TypesetLine.of("x^{2}", FONT).ascent(FRC) >= FONT.getLineMetrics("Hg", FRC).getAscent());
    }

    @Test
    void theSubscriptsInkSitsBelowTheBaselineOfItsSymbol() {
        // "S" then "AB" lowered: AB's ink reaches further below the baseline than S's, which sits on it
        int[] rows = inkRows(TypesetLine.of("S_{AB}", FONT), 10, 60);
        int[] symbolOnly = inkRows(TypesetLine.of("S", FONT), 10, 60);
        assertTrue(symbolOnly[1] <= 61, "S stands on the baseline: " + symbolOnly[1]);
        assertEquals(60 + 40 * TypesetLine.SUB_DROP, rows[1], 2.0, "AB's baseline is dropped by a quarter size");
        assertTrue(rows[0] >= symbolOnly[0] - 1, "nothing rises above the S");
    }

    @Test
    void wrappingBreaksAtSpacesAndKeepsScriptsWithTheirWord() {
        TypesetLine line = TypesetLine.of("Σ = ΔS_{A} − Q_{A}/T_{B} with T_{B} the bath", FONT);
        List<TypesetLine> lines = line.wrap(TypesetLine.of("Σ = ΔS_{A} − Q_{A}/T_{B}", FONT).width(FRC) + 1, FRC);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(Markup.parse("Σ = ΔS_{A} − Q_{A}/T_{B}"), lines.get(0).runs());
        assertEquals(Markup.parse("with T_{B} the bath"), lines.get(1).runs());
    }

    @Test
    void theAttributedLabelIsOneCharacterDrawnByTheTypesetLine() {
        AttributedString text = TypesetGraphic.attributed("ΔE_{V}/T_{B}", FONT, 0f);
        AttributedCharacterIterator it = text.getIterator();
        assertEquals(1, it.getEndIndex());
        TypesetGraphic graphic = (TypesetGraphic) it.getAttribute(TextAttribute.CHAR_REPLACEMENT);
        assertEquals(Markup.parse("ΔE_{V}/T_{B}"), graphic.line().runs());
        // laid out by TextLayout (as JFreeChart's axes do), it measures as the typeset line
        TextLayout layout = new TextLayout(text.getIterator(), FRC);
        assertEquals(graphic.line().width(FRC), layout.getAdvance(), 0.5);
        assertEquals(graphic.line().descent(FRC), layout.getDescent(), 0.5);
    }

    /** The first and last rows with ink of {@code line} drawn with its baseline at (x, y). */
    private static int[] inkRows(TypesetLine line, int x, int y) {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        line.draw(g, x, y);
        g.dispose();
        int first = -1;
        int last = -1;
        for (int row = 0; row < image.getHeight(); row++) {
            for (int col = 0; col < image.getWidth(); col++) {
                if ((image.getRGB(col, row) & 0xFF) < 128) {
                    first = first < 0 ? row : first;
                    last = row;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
