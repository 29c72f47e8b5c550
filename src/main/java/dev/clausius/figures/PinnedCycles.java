package dev.clausius.figures;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.util.List;

/**
 * A pinned engine run's cycles as the engine panel draws them: each completed cycle's index and
 * efficiencies, and its last complete loop in the T-S plane (the cycle in progress if none has
 * closed). Empty for a preset that is no engine.
 *
 * @param cycle     each completed cycle's index (0 for the first), as {@link CycleRecord#cycle()}
 * @param etaEq19   Eq. 19's efficiency of each, {@link CycleRecord#generalizedTemperatureEfficiency()}
 * @param etaEnergy W/Q_hot of each, {@link CycleRecord#energyEfficiency()}
 * @param loop      the loop's S_medium ({@code [0]}) and T_gen broken at its poles ({@code [1]})
 */
public record PinnedCycles(int[] cycle, double[] etaEq19, double[] etaEnergy, double[][] loop) {

    static final PinnedCycles NONE = new PinnedCycles(new int[0], new double[0], new double[0],
            new double[][] {new double[0], new double[0]});

    static PinnedCycles of(Preset preset, List<Frame> frames, List<CycleRecord> records) {
        if (preset.mode() != Mode.ENGINE) {
            return NONE;
        }
        int n = records.size();
        int[] cycle = new int[n];
        double[] eq19 = new double[n];
        double[] energy = new double[n];
        for (int i = 0; i < n; i++) {
            cycle[i] = records.get(i).cycle();
            eq19[i] = records.get(i).generalizedTemperatureEfficiency();
            energy[i] = records.get(i).energyEfficiency();
        }
        List<List<Frame>> last = EngineFigure.lastCycles(frames);
        List<Frame> loop = last.get(1).isEmpty() ? last.get(0) : last.get(1);
        double cap = TemperatureEntropyPlot.cap(preset.engine().hot().temperature(),
                preset.engine().cold().temperature());
        return new PinnedCycles(cycle, eq19, energy, TemperatureEntropyPlot.loop(loop, cap));
    }

    public int count() {
        return cycle.length;
    }
}
