package dev.clausius.dynamics.engine;

/**
 * What the engine integrates: the populations and the running integrals that the first law and
 * Eq. 19 need, advanced together by one Runge-Kutta scheme so they share its accuracy.
 */
final class EngineState {
    static final int HEAT_HOT = 0;
    static final int HEAT_COLD = 1;
    /** Work done ON the medium, int tr(rho dH/dt) dt (Alicki), quenches included. */
    static final int WORK_ON = 2;
    /** int T_gen dS over hot strokes (Eq. 19's numerator integrand, from the generalized temperature). */
    static final int TEMPERATURE_ENTROPY_HOT = 3;
    static final int TEMPERATURE_ENTROPY_COLD = 4;
    static final int LEDGER_SIZE = 5;

    final double[] values;
    final int d;

    EngineState(double[] populations) {
        this.d = populations.length;
        this.values = new double[d + LEDGER_SIZE];
        System.arraycopy(populations, 0, values, 0, d);
    }

    double population(int i) {
        return values[i];
    }

    double ledger(int index) {
        return values[d + index];
    }

    void addToLedger(int index, double amount) {
        values[d + index] += amount;
    }

    EngineState copy() {
        EngineState c = new EngineState(new double[d]);
        System.arraycopy(values, 0, c.values, 0, values.length);
        return c;
    }
}
