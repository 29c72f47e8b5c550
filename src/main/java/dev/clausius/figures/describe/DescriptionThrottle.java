package dev.clausius.figures.describe;

/**
 * Paces the descriptions a screen reader hears: at most one new description per
 * {@link #INTERVAL_NANOS}, by the clock the caller passes in (the explorer's pulse time stamps).
 * A change asked for sooner waits and is given at the first call after the interval, so the last
 * frame of a run, a step or a jump is always described, at most a second late; a single step
 * after a quiet second is described at once.
 */
public final class DescriptionThrottle {
    /** One description a second at most: a screen reader needs about that to read one out. */
    public static final long INTERVAL_NANOS = 1_000_000_000L;

    private boolean pending;
    private boolean described;
    private long last;

    /** Something the descriptions say has changed (a frame, the panel in front, the partner). */
    public void changed() {
        pending = true;
    }

    /**
     * Whether to describe now, at {@code nowNanos}; true at most once per interval, and only after
     * a change. Once true, the change counts as described.
     */
    public boolean due(long nowNanos) {
        if (!pending || (described && nowNanos - last < INTERVAL_NANOS)) {
            return false;
        }
        pending = false;
        described = true;
        last = nowNanos;
        return true;
    }
}
