package dev.clausius.dynamics;

/**
 * Progress of an evolver's one-time setup (the diagonalization of H takes seconds at D = 2048),
 * so a front end can show it while building on a background thread. Called on the building thread.
 */
@FunctionalInterface
public interface SetupProgress {
    /** Ignores every report. */
    SetupProgress NONE = (fraction, stage) -> { };

    /**
     * @param fraction of the setup's work done, 0..1, non-decreasing
     * @param stage    what is being done, in words ("diagonalizing H: block 2 of 2 (1024)")
     */
    void reached(double fraction, String stage);
}
