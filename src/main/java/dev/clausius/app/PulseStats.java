package dev.clausius.app;

/**
 * Pulse timing for the benchmark (not a test): the distribution of the time each pulse spent in
 * the explorer's own work (model, audit, chart redraw) and of the gaps between pulses (which also
 * hold JavaFX's layout and rendering), and when the first frame reached the screen. Read by
 * {@link ExplorerBenchmark}.
 */
final class PulseStats {
    private final DurationHistogram work = new DurationHistogram();
    private final DurationHistogram gaps = new DurationHistogram();
    private long lastPulse = -1;
    private long firstFrameNanos = -1;

    void record(long pulseTime, long workNanos, int framesShown) {
        work.add(workNanos);
        if (lastPulse >= 0) {
            gaps.add(pulseTime - lastPulse);
        }
        lastPulse = pulseTime;
        if (firstFrameNanos < 0 && framesShown > 0) {
            firstFrameNanos = System.nanoTime();
        }
    }

    /** Forgets the distributions (after a warm-up), keeps the first-frame time. */
    void restart() {
        work.clear();
        gaps.clear();
        lastPulse = -1;
    }

    long pulses() {
        return work.count();
    }

    DurationHistogram work() {
        return work;
    }

    DurationHistogram gaps() {
        return gaps;
    }

    long firstFrameNanos() {
        return firstFrameNanos;
    }
}
