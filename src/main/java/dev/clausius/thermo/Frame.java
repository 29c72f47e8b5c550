package dev.clausius.thermo;

/**
 * Every quantity of the time series (docs/conventions.md) at one time t. The CSV, the live charts and the
 * exported figures all read Frames, so a column means the same thing everywhere ({@link Column}).
 * A quantity that does not exist at this t (0/0, ln 0 at a pure state, no B in open mode) is NaN.
 *
 * @param time                t
 * @param entropyA            S_A = S(rho_A), paper Eq. 4
 * @param entropyB            S_B
 * @param entropyAB           S_AB (closed mode: the invariant S(rho(0)))
 * @param correlationEntropy  S_C = S_AB - S_A - S_B, paper Eq. 16 (= -I)
 * @param mutualInformation   I(A:B) = S_A + S_B - S_AB
 * @param energyA             tr(rho_A H_A)
 * @param energyB             tr(rho_B H_B)
 * @param energyCoupling      tr(rho V)
 * @param heatA               Q_A(t) = tr((rho_A(t) - rho_A(0)) H_A)
 * @param heatB               Q_B(t)
 * @param entropyRateA        dS_A/dt = -tr(rho_dot_A ln rho_A)
 * @param heatRateA           dQ_A/dt = tr(rho_dot_A H_A)
 * @param entropyRateB        dS_B/dt
 * @param heatRateB           dQ_B/dt
 * @param spohnProduction     Sigma(t) = S_A(t) - S_A(0) - Q_A(t)/T_B, paper Eq. 14 integrated
 * @param interiorProductionA tr(-i[H_A, rho_A] ln rho_A), the CSV's interior_A: paper Eq. 11's
 *                            tr(i[H_A, rho_A] ln rho_A) with the file format's sign (zero by Theorem 1)
 * @param exteriorProductionA -tr(D_A ln rho_A), paper Eq. 12
 * @param generalizedTemperatureA T_A(t) = dQ_A/dS_A, paper Eq. 17
 * @param generalizedTemperatureB T_B(t) = dQ_B/dS_B
 * @param relativeEntropyB    D(rho_B(t) || rho_B(0))
 * @param engine              engine-mode cycle, drive, heats and work; null in the other modes
 * @param classical           classical-mode border temperatures and productions; null in the other modes
 */
public record Frame(
        double time,
        double entropyA,
        double entropyB,
        double entropyAB,
        double correlationEntropy,
        double mutualInformation,
        double energyA,
        double energyB,
        double energyCoupling,
        double heatA,
        double heatB,
        double entropyRateA,
        double heatRateA,
        double entropyRateB,
        double heatRateB,
        double spohnProduction,
        double interiorProductionA,
        double exteriorProductionA,
        double generalizedTemperatureA,
        double generalizedTemperatureB,
        double relativeEntropyB,
        EngineLedger engine,
        ClassicalBorder classical) {

    /** A frame of the engine mode (or, with a null ledger, of the closed or open mode). */
    public Frame(double time, double entropyA, double entropyB, double entropyAB, double correlationEntropy,
                 double mutualInformation, double energyA, double energyB, double energyCoupling, double heatA,
                 double heatB, double entropyRateA, double heatRateA, double entropyRateB, double heatRateB,
                 double spohnProduction, double interiorProductionA, double exteriorProductionA,
                 double generalizedTemperatureA, double generalizedTemperatureB, double relativeEntropyB,
                 EngineLedger engine) {
        this(time, entropyA, entropyB, entropyAB, correlationEntropy, mutualInformation, energyA, energyB,
                energyCoupling, heatA, heatB, entropyRateA, heatRateA, entropyRateB, heatRateB, spohnProduction,
                interiorProductionA, exteriorProductionA, generalizedTemperatureA, generalizedTemperatureB,
                relativeEntropyB, engine, null);
    }

    /** A frame of the closed or open mode (no engine ledger). */
    public Frame(double time, double entropyA, double entropyB, double entropyAB, double correlationEntropy,
                 double mutualInformation, double energyA, double energyB, double energyCoupling, double heatA,
                 double heatB, double entropyRateA, double heatRateA, double entropyRateB, double heatRateB,
                 double spohnProduction, double interiorProductionA, double exteriorProductionA,
                 double generalizedTemperatureA, double generalizedTemperatureB, double relativeEntropyB) {
        this(time, entropyA, entropyB, entropyAB, correlationEntropy, mutualInformation, energyA, energyB,
                energyCoupling, heatA, heatB, entropyRateA, heatRateA, entropyRateB, heatRateB, spohnProduction,
                interiorProductionA, exteriorProductionA, generalizedTemperatureA, generalizedTemperatureB,
                relativeEntropyB, null);
    }
}
