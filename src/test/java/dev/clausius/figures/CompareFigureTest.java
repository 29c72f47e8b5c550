package dev.clausius.figures;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compare panel against frames of the shipped presets' own evolvers. */
class CompareFigureTest {

    private static Preset read(String file) throws PresetException {
        return PresetReader.read(Path.of("presets", file));
    }

    private static List<Frame> run(Preset preset, int count) throws PresetException {
        Evolver evolver = Evolvers.create(preset, preset.name());
        TimeGrid grid = TimeGrid.of(preset);
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            frames.add(evolver.frameAt(grid.time(k)));
        }
        return frames;
    }

    private static FigureData data(Preset preset, List<Frame> frames) {
        return new FigureData(preset, frames, List.of(), null, null, TimeGrid.end(preset));
    }

    @Test
    void theRateOfSabIsEq15ClassicallyTheExactZeroOfEq16ForAClosedPairAndDsAWithoutB() throws PresetException {
        for (Frame frame : run(read("classical-bars.json"), 41)) {
            // Eq. 15: no correlations, so the rate of S_AB is the sum of the parts' rates
            assertEquals(frame.entropyRateA() + frame.entropyRateB(),
                    CompareFigure.jointEntropyRate(Mode.CLASSICAL, frame), 1e-12);
            assertTrue(CompareFigure.jointEntropyRate(Mode.CLASSICAL, frame) > 0);
        }
        for (Frame frame : run(read("resonant-qubits.json"), 41)) {
            assertEquals(0.0, CompareFigure.jointEntropyRate(Mode.CLOSED, frame));
        }
        // open mode: S_AB = S_A, so the rate is dS_A/dt; checked against a central difference of
        // S_AB with a small step (the open evolver is exact at any t)
        Preset open = read("lindblad-qubit.json");
        Evolver evolver = Evolvers.create(open, open.name());
        double h = 1e-4;
        for (double t : new double[] {0.5, 2.0, 7.5, 20.0}) {
            double rate = CompareFigure.jointEntropyRate(Mode.OPEN, evolver.frameAt(t));
            double difference = (evolver.frameAt(t + h).entropyAB() - evolver.frameAt(t - h).entropyAB()) / (2 * h);
            assertEquals(difference, rate, 1e-6 * Math.abs(rate) + 1e-9, "t = " + t);
        }
    }

    @Test
    void bothSidesAreDrawnAndTheBandIsMinusSc() throws PresetException {
        Preset quantum = read("resonant-qubits.json");
        Preset classical = read("classical-bars.json");
        List<Frame> quantumFrames = run(quantum, 161);
        List<Frame> classicalFrames = run(classical, 81);
        CompareFigure figure = new CompareFigure(100);
        figure.update(data(quantum, quantumFrames).withPartner(data(classical, classicalFrames)), 2000);
        SeriesDataset joint = figure.jointEntropies();
        assertEquals(161, joint.getItemCount(0));
        assertEquals(81, joint.getItemCount(1));
        assertEquals(40.0, joint.getXValue(0, 160));
        assertEquals(40.0, joint.getXValue(1, 80));
        assertEquals("S_AB, quantum", joint.getSeriesKey(0));
        assertEquals("S_AB, classical", joint.getSeriesKey(1));
        assertTrue(figure.sidesText().contains(quantum.name()) && figure.sidesText().contains(classical.name()),
                figure.sidesText());
        SeriesDataset band = figure.shownBand();
        double widest = 0;
        for (int i = 0; i < band.getItemCount(0); i++) {
            Frame frame = quantumFrames.get(i);
            assertEquals(frame.time(), band.getXValue(0, i));
            // Eq. 16: S_A + S_B - S_AB = I(A:B) = -S_C
            assertEquals(frame.mutualInformation(), band.getYValue(0, i) - band.getYValue(1, i), 1e-12);
            widest = Math.max(widest, band.getYValue(0, i) - band.getYValue(1, i));
        }
        // run --csv of resonant-qubits: S_C = -0.06653 at t = 10
        assertTrue(widest > 0.066, "I(A:B) reaches 0.0665 by t = 10, widest " + widest);
        SeriesDataset classicalBand = figure.partnerBand();
        for (int i = 0; i < classicalBand.getItemCount(0); i++) {
            assertEquals(0.0, classicalBand.getYValue(0, i) - classicalBand.getYValue(1, i), 1e-12,
                    "classical bodies: no band");
        }
    }

    @Test
    void withoutAPartnerOnlyTheShownSideIsDrawnAndTheSubtitleSaysSo() throws PresetException {
        Preset quantum = read("resonant-qubits.json");
        CompareFigure figure = new CompareFigure(100);
        figure.update(data(quantum, run(quantum, 5)), 600);
        assertEquals(5, figure.jointEntropies().getItemCount(0));
        assertEquals(0, figure.jointEntropies().getItemCount(1));
        assertTrue(figure.sidesText().contains("no preset to compare with"), figure.sidesText());
    }
}
