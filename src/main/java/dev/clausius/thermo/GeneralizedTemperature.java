package dev.clausius.thermo;

/** Paper Eq. 17: T(t) = (dQ/dt) / (dS/dt). */
public final class GeneralizedTemperature {
    /** |dS/dt| at or below this is treated as zero: T is then 0/0 (no rates) or a divergence, written NaN. */
    public static final double VANISHING_ENTROPY_RATE = 1e-14;

    private GeneralizedTemperature() {
    }

    public static double of(double heatRate, double entropyRate) {
        if (Double.isNaN(heatRate) || Double.isNaN(entropyRate) || Math.abs(entropyRate) <= VANISHING_ENTROPY_RATE) {
            return Double.NaN;
        }
        return heatRate / entropyRate;
    }
}
