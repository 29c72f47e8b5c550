package dev.clausius.app.model;

/**
 * Turns pulse times into a number of frames due, so playback runs at a set number of frames per
 * second of wall time whatever the pulse rate (60 Hz on a desktop, far less in software
 * rendering under Xvfb, where a pulse simply shows a bigger batch).
 */
final class PlaybackClock {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double framesPerSecond;
    /** Largest batch of one pulse: after a stall (a dragged window) playback resumes, it does not jump. */
    private final int maxBatch;
    private long lastPulse = -1;
    private double due;

    PlaybackClock(double framesPerSecond) {
        if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond)) {
            throw new IllegalArgumentException("playback rate must be > 0 frames/s, got " + framesPerSecond);
        }
        this.framesPerSecond = framesPerSecond;
        this.maxBatch = (int) Math.max(1, Math.ceil(framesPerSecond / 4));
    }

    double framesPerSecond() {
        return framesPerSecond;
    }

    /** Frames to show at this pulse; the first pulse after a (re)start shows one at once. */
    int framesDue(long nowNanos) {
        if (lastPulse < 0) {
            due = Math.max(due, 1.0);
        } else {
            due += (nowNanos - lastPulse) * framesPerSecond / NANOS_PER_SECOND;
        }
        lastPulse = nowNanos;
        due = Math.min(due, maxBatch);
        return (int) due;
    }

    /** Reports how many of the due frames were available; a producer that lags builds up no burst. */
    void shown(int shown, int asked) {
        due -= shown;
        if (shown < asked) {
            // the frames are late, not owed: showing them in a burst later would look like a jump
            due = 0;
        }
    }

    /** Forgets the pulse history, e.g. on pause, so paused time is not made up for afterwards. */
    void restart() {
        lastPulse = -1;
        due = 0;
    }
}
