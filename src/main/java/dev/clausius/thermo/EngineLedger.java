package dev.clausius.thermo;

/**
 * Engine-mode bookkeeping at one time: where in the cycle, the drive, and the cumulative heats and
 * work since t = 0 (the CSV's engine columns).
 *
 * @param cycle    0-based cycle index
 * @param stroke   0-based stroke index within the cycle
 * @param omega    the drive omega(t)
 * @param heatHot  heat into the medium from the hot bath, int tr(rho_dot H) dt over hot strokes
 * @param heatCold heat into the medium from the cold bath
 * @param work     work done by the medium, W = -int tr(rho dH) (quenches included)
 */
public record EngineLedger(int cycle, int stroke, double omega, double heatHot, double heatCold, double work) {
}
