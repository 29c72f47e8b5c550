package dev.clausius.export;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: a preset's opening frame (t = 0, one frame, as the explorer first shows it and as
 * {@code export --t-end 0} draws it) gives every axis distinct, readable ticks; the Otto engine's
 * entropies once showed twenty ticks all reading 9.009477E-2.
 */
class OneFrameTicksTest {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 450;

    /** One axis' tick labels as drawn: where it is, and what it says. */
    private record AxisTicks(String where, List<String> labels) {
    }

    /** The run of {@code file} stopped at its first frame, its figures spanning {@code end}. */
    private static RecordedRun opening(Path file, boolean presetEnd) throws Exception {
        Preset preset = PresetReader.read(file);
        TimeGrid first = new TimeGrid(preset.time().dt(), 0);
        RecordedRun run = RecordedRun.of(preset, Evolvers.create(preset, file.toString()), first);
        assertEquals(1, run.frames().size());
        double end = presetEnd ? TimeGrid.end(preset) : 0;
        return new RecordedRun(run.preset(), run.frames(), run.cycles(), run.stateA(), run.stateB(), run.columns(),
                end, run.invariants(), run.cellTemperatures());
    }

    /** Draws every chart of every exported panel and reads the ticks of each of its number axes. */
    private static List<AxisTicks> ticks(RecordedRun run) {
        return ticks(run, dev.clausius.i18n.Texts.english());
    }

    /** As {@link #ticks(RecordedRun)}, the panels drawn in {@code texts}' language. */
    private static List<AxisTicks> ticks(RecordedRun run, dev.clausius.i18n.Texts texts) {
        List<AxisTicks> all = new ArrayList<>();
        for (PanelExport.Panel panel : PanelExport.panels(run, WIDTH, false, true, texts)) {
            for (JFreeChart chart : panel.charts()) {
                if (chart.getPlot() instanceof XYPlot plot) {
                    all.addAll(ticks(panel.name(), chart, plot));
                }
            }
        }
        return all;
    }

    private static List<AxisTicks> ticks(String panel, JFreeChart chart, XYPlot plot) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
            PlotRenderingInfo plotInfo = info.getPlotInfo();
            List<AxisTicks> found = new ArrayList<>();
            found.add(read(panel + " time axis", plot.getDomainAxis(), g2, plotInfo.getDataArea(), RectangleEdge.BOTTOM));
            List<XYPlot> plots = plot instanceof CombinedDomainXYPlot combined ? combined.getSubplots() : List.of(plot);
            for (int i = 0; i < plots.size(); i++) {
                Rectangle2D area = plots.size() > 1 ? plotInfo.getSubplotInfo(i).getDataArea() : plotInfo.getDataArea();
                ValueAxis range = plots.get(i).getRangeAxis();
                found.add(read(panel + " axis '" + range.getLabel() + "'", range, g2, area, RectangleEdge.LEFT));
            }
            return found;
        } finally {
            g2.dispose();
        }
    }

    private static AxisTicks read(String where, ValueAxis axis, Graphics2D g2, Rectangle2D area, RectangleEdge edge) {
        List<?> ticks = axis.refreshTicks(g2, new AxisState(), area, edge);
        List<String> labels = ticks.stream()
                .map(OneFrameTicksTest::text)
                .filter(text -> text != null && !text.isEmpty()) // a log axis' minor ticks carry no label
                .toList();
        return new AxisTicks(where, labels);
    }

    /** A tick's label; a log axis writes its decades as attributed text. */
    private static String text(Object tick) {
        if (tick instanceof LogTick log && log.getAttributedLabel() != null) {
            AttributedCharacterIterator chars = log.getAttributedLabel().getIterator();
            StringBuilder text = new StringBuilder();
            for (char c = chars.first(); c != CharacterIterator.DONE; c = chars.next()) {
                text.append(c);
            }
            return text.toString();
        }
        return ((ValueTick) tick).getText();
    }

    private static void assertReadable(AxisTicks axis, int atLeast) {
        String what = axis.where() + ": " + axis.labels();
        assertTrue(axis.labels().size() >= atLeast, what);
        assertEquals(axis.labels().size(), new HashSet<>(axis.labels()).size(), "repeated tick label on " + what);
        for (String label : axis.labels()) {
            assertFalse(label.matches(".*\\d[eE][-+]?\\d.*"), "E-notation on " + what);
        }
    }

    @Test
    void ottoEntropiesAtTheOpeningFrameHaveDistinctTicks() throws Exception {
        for (boolean presetEnd : new boolean[] {true, false}) {
            List<AxisTicks> axes = ticks(opening(Path.of("presets/otto-qubit.json"), presetEnd));
            AxisTicks entropy = axes.stream().filter(a -> a.where().startsWith("entropies axis")).findFirst().orElseThrow();
            assertReadable(entropy, 3);
            // the value itself, S_A(0) = 0.0900947..., lies inside the labelled range
            List<Double> values = entropy.labels().stream().map(Double::parseDouble).toList();
            assertTrue(values.get(0) < 0.0900947 && values.get(values.size() - 1) > 0.0900947, entropy.toString());
        }
    }

    /** Issue 19: the same in German, whose tick labels carry a decimal comma (the otto entropies read back). */
    @Test
    void theOpeningFramesAxesAreReadableInGermanWithADecimalComma() throws Exception {
        dev.clausius.i18n.Texts german = dev.clausius.i18n.Texts.of(dev.clausius.i18n.Language.GERMAN);
        List<Path> presets;
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            presets = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(presets.size() >= 10, "shipped presets: " + presets);
        int commas = 0;
        for (Path file : presets) {
            List<AxisTicks> axes = ticks(opening(file, true), german);
            assertTrue(axes.size() >= 4, file + ": " + axes);
            for (AxisTicks axis : axes) {
                assertReadable(new AxisTicks(file.getFileName() + " " + axis.where(), axis.labels()), 2);
                for (String label : axis.labels()) {
                    assertFalse(label.matches(".*\\d\\.\\d.*"), "a decimal point in German on " + axis);
                    commas += label.contains(",") ? 1 : 0;
                }
            }
        }
        assertTrue(commas > 100, "tick labels with a decimal comma: " + commas);
        AxisTicks entropy = ticks(opening(Path.of("presets/otto-qubit.json"), true), german).stream()
                .filter(a -> a.where().startsWith("entropies axis")).findFirst().orElseThrow();
        List<Double> values = entropy.labels().stream().map(l -> Double.parseDouble(l.replace(',', '.').replace('−', '-')))
                .toList();
        assertTrue(values.get(0) < 0.0900947 && values.get(values.size() - 1) > 0.0900947, entropy.toString());
    }

    /** Every number axis of every panel of every shipped preset, at its opening frame. */
    @Test
    void everyPresetsOpeningFrameHasReadableAxes() throws Exception {
        List<Path> presets;
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            presets = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(presets.size() >= 10, "shipped presets: " + presets);
        for (Path file : presets) {
            List<AxisTicks> axes = ticks(opening(file, true));
            assertTrue(axes.size() >= 4, file + ": " + axes);
            for (AxisTicks axis : axes) {
                assertReadable(new AxisTicks(file.getFileName() + " " + axis.where(), axis.labels()), 2);
            }
        }
    }
}
