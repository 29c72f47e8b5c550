package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.dynamics.engine.EngineSummary;
import dev.clausius.thermo.Frame;

import java.util.List;

/**
 * One sweep point's row: max sigma_spohn over the grid, the final I_AB and S_A, and for engines the
 * last cycle's eta_eq19 and eta_energy (NaN where a quantity does not exist in the mode).
 */
record SweepSummary(double maxSigmaSpohn, double finalMutualInformation, double finalEntropyA,
                    double etaEq19, double etaEnergy) {

    static final List<String> COLUMNS = List.of("max_sigma_spohn", "final_I_AB", "final_S_A", "eta_eq19", "eta_energy");

    /** Runs the evolver over the whole grid. */
    static SweepSummary of(Evolver evolver, TimeGrid grid) {
        double maxSigma = Double.NaN;
        Frame last = null;
        for (int k = 0; k < grid.size(); k++) {
            last = evolver.frameAt(grid.time(k));
            double sigma = last.spohnProduction();
            if (!Double.isNaN(sigma) && !(sigma <= maxSigma)) {
                maxSigma = sigma;
            }
        }
        double etaEq19 = Double.NaN;
        double etaEnergy = Double.NaN;
        if (evolver instanceof EngineEvolver engine) {
            EngineSummary summary = engine.summary();
            etaEq19 = summary.etaEq19();
            etaEnergy = summary.etaEnergy();
        }
        return new SweepSummary(maxSigma, last.mutualInformation(), last.entropyA(), etaEq19, etaEnergy);
    }

    List<Double> values() {
        return List.of(maxSigmaSpohn, finalMutualInformation, finalEntropyA, etaEq19, etaEnergy);
    }
}
