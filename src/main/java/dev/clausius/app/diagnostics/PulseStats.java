package dev.clausius.app.diagnostics;

import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.PulseListener;

/**
 * Pulse timing for the benchmark and the soak (not a test): the distribution of the time each
 * pulse spent in the explorer's own work (model, audit, handing data to the chart painter), of
 * the FX thread's whole pulse (that work plus JavaFX's CSS and layout passes), and of the gaps
 * between pulses (which also hold the hand-over of chart images and waits for the renderer), when the first frame reached the
 * screen, and per-interval maxima for the soak's samples. Read by {@link ExplorerBenchmark} and
 * {@link SoakSampler}.
 */
public final class PulseStats implements PulseListener {
    private final DurationHistogram work = new DurationHistogram();
    private final DurationHistogram gaps = new DurationHistogram();
    private final DurationHistogram wholePulses = new DurationHistogram();
    private final DurationHistogram wholePulsesCpu = new DurationHistogram();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private long pulseStartCpu = -1;
    private long lastPulse = -1;
    private long pulseStart = -1;
    private long firstFrameNanos = -1;
    // since the last interval(): the soak's samples
    private long intervalPulses;
    private long intervalWorkNanos;
    private long intervalMaxWorkNanos;
    private long intervalMaxGapNanos;

    /** Pulse work and gaps over one sampling interval of the soak. */
    record Interval(long pulses, double meanWorkMillis, double maxWorkMillis, double maxGapMillis) {
    }

    /** Statistics of {@code window}'s pulses from now on. */
    public static PulseStats of(ExplorerWindow window) {
        PulseStats stats = new PulseStats();
        window.addPulseListener(stats);
        window.stage().getScene().addPostLayoutPulseListener(() -> stats.layoutDone(System.nanoTime()));
        return stats;
    }

    /** The explorer's pulse handler starts (JavaFX runs animations, then CSS and layout). */
    @Override
    public void pulseStarted(long nanos) {
        pulseStart = nanos;
        pulseStartCpu = threads.getCurrentThreadCpuTime();
    }

    /** JavaFX finished the pulse's CSS and layout: the FX thread's part of the pulse ends here. */
    void layoutDone(long nanos) {
        if (pulseStart >= 0) {
            wholePulses.add(nanos - pulseStart);
            wholePulsesCpu.add(threads.getCurrentThreadCpuTime() - pulseStartCpu);
            pulseStart = -1;
        }
    }

    @Override
    public void pulseFinished(long pulseTime, long workNanos, int framesShown) {
        work.add(workNanos);
        intervalPulses++;
        intervalWorkNanos += workNanos;
        intervalMaxWorkNanos = Math.max(intervalMaxWorkNanos, workNanos);
        if (lastPulse >= 0) {
            gaps.add(pulseTime - lastPulse);
            intervalMaxGapNanos = Math.max(intervalMaxGapNanos, pulseTime - lastPulse);
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
        wholePulses.clear();
        wholePulsesCpu.clear();
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
        return work.count();
    }

    DurationHistogram work() {
        return work;
    }

    /** The FX thread's whole pulse: the explorer's work plus JavaFX's CSS and layout passes. */
    DurationHistogram wholePulses() {
        return wholePulses;
    }

    /**
     * The FX thread's CPU time in its whole pulse: against {@link #wholePulses}, it tells a pulse
     * that worked long from one whose thread waited for a core (2 cores, busy evolver).
     */
    DurationHistogram wholePulsesCpu() {
        return wholePulsesCpu;
    }

    DurationHistogram gaps() {
        return gaps;
    }

    long firstFrameNanos() {
        return firstFrameNanos;
    }
}
