package dev.clausius.figures;

/**
 * Turns the divergences of a ratio such as T_gen = dQ/dS (paper Eq. 17) into gaps. Where dS/dt
 * crosses zero the ratio jumps from +infinity to -infinity; joining the two frames around the pole
 * would draw a tall vertical spike that is not data. So the curve is broken (NaN) there, and values
 * beyond a cap (many times the temperatures of the problem) are not drawn either.
 */
public final class Divergences {
    private Divergences() {
    }

    /**
     * @param y    the ratio, changed in place
     * @param rate its denominator at the same frames
     * @param cap  |y| beyond this is a gap
     */
    public static void breakAtPoles(double[] y, double[] rate, int count, double cap) {
        for (int k = 0; k < count; k++) {
            if (Math.abs(y[k]) > cap) {
                y[k] = Double.NaN;
            }
        }
        if (rate == null) {
            return;
        }
        for (int k = 1; k < count; k++) {
            if (Math.signum(rate[k]) * Math.signum(rate[k - 1]) < 0) {
                // the pole lies between k-1 and k: drop the larger of the two, which is nearer to it
                int nearer = Math.abs(y[k]) >= Math.abs(y[k - 1]) || Double.isNaN(y[k - 1]) ? k : k - 1;
                y[nearer] = Double.NaN;
            }
        }
    }
}
