package dev.clausius.figures;

import dev.clausius.figures.sweep.SweepFigure;

/** A one-parameter sweep figure with every series it can draw: points, the 1/tau fit, both bounds. */
final class SweepFigures {
    private SweepFigures() {
    }

    static SweepFigure oneParameter() {
        double[] tau = {10, 20, 40, 80};
        double[] eta = new double[tau.length];
        double[] carnot = new double[tau.length];
        for (int i = 0; i < tau.length; i++) {
            eta[i] = 0.5 - 2.0 / tau[i];
            carnot[i] = 0.6 + 0.01 * i; // changing with the parameter: the bounds are drawn as lines
        }
        SweepFigure figure = new SweepFigure(false);
        figure.show(new SweepFigure.Curve("tau", "eta", false, tau, eta, carnot, true));
        return figure;
    }
}
