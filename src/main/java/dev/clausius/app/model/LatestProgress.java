package dev.clausius.app.model;

import dev.clausius.dynamics.SetupProgress;

/**
 * The newest report of a setup running on another thread, read by the window on its pulses. The
 * first preset is loaded before JavaFX is up, where {@code Platform.runLater} is not yet allowed,
 * so its reports are kept here instead of being posted.
 */
public final class LatestProgress implements SetupProgress {
    private volatile Report latest = new Report(-1, "");

    /** One report: fraction done in 0..1 (negative before the first) and what is being done. */
    public record Report(double fraction, String stage) {
    }

    @Override
    public void reached(double fraction, String stage) {
        latest = new Report(fraction, stage);
    }

    public Report latest() {
        return latest;
    }
}
