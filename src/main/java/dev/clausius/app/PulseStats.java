package dev.clausius.app;

/**
 * Pulse timing for the benchmark (not a test): the longest time one pulse spent in the explorer's
 * own work (model, audit, chart redraw), the longest gap between pulses, and when the first frame
 * reached the screen. Read by {@link ExplorerBenchmark}.
 */
final class PulseStats {
    private long pulses;
    private long maxWorkNanos;
    private long maxGapNanos;
    private long lastPulse = -1;
    private long firstFrameNanos = -1;
    private long totalWorkNanos;

    void record(long pulseTime, long workNanos, int framesShown) {
        pulses++;
        totalWorkNanos += workNanos;
        maxWorkNanos = Math.max(maxWorkNanos, workNanos);
        if (lastPulse >= 0) {
            maxGapNanos = Math.max(maxGapNanos, pulseTime - lastPulse);
        }
        lastPulse = pulseTime;
        if (firstFrameNanos < 0 && framesShown > 0) {
            firstFrameNanos = System.nanoTime();
        }
    }

    /** Forgets the maxima (after a warm-up), keeps the first-frame time. */
    void restart() {
        pulses = 0;
        maxWorkNanos = 0;
        maxGapNanos = 0;
        totalWorkNanos = 0;
        lastPulse = -1;
    }

    long pulses() {
        return pulses;
    }

    double maxWorkMillis() {
        return maxWorkNanos / 1e6;
    }

    double meanWorkMillis() {
        return pulses == 0 ? 0 : totalWorkNanos / 1e6 / pulses;
    }

    double maxGapMillis() {
        return maxGapNanos / 1e6;
    }

    long firstFrameNanos() {
        return firstFrameNanos;
    }
}
