package dev.clausius.app.diagnostics;

/**
 * Durations counted in 0.1 ms bins up to 1 s (longer ones in the last bin, their maximum kept
 * exactly), so the benchmark can give percentiles of many thousand pulses without storing them.
 */
final class DurationHistogram {
    private static final long BIN_NANOS = 100_000;
    private final long[] bins = new long[10_001];
    private long count;
    private long total;
    private long max;

    void add(long nanos) {
        bins[(int) Math.min(bins.length - 1, Math.max(0, nanos) / BIN_NANOS)]++;
        count++;
        total += nanos;
        max = Math.max(max, nanos);
    }

    void clear() {
        java.util.Arrays.fill(bins, 0);
        count = 0;
        total = 0;
        max = 0;
    }

    long count() {
        return count;
    }

    double meanMillis() {
        return count == 0 ? 0 : total / 1e6 / count;
    }

    double maxMillis() {
        return max / 1e6;
    }

    /** The upper edge of the bin holding the q-quantile (0 < q <= 1), in ms; 0 when empty. */
    double quantileMillis(double q) {
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen >= rank && seen > 0) {
                // the last bin holds everything longer than 1 s: its edge would understate them
                return (i == bins.length - 1 ? max : Math.min((i + 1) * BIN_NANOS, max)) / 1e6;
            }
        }
        return 0;
    }

    /**
     * How many durations were longer than {@code millis}, to the bin's resolution: those in bins
     * that start above it (a duration less than 0.1 ms over is not counted).
     */
    long countAbove(double millis) {
        int first = (int) Math.floor(millis * 1e6 / BIN_NANOS) + 1;
        long above = 0;
        for (int i = Math.min(first, bins.length - 1); i < bins.length; i++) {
            above += bins[i];
        }
        return above;
    }
}
