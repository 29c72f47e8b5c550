package dev.clausius.thermo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guards' verdicts, which the CSV's warnings column and the status bar share. */
class InvariantLimitTest {

    private static Invariants of(double trace, double hermiticity, double minEigenvalue, double entropyDrift,
                                 double energyDrift, double interior) {
        return new Invariants(trace, hermiticity, minEigenvalue, entropyDrift, 0, energyDrift, interior);
    }

    @Test
    void aHealthyClosedFrameWarnsOfNothing() {
        assertEquals("", InvariantLimit.warnings(of(2e-16, 1e-17, 0.05, 3e-15, 1e-14, 1e-17)));
    }

    @Test
    void eachBreachIsNamedInOneShortList() {
        assertEquals("trace;positivity", InvariantLimit.warnings(of(1e-9, 0, -1e-9, 0, 0, 0)));
        assertEquals("S_AB;energy", InvariantLimit.warnings(of(0, 0, 0.1, 1e-6, 1e-6, 0)));
        assertEquals("interior;hermiticity", InvariantLimit.warnings(of(0, 1e-8, 0.1, 0, 0, 1e-8)));
    }

    @Test
    void thresholdsAreExclusiveAndATinyNegativeEigenvalueIsRoundOff() {
        assertEquals("", InvariantLimit.warnings(of(1e-10, 1e-10, -1e-12, 1e-8, 1e-8, 1e-10)));
        assertEquals("positivity", InvariantLimit.warnings(of(0, 0, -2e-12, 0, 0, 0)));
    }

    @Test
    void notApplicableIsNotABreachButAStateOfNaNIs() {
        // open mode: no closed-system drifts
        assertEquals("", InvariantLimit.warnings(of(1e-16, 0, 0.2, Double.NaN, Double.NaN, 0)));
        // an evolver that checks nothing
        assertEquals("", InvariantLimit.warnings(Invariants.UNKNOWN));
        // a state gone to NaN: its trace is NaN, and that is reported
        assertEquals("trace", InvariantLimit.warnings(of(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN)));
    }

    @Test
    void theNamesFitInOneCsvField() {
        for (InvariantLimit limit : InvariantLimit.values()) {
            assertEquals(-1, limit.shortName().indexOf(','), limit.name());
            assertEquals(-1, limit.shortName().indexOf(';'), limit.name());
        }
    }
}
