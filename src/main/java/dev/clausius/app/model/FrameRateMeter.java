package dev.clausius.app.model;

import java.util.OptionalDouble;

/**
 * Counts frames over a window of wall time and reports frames per second when a window closes.
 * A window rather than a per-pulse rate, so the status line changes about once a second and can
 * be read.
 */
final class FrameRateMeter {
    private final long windowNanos;
    private long windowStart = -1;
    private int counted;

    FrameRateMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Adds {@code frames} at time {@code nowNanos}; a rate once at least one window has passed. */
    OptionalDouble count(int frames, long nowNanos) {
        if (windowStart < 0) {
            // the first pulse only starts the clock: frames shown before it have no duration
            windowStart = nowNanos;
            counted = 0;
            return OptionalDouble.empty();
        }
        counted += frames;
        long elapsed = nowNanos - windowStart;
        if (elapsed < windowNanos) {
            return OptionalDouble.empty();
        }
        double rate = counted * 1e9 / elapsed;
        windowStart = nowNanos;
        counted = 0;
        return OptionalDouble.of(rate);
    }

    /** Forgets the current window, e.g. after a pause, so idle time does not lower the rate. */
    void restart() {
        windowStart = -1;
        counted = 0;
    }
}
