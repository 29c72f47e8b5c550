package dev.clausius.figures.scene;

import dev.clausius.figures.look.ColourVision;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 part 4 for the scene: its heat arrow, bond and entropy-budget bars stay apart for normal
 * vision and each dichromacy, and stand out from the white they are drawn on (the thresholds of
 * PaletteVisionTest: ΔE00 ≥ 10 between two elements, ≥ 20 against the background).
 */
class SceneColoursTest {

    @Test
    void theScenesElementsStayApartForEveryVision() {
        List<Color> colours = ScenePlot.elementColours();
        assertEquals(5, colours.size());
        StringBuilder table = new StringBuilder("| scene | normal and projector");
        for (ColourVision vision : ColourVision.values()) {
            double between = Double.POSITIVE_INFINITY;
            double background = Double.POSITIVE_INFINITY;
            for (int i = 0; i < colours.size(); i++) {
                background = Math.min(background, vision.difference(colours.get(i), Color.WHITE));
                for (int j = i + 1; j < colours.size(); j++) {
                    between = Math.min(between, vision.difference(colours.get(i), colours.get(j)));
                }
            }
            table.append(String.format(" | %.1f / %.1f", between, background));
            assertTrue(between >= 10, vision + ": two scene elements ΔE00 " + between);
            assertTrue(background >= 20, vision + ": a scene element on white ΔE00 " + background);
        }
        System.out.println(table.append(" |"));
    }
}
