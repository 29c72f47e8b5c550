package dev.clausius.sweep;

/**
 * The time of a series' first maximum, read as it streams: the first grid time after which the
 * series falls (the start of a plateau that then falls counts), so a swap that peaks at pi/(2g)
 * gives pi/(2g) and not a later, equal peak that the grid happens to sample more closely. A series
 * that only rises gives its last time; a constant one its first. NaN values are skipped; all-NaN
 * gives NaN.
 */
final class FirstPeak {
    private double lastValue = Double.NaN;
    private double lastTime = Double.NaN;
    private boolean found;

    void add(double time, double value) {
        if (found || Double.isNaN(value)) {
            return;
        }
        if (Double.isNaN(lastValue) || value > lastValue) {
            lastValue = value;
            lastTime = time;
        } else if (value < lastValue) {
            found = true;
        }
    }

    double time() {
        return lastTime;
    }
}
