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
    // since the last interval(): the soak's samples
    private long intervalPulses;
    private long intervalWorkNanos;
    private long intervalMaxWorkNanos;
    private long intervalMaxGapNanos;

    /** Pulse work and gaps over one sampling interval of the soak. */
    record Interval(long pulses, double meanWorkMillis, double maxWorkMillis, double maxGapMillis) {
    }

    void record(long pulseTime, long workNanos, int framesShown) {
        pulses++;
        totalWorkNanos += workNanos;
        maxWorkNanos = Math.max(maxWorkNanos, workNanos);
        intervalPulses++;
        intervalWorkNanos += workNanos;
        intervalMaxWorkNanos = Math.max(intervalMaxWorkNanos, workNanos);
        if (lastPulse >= 0) {
            maxGapNanos = Math.max(maxGapNanos, pulseTime - lastPulse);
            intervalMaxGapNanos = Math.max(intervalMaxGapNanos, pulseTime - lastPulse);
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
        interval();
    }

    /** The pulses since the previous call (or the start), and starts a new interval. */
    Interval interval() {
        Interval result = new Interval(intervalPulses,
                intervalPulses == 0 ? 0 : intervalWorkNanos / 1e6 / intervalPulses,
                intervalMaxWorkNanos / 1e6, intervalMaxGapNanos / 1e6);
        intervalPulses = 0;
        intervalWorkNanos = 0;
        intervalMaxWorkNanos = 0;
        intervalMaxGapNanos = 0;
        return result;
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
