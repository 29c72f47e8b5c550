package dev.clausius.app.view;

/**
 * Told about each of the window's pulses (the benchmark's and the soak's probe listen; the
 * window itself does not know who does).
 */
public interface PulseListener {

    /** The explorer's pulse handler starts ({@link System#nanoTime()}). */
    void pulseStarted(long nanos);

    /**
     * The explorer's pulse handler is done.
     *
     * @param pulseTime   the pulse's time stamp (JavaFX's, nanoseconds)
     * @param workNanos   the handler's own work
     * @param framesShown frames the model holds now (0 while the first session is being prepared)
     */
    void pulseFinished(long pulseTime, long workNanos, int framesShown);
}
