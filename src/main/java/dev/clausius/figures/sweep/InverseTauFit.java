package dev.clausius.figures.sweep;


/**
 * The finite-time shortfall of an engine's efficiency, eta(tau) = eta_inf - a/tau, fitted by least
 * squares: a straight line in u = 1/tau, solved in closed form. eta_inf is the quasi-static limit
 * (Carnot's for a Carnot-type cycle) and a the dissipation coefficient of the 1/tau law.
 *
 * @param etaInfinity the efficiency an infinitely slow cycle would reach
 * @param a           the coefficient of the 1/tau shortfall
 * @param points      how many points the fit used (finite tau > 0 and finite eta)
 */
public record InverseTauFit(double etaInfinity, double a, int points) {

    /** The fit through the finite points with tau > 0; null when fewer than two distinct tau remain. */
    public static InverseTauFit of(double[] tau, double[] eta) {
        int n = 0;
        double sumU = 0;
        double sumEta = 0;
        for (int i = 0; i < tau.length; i++) {
            if (usable(tau[i], eta[i])) {
                n++;
                sumU += 1 / tau[i];
                sumEta += eta[i];
            }
        }
        if (n < 2) {
            return null;
        }
        double meanU = sumU / n;
        double meanEta = sumEta / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < tau.length; i++) {
            if (usable(tau[i], eta[i])) {
                double du = 1 / tau[i] - meanU;
                sxx += du * du;
                sxy += du * (eta[i] - meanEta);
            }
        }
        if (!(sxx > 0)) {
            return null; // every tau the same: no slope to fit
        }
        double slope = sxy / sxx;
        return new InverseTauFit(meanEta - slope * meanU, -slope, n);
    }

    private static boolean usable(double tau, double eta) {
        return tau > 0 && Double.isFinite(tau) && Double.isFinite(eta);
    }

    /** The fitted efficiency at {@code tau}. */
    public double at(double tau) {
        return etaInfinity - a / tau;
    }
}
