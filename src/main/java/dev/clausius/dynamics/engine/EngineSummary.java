package dev.clausius.dynamics.engine;

/** The last cycle's efficiencies and ledger, as `run --summary` prints them (docs/conventions.md). */
public record EngineSummary(double etaCarnot, double etaEnergy, double etaEq19,
                            double heatHot, double heatCold, double work) {

    static EngineSummary of(CycleRecord last, double coldTemperature, double hotTemperature) {
        return new EngineSummary(1 - coldTemperature / hotTemperature, last.energyEfficiency(),
                last.generalizedTemperatureEfficiency(), last.heatHot(), last.heatCold(), last.work());
    }
}
