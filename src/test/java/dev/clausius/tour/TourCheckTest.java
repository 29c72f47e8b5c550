package dev.clausius.tour;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparisons of a tour step's claim, on hand-made frames and cycles. */
class TourCheckTest {

    /** A closed-mode frame with the given t, I(A:B), S_A rate and heat rate; everything else zero. */
    private static Frame frame(double t, double mutualInformation, double entropyRate, double heatRate) {
        return new Frame(t, 0, 0, 0, -mutualInformation, mutualInformation, 0, 0, 0, 0, 0, entropyRate, heatRate,
                0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void belowAboveAndNearWithTheirTolerance() {
        assertTrue(new TourCheck("I_AB", TourCheck.Relation.BELOW, 1e-9, 0, false).admits(5e-10));
        assertFalse(new TourCheck("I_AB", TourCheck.Relation.BELOW, 1e-9, 0, false).admits(2e-9));
        assertTrue(new TourCheck("x", TourCheck.Relation.ABOVE, 0, 1e-12, false).admits(-5e-13));
        assertFalse(new TourCheck("x", TourCheck.Relation.ABOVE, 0, 1e-12, false).admits(-2e-12));
        assertTrue(new TourCheck("x", TourCheck.Relation.NEAR, 0.5, 1e-6, false).admits(0.5000005));
        assertFalse(new TourCheck("x", TourCheck.Relation.NEAR, 0.5, 1e-6, false).admits(0.500002));
        assertFalse(new TourCheck("x", TourCheck.Relation.NEAR, 0.5, 1e-6, false).admits(Double.NaN));
    }

    @Test
    void theFrameReachedIsTheLastOne() {
        List<Frame> frames = List.of(frame(0, 0.09, 0, 0), frame(1, 1e-12, 0, 0));
        TourCheck check = new TourCheck("I_AB", TourCheck.Relation.BELOW, 1e-9, 0, false);
        TourCheck.Outcome outcome = check.evaluate(frames, List.of(), 2.0);
        assertTrue(outcome.holds(), outcome.text());
        assertEquals("I_AB = 1e-12 at t = 1; claim: below 1e-9", outcome.text());
    }

    @Test
    void throughoutFindsTheFirstFrameThatBreaksTheClaim() {
        // spohn_rate = dS_A - dQ_A / T_B: 0.1 - 0.1/2 > 0, then 0.1 - 0.4/2 < 0 at t = 2
        List<Frame> frames = List.of(frame(0, 0, 0.1, 0.1), frame(1, 0, 0.1, 0.1), frame(2, 0, 0.1, 0.4));
        TourCheck check = new TourCheck(Quantity.SPOHN_RATE, TourCheck.Relation.ABOVE, 0, 1e-12, true);
        TourCheck.Outcome outcome = check.evaluate(frames, List.of(), 2.0);
        assertFalse(outcome.holds());
        assertTrue(outcome.text().startsWith("spohn_rate = -0.1 at t = 2"), outcome.text());
        assertTrue(check.evaluate(frames.subList(0, 2), List.of(), 2.0).holds());
    }

    @Test
    void cycleQuantitiesReadTheLastCompletedCycle() {
        // Q_hot 1, Q_cold -0.5, W 0.5, int T dS hot 1, cold -0.5: eta = 0.5 both ways
        List<CycleRecord> cycles = List.of(new CycleRecord(0, 1, -0.8, 0.2, 1, -0.8, 0),
                new CycleRecord(1, 1, -0.5, 0.5, 1, -0.5, 0));
        TourCheck eta = new TourCheck(Quantity.ETA_EQ19, TourCheck.Relation.NEAR, 0.5, 1e-9, false);
        assertTrue(eta.evaluate(List.of(), cycles, Double.NaN).holds());
        assertFalse(new TourCheck(Quantity.ETA_EQ19, TourCheck.Relation.NEAR, 0.5, 1e-9, true)
                .evaluate(List.of(), cycles, Double.NaN).holds(), "cycle 1 has eta 0.2");
        assertFalse(eta.evaluate(List.of(), List.of(), Double.NaN).holds(), "no cycle yet");
    }

    @Test
    void numbersAreShortAndPlain() {
        assertEquals("0", TourCheck.number(0.0));
        assertEquals("1e-9", TourCheck.number(1e-9));
        assertEquals("31.42", TourCheck.number(Math.PI * 10));
        assertEquals("2400", TourCheck.number(2400));
        assertEquals("0.0929", TourCheck.number(0.0929));
    }

    @Test
    void theOutcomeIsSaidInTheWindowsLanguageWithItsDigits() {
        List<Frame> frames = List.of(frame(0, 0, 0, 0), frame(Math.PI * 5, 0.0929, 0, 0));
        TourCheck check = new TourCheck("I_AB", TourCheck.Relation.BELOW, 1e-9, 0, false);
        assertEquals("I_AB = 0,0929 bei t = 15,71; Behauptung: unter 1e-9",
                check.evaluate(frames, List.of(), 2.0, Texts.of(Language.GERMAN)).text());
        assertEquals("I_AB = 0,0929 en t = 15,71; afirmación: menor que 1e-9",
                check.evaluate(frames, List.of(), 2.0, Texts.of(Language.SPANISH)).text());
        TourCheck near = new TourCheck("S_A", TourCheck.Relation.NEAR, 0.6628, 1e-9, true);
        assertEquals("ادعا: نزدیک ۰٫۶۶۲۸ ± 1e-9، در تمام مدت", near.claim(Texts.of(Language.PERSIAN)));
        assertEquals("claim: near 0.6628 ± 1e-9, throughout", near.claim());
        assertEquals("15,71", TourCheck.number(Math.PI * 5, Texts.of(Language.GERMAN)));
        assertEquals("۱۵٫۷۱", TourCheck.number(Math.PI * 5, Texts.of(Language.PERSIAN)));
    }
}
