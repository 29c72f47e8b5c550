package dev.clausius.figures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gap rule of a ratio y = dQ/dS (Eq. 17) on analytic cases: it breaks where |y| passes through
 * infinity (dS changes sign, dQ does not) and nowhere else, in particular not at a removable 0/0.
 */
class DivergencesTest {
    private static final double DT = 0.1;
    private static final int COUNT = 51; // t = 0 .. 5
    /** Between the grid points t = 2.1 and 2.2, nearer to 2.1. */
    private static final double T0 = 2.13;

    private static double time(int k) {
        return k * DT;
    }

    @Test
    void aRealPoleBreaksTheCurveAtTheFrameNearestToItAndNowhereElse() {
        // y = a/(t - t0) with dQ = a of fixed sign and dS = t - t0
        double a = 0.3;
        double[] heat = new double[COUNT];
        double[] entropy = new double[COUNT];
        double[] y = new double[COUNT];
        for (int k = 0; k < COUNT; k++) {
            heat[k] = a;
            entropy[k] = time(k) - T0;
            y[k] = a / (time(k) - T0);
        }
        Divergences.breakAtPoles(y, heat, entropy, COUNT, 100);
        int nearest = 21; // t = 2.1, |t - t0| = 0.03 (2.2 is 0.07 away)
        for (int k = 0; k < COUNT; k++) {
            if (k == nearest) {
                assertTrue(Double.isNaN(y[k]), "the pole between t = 2.1 and 2.2 is a gap at 2.1");
            } else {
                assertEquals(a / (time(k) - T0), y[k], 1e-15, "t = " + time(k));
            }
        }
        // the two frames that stay jump from -10 to +4.3: the line is broken between them
        assertTrue(y[nearest - 1] < 0 && y[nearest + 1] > 0);
    }

    @Test
    void aPoleWhoseNeighboursAreBothBeyondTheCapLeavesBothAsGaps() {
        double[] heat = {1, 1, 1, 1};
        double[] entropy = {0.5, 0.001, -0.002, -0.5};
        double[] y = {2, 1000, -500, -2};
        Divergences.breakAtPoles(y, heat, entropy, 4, 100);
        assertEquals(2, y[0]);
        assertTrue(Double.isNaN(y[1]) && Double.isNaN(y[2]));
        assertEquals(-2, y[3]);
    }

    @Test
    void aRemovableZeroWhereHeatAndEntropyRatesVanishTogetherIsDrawnThrough() {
        // dQ = T(t) c (t - t0) and dS = c (t - t0): y = T(t) = 1 + 0.1 t, finite through t0
        double c = 1e-3;
        double[] heat = new double[COUNT];
        double[] entropy = new double[COUNT];
        double[] y = new double[COUNT];
        for (int k = 0; k < COUNT; k++) {
            double temperature = 1 + 0.1 * time(k);
            entropy[k] = c * (time(k) - T0);
            heat[k] = temperature * entropy[k];
            y[k] = heat[k] / entropy[k];
        }
        Divergences.breakAtPoles(y, heat, entropy, COUNT, 100);
        for (int k = 0; k < COUNT; k++) {
            assertFalse(Double.isNaN(y[k]), "t = " + time(k));
            assertEquals(1 + 0.1 * time(k), y[k], 1e-12, "t = " + time(k));
        }
    }

    @Test
    void aRemovableZeroOfANegativeTemperatureIsDrawnThroughToo() {
        // a population inversion: dQ = -2 dS, y = -2 on both sides of the common zero
        double[] entropy = {0.2, 0.1, -0.1, -0.2};
        double[] heat = {-0.4, -0.2, 0.2, 0.4};
        double[] y = {-2, -2, -2, -2};
        Divergences.breakAtPoles(y, heat, entropy, 4, 100);
        assertEquals(-2, y[1]);
        assertEquals(-2, y[2]);
    }

    @Test
    void withoutRatesOnlyTheCapApplies() {
        double[] y = {1, 200, -1, -300};
        Divergences.breakAtPoles(y, null, null, 4, 100);
        assertEquals(1, y[0]);
        assertTrue(Double.isNaN(y[1]));
        assertEquals(-1, y[2]);
        assertTrue(Double.isNaN(y[3]));
    }

    @Test
    void aDenominatorWithoutItsNumeratorIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Divergences.breakAtPoles(new double[2], null, new double[2], 2, 100));
    }
}
