package dev.clausius.app.model;

/** Playback speeds, as multiples of the normal rate (a whole grid in about ten seconds). */
public enum Speed {
    SLOW("slow", 0.25),
    NORMAL("normal", 1.0),
    FAST("fast", 4.0),
    /** Every frame the evolver has finished is shown at the next pulse. */
    MAX("as fast as possible", Double.POSITIVE_INFINITY);

    private final String label;
    private final double factor;

    Speed(String label, double factor) {
        this.label = label;
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    @Override
    public String toString() {
        return label;
    }
}
