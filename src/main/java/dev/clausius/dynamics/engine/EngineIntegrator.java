package dev.clausius.dynamics.engine;

import dev.clausius.thermo.GeneralizedTemperature;

/**
 * Classical fourth-order Runge-Kutta on the populations and the ledger integrals within one
 * stroke (omega linear, the bath fixed). A step of at most MAX_STEP keeps the local error near
 * 1e-13 for the rates Clausius' presets use, far below the 1e-10 per unit time the issue asks.
 */
final class EngineIntegrator {
    static final double MAX_STEP = 0.01;
    private final PopulationMasterEquation equation;
    private final int d;
    private final double[][] stages;
    private final double[] trial;
    private final double[] populationRate;

    EngineIntegrator(PopulationMasterEquation equation) {
        this.equation = equation;
        this.d = equation.dimension();
        int n = d + EngineState.LEDGER_SIZE;
        this.stages = new double[4][n];
        this.trial = new double[n];
        this.populationRate = new double[d];
    }

    /** Advances state from t to target (both within segment), in equal steps of at most MAX_STEP. */
    void advance(EngineState state, EngineSchedule.Segment segment, double t, double target) {
        double span = target - t;
        if (span <= 0) {
            return;
        }
        int steps = (int) Math.ceil(span / MAX_STEP);
        double h = span / steps;
        for (int k = 0; k < steps; k++) {
            step(state.values, segment, t + k * h, h);
        }
    }

    private void step(double[] y, EngineSchedule.Segment segment, double t, double h) {
        int n = y.length;
        derivative(segment, t, y, stages[0]);
        for (int i = 0; i < n; i++) {
            trial[i] = y[i] + 0.5 * h * stages[0][i];
        }
        derivative(segment, t + 0.5 * h, trial, stages[1]);
        for (int i = 0; i < n; i++) {
            trial[i] = y[i] + 0.5 * h * stages[1][i];
        }
        derivative(segment, t + 0.5 * h, trial, stages[2]);
        for (int i = 0; i < n; i++) {
            trial[i] = y[i] + h * stages[2][i];
        }
        derivative(segment, t + h, trial, stages[3]);
        for (int i = 0; i < n; i++) {
            y[i] += h / 6 * (stages[0][i] + 2 * stages[1][i] + 2 * stages[2][i] + stages[3][i]);
        }
    }

    /** dy/dt: the populations' master equation and the integrands of the ledger. */
    private void derivative(EngineSchedule.Segment segment, double t, double[] y, double[] out) {
        double omega = segment.omegaAt(t);
        equation.rate(y, omega, segment.temperature(), segment.gamma(), populationRate);
        double heatRate = 0;
        double entropyRate = 0;
        double meanLevel = 0;
        for (int i = 0; i < d; i++) {
            out[i] = populationRate[i];
            heatRate += populationRate[i] * omega * equation.energy(i); // tr(rho_dot H(t))
            meanLevel += y[i] * equation.energy(i);
            if (y[i] > 0) {
                entropyRate -= populationRate[i] * Math.log(y[i]);
            }
        }
        // Eq. 17 then Eq. 19's integrand T(t) dS/dt; where T is undefined the medium exchanges no entropy
        double temperature = GeneralizedTemperature.of(heatRate, entropyRate);
        double temperatureEntropy = Double.isNaN(temperature) ? 0 : temperature * entropyRate;
        boolean hot = segment.contact() == EngineSchedule.Contact.HOT;
        boolean cold = segment.contact() == EngineSchedule.Contact.COLD;
        out[d + EngineState.HEAT_HOT] = hot ? heatRate : 0;
        out[d + EngineState.HEAT_COLD] = cold ? heatRate : 0;
        out[d + EngineState.WORK_ON] = segment.omegaRate() * meanLevel; // tr(rho dH/dt)
        out[d + EngineState.TEMPERATURE_ENTROPY_HOT] = hot ? temperatureEntropy : 0;
        out[d + EngineState.TEMPERATURE_ENTROPY_COLD] = cold ? temperatureEntropy : 0;
    }
}
