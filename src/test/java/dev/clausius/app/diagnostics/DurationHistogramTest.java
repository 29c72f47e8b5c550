package dev.clausius.app.diagnostics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's pulse histogram: percentiles to its 0.1 ms bins, the exact maximum, counts above a budget. */
class DurationHistogramTest {

    @Test
    void percentilesMaximumAndCountAboveABudget() {
        DurationHistogram histogram = new DurationHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            histogram.add(ms * 1_000_000L); // 1, 2, ..., 100 ms
        }
        assertEquals(100, histogram.count());
        assertEquals(50.5, histogram.meanMillis(), 1e-9);
        assertEquals(50.1, histogram.quantileMillis(0.5), 1e-9);  // the 50th value's bin [50.0, 50.1)
        assertEquals(99.1, histogram.quantileMillis(0.99), 1e-9);
        assertEquals(100.0, histogram.maxMillis(), 1e-9);
        assertEquals(84, histogram.countAbove(16.0));  // 17 .. 100 ms, and 16 ms itself sits in bin [16.0, 16.1)
        histogram.clear();
        assertEquals(0, histogram.count());
        assertEquals(0.0, histogram.quantileMillis(0.5));
    }

    @Test
    void aDurationBeyondTheLastBinKeepsItsExactMaximum() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(2_500_000_000L); // 2.5 s, past the 1 s of bins
        assertEquals(2500.0, histogram.maxMillis(), 1e-9);
        assertEquals(1, histogram.countAbove(1500.0));
        assertEquals(2500.0, histogram.quantileMillis(1.0), 1e-9);
    }
}
