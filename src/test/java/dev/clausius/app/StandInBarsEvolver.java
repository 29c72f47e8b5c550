package dev.clausius.app;

import dev.clausius.dynamics.Evolver;
import dev.clausius.thermo.Frame;

/**
 * A test-only stand-in for a classical pair of bars until mode classical exists: four cells per body
 * (heat capacity 1), A from 0.5 and B from 2, each cell relaxing to 1.25 as
 * T_i(t) = 1.25 + (T_i(0) - 1.25) exp(-t / tau_i), slower the farther it is from the contact
 * (tau = 5, 10, 15, 20), so a gradient forms inside each body as in the paper's Fig. 1b. The
 * columns follow the classical conventions: S_X = sum ln(T_i / T_i(0)), dQ_X = sum dT_i/dt,
 * dS_X = sum (dT_i/dt) / T_i, T_X_gen = dQ_X / dS_X, S_C = I_AB = 0, S_AB = S_A + S_B.
 */
final class StandInBarsEvolver implements Evolver {
    static final int CELLS = 4;
    static final double FINAL = 1.25;
    private double[][] cells;

    /** Cell i of A counts from A's far end (i = 0) to the contact (i = 3); B's from the contact on. */
    static double[][] temperatures(double t) {
        double[][] cells = new double[2][CELLS];
        for (int i = 0; i < CELLS; i++) {
            cells[0][i] = FINAL + (0.5 - FINAL) * Math.exp(-t / tau(CELLS - 1 - i));
            cells[1][i] = FINAL + (2.0 - FINAL) * Math.exp(-t / tau(i));
        }
        return cells;
    }

    private static double tau(int distanceFromContact) {
        return 5.0 * (1 + distanceFromContact);
    }

    @Override
    public Frame frameAt(double t) {
        cells = temperatures(t);
        double[] a = body(0, t);
        double[] b = body(1, t);
        double nan = Double.NaN;
        return new Frame(t, a[0], b[0], a[0] + b[0], 0, 0, nan, nan, 0, nan, nan, a[1], a[2], b[1], b[2], nan,
                nan, nan, a[2] / a[1], b[2] / b[1], nan);
    }

    /** S, dS/dt, dQ/dt of body {@code x}. */
    private double[] body(int x, double t) {
        double s = 0;
        double dS = 0;
        double dQ = 0;
        double start = x == 0 ? 0.5 : 2.0;
        for (int i = 0; i < CELLS; i++) {
            double tau = tau(x == 0 ? CELLS - 1 - i : i);
            double rate = -(start - FINAL) * Math.exp(-t / tau) / tau;
            s += Math.log(cells[x][i] / start);
            dS += rate / cells[x][i];
            dQ += rate;
        }
        return new double[] {s, dS, dQ};
    }

    @Override
    public double[][] cellTemperatures() {
        return cells == null ? null : new double[][] {cells[0].clone(), cells[1].clone()};
    }

    @Override
    public int dimension() {
        return 2 * CELLS;
    }
}
