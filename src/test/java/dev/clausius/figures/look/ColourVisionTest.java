package dev.clausius.figures.look;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CVD simulation and CIEDE2000 against published data and identities. */
class ColourVisionTest {

    /**
     * Pairs of Sharma, Wu &amp; Dalal (2005), Table 1 (their pair numbers in the comments), given to
     * four decimals: the hue wrap-around, the mean-hue branch and the large differences.
     */
    @ParameterizedTest
    @CsvSource({
            "50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425",    // 1
            "50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615",    // 2
            "50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000",   // 4
            "50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669",       // 7
            "50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792",      // 9
            "50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492",    // 17
            "50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977",     // 18
            "50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030",    // 19
            "50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535",     // 20
            "60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644",  // 25
            "22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373",  // 29
            "2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082"        // 34
    })
    void deltaE2000MatchesSharmaWuDalal(double l1, double a1, double b1, double l2, double a2, double b2, double expected) {
        assertEquals(expected, ColourVision.deltaE2000(new double[] {l1, a1, b1}, new double[] {l2, a2, b2}), 1e-4);
        // symmetric, as the formula is
        assertEquals(expected, ColourVision.deltaE2000(new double[] {l2, a2, b2}, new double[] {l1, a1, b1}), 1e-4);
    }

    @Test
    void labOfWhiteBlackAndSrgbPrimaries() {
        double[] white = ColourVision.lab(Color.WHITE);
        assertEquals(100, white[0], 1e-3);
        assertEquals(0, white[1], 1e-2);
        assertEquals(0, white[2], 1e-2);
        assertEquals(0, ColourVision.lab(Color.BLACK)[0], 1e-9);
        // sRGB red in CIELAB D65: L* 53.24, a* 80.09, b* 67.20 (IEC 61966-2-1 primaries)
        double[] red = ColourVision.lab(Color.RED);
        assertEquals(53.24, red[0], 0.01);
        assertEquals(80.09, red[1], 0.02);
        assertEquals(67.20, red[2], 0.02);
    }

    @Test
    void greysLookTheSameToEveryEye() {
        // each Machado et al. row sums to 1, so an achromatic colour maps to itself
        for (ColourVision vision : ColourVision.values()) {
            for (int level : new int[] {0, 0x55, 0x80, 0xDD, 255}) {
                Color grey = new Color(level, level, level);
                assertTrue(vision.difference(grey, grey) < 1e-9);
                assertTrue(ColourVision.deltaE2000(ColourVision.lab(grey), ColourVision.lab(vision.simulate(grey))) < 0.6,
                        vision + " moves grey " + level);
            }
        }
    }

    @Test
    void eachDichromacyLosesItsOwnConfusionAxis() {
        Color red = new Color(220, 40, 40);
        Color green = new Color(40, 160, 40);
        Color blue = new Color(40, 80, 220);
        Color violet = new Color(150, 60, 220);
        // red-green confusion for protanopes and deuteranopes, not for tritanopes
        assertTrue(ColourVision.DEUTERANOPIA.difference(red, green) < ColourVision.NORMAL.difference(red, green) / 3);
        assertTrue(ColourVision.PROTANOPIA.difference(red, green) < ColourVision.NORMAL.difference(red, green) / 3);
        assertTrue(ColourVision.TRITANOPIA.difference(red, green) > ColourVision.NORMAL.difference(red, green) / 2);
        // blue-violet differ mostly in long-wave (L) excitation: protanopes lose most of it
        assertTrue(ColourVision.PROTANOPIA.difference(blue, violet) < ColourVision.NORMAL.difference(blue, violet));
        assertEquals(Color.WHITE.getRGB(), ColourVision.TRITANOPIA.simulate(Color.WHITE).getRGB());
    }
}
