package dev.clausius.figures;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run kept on screen after the live one has moved on (an explorer "pin"): its times and, for each
 * time-series panel, every curve's values at full resolution, and an engine's cycles (the engine
 * panel's efficiencies and T-S loop), computed once when it is pinned by
 * the figures of its own preset (so a curve that depends on the preset, such as dΣ/dt with T_B, is
 * that run's own). Live figures draw these values faint under their curves and exports add them.
 *
 * @param name   the CSV prefix, e.g. {@code pin1}
 * @param label  the legend text, e.g. {@code pin 1: g = 0.1}
 * @param values each curve's values as the CSV writes them
 * @param drawn  each curve's values as drawn (broken at poles, gaps beyond a cap: {@link TimePlot.Values})
 * @param cycles an engine run's cycles as the engine panel draws them (none for other modes)
 */
public record PinnedRun(String name, String label, double[] time, Map<String, double[]> values,
                        Map<String, double[]> drawn, PinnedCycles cycles) {

    public PinnedRun {
        values = Map.copyOf(values);
        drawn = Map.copyOf(drawn);
    }

    /**
     * Computes the pin of {@code frames} (in time order) of {@code preset}: each panel with time plots
     * is updated once with the frames, then every curve is evaluated on every frame.
     */
    public static PinnedRun of(String name, String label, Preset preset, List<Frame> frames,
                               List<CycleRecord> cycles, double end) {
        double[] time = new double[frames.size()];
        for (int k = 0; k < time.length; k++) {
            time[k] = frames.get(k).time();
        }
        FigureData data = new FigureData(preset, frames, cycles, null, null, end);
        Map<String, double[]> values = new HashMap<>();
        Map<String, double[]> drawn = new HashMap<>();
        for (Figure figure : Figures.timeSeries(preset, end)) {
            // update sets what a curve reads besides the frame (E_V at t = 0 in the production panel)
            figure.update(data, 1);
            for (TimePlot plot : figure.timePlots()) {
                TimePlot.Values series = plot.values(frames);
                for (int c = 0; c < plot.curves().size(); c++) {
                    String key = key(figure.name(), plot.curves().get(c).plainLabel());
                    values.put(key, series.exact()[c]);
                    drawn.put(key, series.drawn()[c]);
                }
            }
        }
        return new PinnedRun(name, label, time, values, drawn, PinnedCycles.of(preset, frames, data.cycles()));
    }

    /** The same pin under another legend text (the live preset it is compared with changed). */
    public PinnedRun withLabel(String newLabel) {
        return new PinnedRun(name, newLabel, time, values, drawn, cycles);
    }

    /** The same run under another CSV prefix and legend text (a drag's ghost kept as a pin). */
    public PinnedRun renamed(String newName, String newLabel) {
        return new PinnedRun(newName, newLabel, time, values, drawn, cycles);
    }

    /** The values of the curve whose plain label is {@code curve} on panel {@code panel}; null if this run has no such curve. */
    public double[] values(String panel, String curve) {
        return values.get(key(panel, curve));
    }

    /** As {@link #values(String, String)}, as drawn. */
    public double[] drawn(String panel, String curve) {
        return drawn.get(key(panel, curve));
    }

    /** The CSV column of a pinned curve: the pin's name, an underscore, the live column's header. */
    public String column(String curve) {
        return name + "_" + curve;
    }

    private static String key(String panel, String curve) {
        return panel + "\u0000" + curve;
    }
}
