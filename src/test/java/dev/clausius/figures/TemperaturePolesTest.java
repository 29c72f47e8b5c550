package dev.clausius.figures;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.StateSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The temperature panel (Eq. 17) on presets evolved by the real evolver: T_A_gen of a qubit whose
 * rho_A stays diagonal is its population temperature, a removable 0/0 wherever dS_A and dQ_A
 * vanish together, so the curve must have no gap; real poles (T_B_gen of the spin bath) still break.
 */
class TemperaturePolesTest {
    /** Enough pixels that every frame of a run is its own pixel column, so decimation keeps all. */
    private static final int PIXELS = 20_000;

    private record Run(Preset preset, List<Frame> frames, List<StateSnapshot> statesA, SeriesDataset dataset) {
    }

    /** The spin-bath run (401 frames of a 512-dimensional system), evolved once for its two tests. */
    private static Run spinBath;

    @BeforeAll
    static void evolveTheSpinBath() throws Exception {
        spinBath = run("qubit-spin-bath.json");
    }

    private static Run run(String file) throws Exception {
        Path path = Path.of("presets", file);
        assertTrue(Files.isRegularFile(path), path + " is found from the project directory");
        Preset preset = PresetReader.read(path);
        Evolver evolver = Evolvers.create(preset, path.toString());
        TimeGrid grid = TimeGrid.of(preset);
        List<Frame> frames = new ArrayList<>();
        List<StateSnapshot> states = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            frames.add(evolver.frameAt(grid.time(k)));
            states.add(evolver.stateA());
        }
        TemperatureFigure figure = new TemperatureFigure(preset, grid.end());
        figure.update(new FigureData(preset, frames, List.of(), null, null, grid.end()), PIXELS);
        SeriesDataset dataset = figure.timePlot().dataset();
        assertEquals(frames.size(), dataset.getItemCount(0), "every frame is drawn");
        for (int k = 0; k < frames.size(); k++) {
            assertEquals(frames.get(k).time(), dataset.getXValue(0, k));
        }
        return new Run(preset, frames, states, dataset);
    }

    /**
     * omega / ln(p_g/p_e) from rho_A's diagonal, with the energy of each basis state read off the
     * frame: E_A = e_0 p_0 + e_1 p_1 with e = +-omega/2 tells which index is the excited state.
     */
    private static double populationTemperature(Frame frame, StateSnapshot rhoA, double omega) {
        double p0 = rhoA.population(0);
        double p1 = rhoA.population(1);
        boolean zeroExcited = Math.abs(frame.energyA() - omega / 2 * (p0 - p1)) < 1e-12;
        assertTrue(zeroExcited || Math.abs(frame.energyA() - omega / 2 * (p1 - p0)) < 1e-12,
                "E_A = ±(omega/2)(p_0 - p_1) at t = " + frame.time());
        return zeroExcited ? omega / Math.log(p1 / p0) : omega / Math.log(p0 / p1);
    }

    /** The series' value at every frame where the frame's own value is within the cap. */
    private static int gapsWhereTheFrameIsFinite(Run run, int series, ToDoubleFunction<Frame> value) {
        double cap = TemperatureFigure.CAP_FACTOR * Math.max(1, Math.max(run.preset().temperatureA(),
                run.preset().temperatureB()));
        int gaps = 0;
        for (int k = 0; k < run.frames().size(); k++) {
            double expected = value.applyAsDouble(run.frames().get(k));
            double drawn = run.dataset().getYValue(series, k);
            if (Double.isFinite(expected) && Math.abs(expected) <= cap) {
                if (Double.isNaN(drawn)) {
                    gaps++;
                } else {
                    assertEquals(expected, drawn, 0.0, "t = " + run.frames().get(k).time());
                }
            }
        }
        return gaps;
    }

    @Test
    void spinBathTemperatureOfAHasNoGapsAndIsThePopulationTemperatureOfRhoA() {
        Run run = spinBath;
        double omega = ((SubsystemSpec.Qubit) run.preset().subsystemA()).omega();
        assertEquals("T_A_gen", run.dataset().getSeriesKey(0));
        assertEquals(0, gapsWhereTheFrameIsFinite(run, 0, Frame::generalizedTemperatureA));
        int compared = 0;
        int commonZeros = 0;
        for (int k = 1; k < run.frames().size(); k++) {
            Frame frame = run.frames().get(k);
            StateSnapshot rhoA = run.statesA().get(k);
            assertEquals(0.0, rhoA.magnitude(0, 1), 1e-12, "rho_A stays diagonal at t = " + frame.time());
            double drawn = run.dataset().getYValue(0, k);
            if (Double.isFinite(frame.generalizedTemperatureA())) {
                double expected = populationTemperature(frame, rhoA, omega);
                assertEquals(expected, drawn, 1e-9 * Math.abs(expected), "t = " + frame.time());
                compared++;
            }
            Frame before = run.frames().get(k - 1);
            if (before.entropyRateA() * frame.entropyRateA() < 0) {
                commonZeros++;
                assertTrue(before.heatRateA() * frame.heatRateA() < 0, "dQ_A changes sign with dS_A at t = " + frame.time());
                assertFalse(Double.isNaN(drawn) || Double.isNaN(run.dataset().getYValue(0, k - 1)));
            }
        }
        assertEquals(run.frames().size() - 1, compared, "every frame after t = 0 has a finite T_A_gen");
        assertTrue(commonZeros >= 10, "the run crosses many common zeros of dS_A and dQ_A: " + commonZeros);
    }

    @Test
    void spinBathTemperatureOfBStillBreaksAtItsRealPoles() {
        Run run = spinBath;
        assertEquals("T_B_gen", run.dataset().getSeriesKey(1));
        int poles = 0;
        for (int k = 1; k < run.frames().size(); k++) {
            Frame before = run.frames().get(k - 1);
            Frame frame = run.frames().get(k);
            boolean pole = before.entropyRateB() * frame.entropyRateB() < 0 && before.heatRateB() * frame.heatRateB() > 0;
            if (pole) {
                poles++;
                assertTrue(Double.isNaN(run.dataset().getYValue(1, k - 1)) || Double.isNaN(run.dataset().getYValue(1, k)),
                        "a gap at the pole between t = " + before.time() + " and " + frame.time());
            }
        }
        assertTrue(poles > 0, "dS_B passes through zero while dQ_B does not somewhere in the run");
    }

    @Test
    void resonantSwapIsDrawnThroughTheFullSwap() throws Exception {
        Run run = run("resonant-qubits.json");
        assertEquals(0, gapsWhereTheFrameIsFinite(run, 0, Frame::generalizedTemperatureA));
        assertEquals(0, gapsWhereTheFrameIsFinite(run, 1, Frame::generalizedTemperatureB));
        // at the full swap t = pi/(2g) A has B's initial temperature: the curve reaches 2 there, unbroken
        double swap = Math.PI / (2 * 0.05);
        for (int k = 0; k < run.frames().size(); k++) {
            double t = run.frames().get(k).time();
            if (Math.abs(t - swap) < 0.5) {
                assertEquals(run.preset().temperatureB(), run.dataset().getYValue(0, k), 5e-3, "t = " + t);
                assertEquals(run.preset().temperatureA(), run.dataset().getYValue(1, k), 5e-3, "t = " + t);
            }
        }
    }
}
