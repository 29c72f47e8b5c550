package dev.clausius.dynamics.engine;

/**
 * One completed cycle's ledger (all its strokes, the quench that closes it included).
 *
 * @param heatHot                 heat into the medium from the hot bath
 * @param heatCold                heat into the medium from the cold bath (negative for an engine)
 * @param work                    work done by the medium, -int tr(rho dH)
 * @param temperatureEntropyHot   int T_gen dS over the hot strokes
 * @param temperatureEntropyCold  int T_gen dS over the cold strokes
 * @param energyChange            U(end) - U(start): zero in the limit cycle
 */
public record CycleRecord(int cycle, double heatHot, double heatCold, double work,
                          double temperatureEntropyHot, double temperatureEntropyCold, double energyChange) {

    /** W / Q_hot. */
    public double energyEfficiency() {
        return work / heatHot;
    }

    /** Paper Eq. 19: 1 - |int_cold T dS| / |int_hot T dS| with the generalized temperature T(t). */
    public double generalizedTemperatureEfficiency() {
        return 1 - Math.abs(temperatureEntropyCold) / Math.abs(temperatureEntropyHot);
    }

    /** First-law residual over the cycle: Delta U - Q_hot - Q_cold + W. */
    public double firstLawResidual() {
        return energyChange - heatHot - heatCold + work;
    }
}
