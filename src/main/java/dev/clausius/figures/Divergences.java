package dev.clausius.figures;

/**
 * Turns the poles of a ratio such as T_gen = dQ/dS (paper Eq. 17) into gaps. The ratio passes
 * through infinity only where its denominator dS/dt crosses zero while its numerator dQ/dt does
 * not: there it jumps from +infinity to -infinity, and joining the two frames around the pole
 * would draw a tall vertical spike that is not data, so the curve is broken (NaN) there. Where
 * numerator and denominator change sign together the zero is removable (0/0 with a finite limit:
 * in the qubit-spin-bath preset rho_A stays diagonal and T_A_gen is the population temperature
 * throughout), so the curve is drawn through. Values beyond a cap (many times the temperatures of
 * the problem) are not drawn either.
 */
public final class Divergences {
    private Divergences() {
    }

    /**
     * @param y           the ratio numerator/denominator at {@code count} frames, changed in place
     * @param numerator   its numerator at the same frames (dQ/dt), or null with {@code denominator}
     * @param denominator its denominator at the same frames (dS/dt), or null: then only the cap applies
     * @param cap         |y| beyond this is a gap
     */
    public static void breakAtPoles(double[] y, double[] numerator, double[] denominator, int count, double cap) {
        if (denominator != null && numerator == null) {
            throw new IllegalArgumentException("a pole needs the numerator beside the denominator");
        }
        boolean[] pole = new boolean[count];
        if (denominator != null) {
            for (int k = 1; k < count; k++) {
                // sign changes are read before the cap blanks anything, so a capped frame still counts
                pole[k] = changesSign(denominator, k) && !changesSign(numerator, k);
            }
        }
        for (int k = 0; k < count; k++) {
            if (Math.abs(y[k]) > cap) {
                y[k] = Double.NaN;
            }
        }
        for (int k = 1; k < count; k++) {
            if (pole[k]) {
                // the pole lies between k-1 and k: drop the larger of the two, which is nearer to it
                int nearer = Math.abs(y[k]) >= Math.abs(y[k - 1]) || Double.isNaN(y[k - 1]) ? k : k - 1;
                y[nearer] = Double.NaN;
            }
        }
    }

    /** Whether {@code values} has opposite strict signs at frames k-1 and k. */
    private static boolean changesSign(double[] values, int k) {
        return Math.signum(values[k]) * Math.signum(values[k - 1]) < 0;
    }
}
