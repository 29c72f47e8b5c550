package dev.clausius.app.model;

import java.util.Locale;

/** The words of the status line, kept apart from the controls so they can be tested as strings. */
public final class StatusText {
    private StatusText() {
    }

    /**
     * E.g. {@code "t = 12.50 / 100.00   60 frames/s   playing"}.
     *
     * @param failure the evolver's message, or null
     */
    public static String of(double time, double end, double framesPerSecond, boolean playing, boolean finished,
                     String failure) {
        String state;
        if (failure != null) {
            state = failure;
        } else if (playing) {
            state = "playing";
        } else if (finished) {
            state = "finished (Space plays again)";
        } else {
            state = "paused (Space plays, R resets)";
        }
        // Locale.ROOT: a decimal point on every machine, as in the CSV
        return String.format(Locale.ROOT, "t = %.2f / %.2f   %.0f frames/s   %s", time, end, framesPerSecond, state);
    }
}
