package dev.clausius.figures;

import dev.clausius.figures.look.Palette;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.export.RecordedRun;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import dev.clausius.typeset.Markup;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine panel draws a pinned engine run's own per-cycle efficiencies and loop faint beneath the live ones. */
class EnginePinsTest {

    /** The engine's frames up to {@code end} on its own grid, and its completed cycles, as the explorer records them. */
    private static FigureData run(Preset preset, double end) throws Exception {
        return RecordedRun.of(preset, Evolvers.create(preset, preset.name()),
                new TimeGrid(TimeGrid.of(preset).dt(), end)).figureData();
    }

    @Test
    void aPinnedEngineRunDrawsItsOwnCyclesFaintWithOneLegendEntry() throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "otto-qubit.json"));
        // one cycle is 40 time units: the pin has closed two cycles, the live run three
        FigureData earlier = run(preset, 100);
        FigureData live = run(preset, 130);
        List<CycleRecord> records = earlier.cycles();
        assertEquals(2, records.size(), "the pin's completed cycles");
        PinnedRun pin = PinnedRun.of("pin1", "pin 1: T_{hot} = 3", preset, earlier.frames(), records, earlier.end());

        EngineFigure figure = new EngineFigure(preset);
        figure.update(live.withPins(List.of(pin)), 800);

        SeriesDataset pinned = figure.pinnedEfficiency();
        assertEquals(2, pinned.getSeriesCount(), "η (Eq. 19) and W/Q_hot of the one pin");
        for (int i = 0; i < records.size(); i++) {
            CycleRecord record = records.get(i);
            assertEquals(record.cycle() + 1, pinned.getXValue(0, i));
            assertEquals(record.generalizedTemperatureEfficiency(), pinned.getYValue(0, i));
            assertEquals(record.energyEfficiency(), pinned.getYValue(1, i));
        }
        assertEquals(records.size(), pinned.getItemCount(0));
        // the pin's values are its own run's, not the live run's third cycle
        assertEquals(3, figure.charts().get(0).getXYPlot().getDataset(0).getItemCount(0));

        XYPlot plot = figure.charts().get(0).getXYPlot();
        assertSame(pinned, plot.getDataset(1));
        assertEquals(DatasetRenderingOrder.REVERSE, plot.getDatasetRenderingOrder(), "pins drawn first, beneath");
        Color eq19 = (Color) plot.getRenderer(1).getSeriesPaint(0);
        Color energy = (Color) plot.getRenderer(1).getSeriesPaint(1);
        assertEquals(Palette.BLUE.getRGB() & 0xFFFFFF, eq19.getRGB() & 0xFFFFFF, "the live η's colour");
        assertEquals(Palette.VERMILLION.getRGB() & 0xFFFFFF, energy.getRGB() & 0xFFFFFF, "the live W/Q_hot's colour");
        assertTrue(eq19.getAlpha() < 128 && energy.getAlpha() < 128, "faint: alpha " + eq19.getAlpha());
        assertEquals(List.of("pin 1: T_hot = 3"), pinLabels(plot.getLegendItems()), "one legend entry per pin");

        // the loop: the pin's last complete cycle (its second, t in [40, 80)) in the T-S plane
        SeriesDataset loops = figure.cyclePlot().pinnedDataset();
        assertEquals(1, loops.getSeriesCount());
        List<Frame> second = earlier.frames().stream().filter(f -> f.engine().cycle() == 1).toList();
        assertTrue(second.size() > 100, "the second cycle's frames: " + second.size());
        assertEquals(second.size(), loops.getItemCount(0));
        for (int k = 0; k < second.size(); k++) {
            assertEquals(second.get(k).entropyA(), loops.getXValue(0, k));
        }
        Color loop = (Color) figure.cyclePlot().plot().getRenderer(1).getSeriesPaint(0);
        assertTrue(loop.getAlpha() < 128, "faint loop: alpha " + loop.getAlpha());
        assertEquals(List.of("pin 1: T_hot = 3"), pinLabels(figure.cyclePlot().plot().getLegendItems()));

        figure.update(live.withPins(List.of()), 800);
        assertEquals(0, figure.pinnedEfficiency().getSeriesCount(), "cleared pins leave no efficiency behind");
        assertEquals(0, figure.cyclePlot().pinnedDataset().getSeriesCount(), "nor a loop");
        assertEquals(List.of(), pinLabels(plot.getLegendItems()));
    }

    @Test
    void aPinOfAClosedRunHasNoCyclesAndDrawsNothingOnTheEnginePanel() throws Exception {
        Preset engine = PresetReader.read(Path.of("presets", "otto-qubit.json"));
        Preset closed = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        FigureData run = run(engine, 50);
        PinnedRun pin = PinnedRun.of("pin1", "pin 1", closed, FiguresTest.frames(5), List.of(), 10);
        assertEquals(0, pin.cycles().count());
        EngineFigure figure = new EngineFigure(engine);
        figure.update(run.withPins(List.of(pin)), 800);
        assertEquals(0, figure.pinnedEfficiency().getSeriesCount());
        assertEquals(0, figure.cyclePlot().pinnedDataset().getSeriesCount());
    }

    private static List<String> pinLabels(LegendItemCollection legend) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            String label = Markup.plain(((LegendItem) legend.get(i)).getLabel());
            if (label.startsWith("pin")) {
                labels.add(label);
            }
        }
        return labels;
    }
}
