package dev.clausius.thermo;

/**
 * Live checks of one frame (docs/conventions.md, checks 2-4): each is zero in exact arithmetic, so its size
 * is the numerical error. NaN where a check does not apply or is too costly at this size.
 *
 * @param traceError     |tr rho - 1|
 * @param hermiticityError largest |rho_ij - conj(rho_ji)| of the state evolved
 * @param minEigenvalue  the smallest eigenvalue of the reduced states (>= -1e-12 for a valid state)
 * @param entropyDriftAB |S(rho(t)) - S(rho(0))| from the spectrum of rho (closed mode, small D)
 * @param purityDrift    |tr rho(t)^2 - tr rho(0)^2| (closed mode: unitary evolution keeps it)
 * @param energyDrift    |E_A + E_B + E_V - (same at t = 0)| (closed mode)
 * @param interiorMagnitude |interior_A| (paper Eq. 11, zero by Theorem 1)
 */
public record Invariants(double traceError, double hermiticityError, double minEigenvalue, double entropyDriftAB, double purityDrift,
                         double energyDrift, double interiorMagnitude) {

    /** Nothing known (an evolver that does not check). */
    public static final Invariants UNKNOWN = new Invariants(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);
}
