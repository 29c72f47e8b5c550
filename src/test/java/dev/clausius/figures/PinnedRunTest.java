package dev.clausius.figures;

import dev.clausius.figures.look.Palette;
import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.thermo.Frame;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pinned runs: their values are their own run's, drawn faint beneath the live curves, one legend entry per pin. */
class PinnedRunTest {

    private static Preset preset(double temperatureB) {
        return new Preset("p", "d", Mode.CLOSED, new SubsystemSpec.Qubit(1.0), new SubsystemSpec.Qubit(1.0), 0.5,
                temperatureB, new CouplingSpec.Terms(List.of(new CouplingSpec.Term(ComplexValue.real(0.05), "sp", "sm",
                true, 0, 0))), null, null, new TimeSpec(0.25, 10));
    }

    @Test
    void aPinHoldsEveryCurveOfItsOwnRunAtEveryFrame() {
        List<Frame> frames = FiguresTest.frames(21);
        Preset pinned = preset(3.0);
        PinnedRun pin = PinnedRun.of("pin1", "pin 1", pinned, frames, List.of(), 10);
        for (int k = 0; k < frames.size(); k++) {
            Frame f = frames.get(k);
            assertEquals(f.time(), pin.time()[k]);
            assertEquals(f.entropyA(), pin.values("entropies", "S_A")[k]);
            assertEquals(f.correlationEntropy(), pin.values("entropies", "S_C = −I(A:B)")[k]);
            // the rate divides by the pin's own T_B (3), whatever the live preset's is
            assertEquals(f.entropyRateA() - f.heatRateA() / 3.0,
                    pin.values("production", "dΣ/dt = dS_A/dt − (dQ_A/dt)/T_B")[k], 1e-15);
            // the decomposition's Delta E_V starts from the pin's own first frame
            assertEquals(f.mutualInformation() + f.relativeEntropyB()
                            + (f.energyCoupling() - frames.get(0).energyCoupling()) / 3.0,
                    pin.values("production", "I + D_B + ΔE_V/T_B")[k], 1e-15);
            assertEquals(f.generalizedTemperatureA(), pin.values("temperatures", "T_A_gen")[k]);
        }
        assertNull(pin.values("entropies", "no such curve"));
        assertEquals("pin1_S_A", pin.column("S_A"));
    }

    @Test
    void pinsAreDrawnFaintUnderTheLiveCurvesWithOneLegendEntryEach() {
        List<Frame> live = FiguresTest.frames(41);
        List<Frame> earlier = new ArrayList<>(FiguresTest.frames(21));
        PinnedRun first = PinnedRun.of("pin1", "pin 1: T_B = 3", preset(3.0), earlier, List.of(), 10);
        PinnedRun second = PinnedRun.of("pin2", "pin 2: T_B = 4", preset(4.0), earlier, List.of(), 10);
        EntropiesFigure figure = new EntropiesFigure(10);
        FigureData data = new FigureData(preset(2.0), live, List.of(), null, null, 10).withPins(List.of(first, second));
        figure.update(data, 800);

        TimePlot plot = figure.timePlot();
        SeriesDataset pinned = plot.pinnedDataset();
        assertEquals(8, pinned.getSeriesCount(), "4 curves of each of the 2 pins");
        assertEquals("pin 1: T_B = 3 · S_A", pinned.getSeriesKey(0));
        assertEquals("pin 2: T_B = 4 · S_C = −I(A:B)", pinned.getSeriesKey(7));
        for (int k = 0; k < earlier.size(); k++) {
            assertEquals(earlier.get(k).time(), pinned.getXValue(4, k));
            assertEquals(earlier.get(k).entropyA(), pinned.getYValue(4, k));
        }
        XYPlot xy = plot.plot();
        assertEquals(pinned, xy.getDataset(1));
        // the reverse order draws dataset 1 before dataset 0: the live curves stay on top
        assertEquals(DatasetRenderingOrder.REVERSE, xy.getDatasetRenderingOrder());
        Color faint = (Color) xy.getRenderer(1).getSeriesPaint(0);
        assertEquals(Palette.BLUE.getRGB() & 0xFFFFFF, faint.getRGB() & 0xFFFFFF, "the live curve's colour");
        assertTrue(faint.getAlpha() < 128, "faint: alpha " + faint.getAlpha());

        LegendItemCollection legend = xy.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(dev.clausius.typeset.Markup.plain(((LegendItem) legend.get(i)).getLabel())); // as read, without markup
        }
        assertEquals(List.of("S_A", "S_B", "S_AB", "S_C = −I(A:B)", "pin 1: T_B = 3", "pin 2: T_B = 4"), labels);

        figure.update(data.withPins(List.of()), 800);
        assertEquals(0, plot.pinnedDataset().getSeriesCount(), "cleared pins leave nothing behind");
    }

    @Test
    void aPinOfAnotherLengthKeepsItsOwnTimes() {
        PinnedRun pin = PinnedRun.of("pin1", "pin 1", preset(2.0), FiguresTest.frames(5), List.of(), 10);
        TemperatureFigure figure = new TemperatureFigure(preset(2.0), 10);
        figure.update(new FigureData(preset(2.0), FiguresTest.frames(41), List.of(), null, null, 10)
                .withPins(List.of(pin)), 800);
        SeriesDataset pinned = figure.timePlot().pinnedDataset();
        assertEquals(5, pinned.getItemCount(0));
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1.0},
                new double[] {pinned.getXValue(0, 0), pinned.getXValue(0, 1), pinned.getXValue(0, 2),
                        pinned.getXValue(0, 3), pinned.getXValue(0, 4)});
    }
}
