package dev.clausius.figures;

import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.StateSnapshot;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The panel charts without any JavaFX: series equal the frames, decimation, gaps, headless rendering. */
class FiguresTest {

    private static final Preset PRESET = new Preset("p", "d", Mode.CLOSED, new SubsystemSpec.Qubit(1.0),
            new SubsystemSpec.Qubit(1.0), 0.5, 2.0, new CouplingSpec.Terms(List.of(new CouplingSpec.Term(
            ComplexValue.real(0.05), "sp", "sm", true, 0, 0))), null, null, new TimeSpec(0.25, 10));

    /** Synthetic frames with distinct, known values in every column used by the panels. */
    static List<Frame> frames(int n) {
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double t = 0.25 * k;
            double s = Math.sin(t);
            frames.add(new Frame(t, 0.3 + 0.1 * s, 0.6 - 0.1 * s, 0.9, -0.05 * s * s, 0.05 * s * s, -0.2 * s, 0.2 * s,
                    0.01 * s, 0.1 * s, -0.1 * s, Math.cos(t), 0.5 * Math.cos(t), -Math.cos(t), -0.5 * Math.cos(t),
                    0.02 * s, 1e-17, Math.cos(t), 0.5 + 0.1 * s, 2 - 0.1 * s, 0.01 * s * s));
        }
        return frames;
    }

    private static FigureData data(List<Frame> frames) {
        StateSnapshot qubit = new StateSnapshot(new double[][] {{0.3, 0.1}, {0.1, 0.7}}, new double[2][2]);
        return new FigureData(PRESET, frames, List.of(), qubit, qubit, 10);
    }

    @Test
    void entropiesSeriesEqualTheFrames() {
        EntropiesFigure figure = new EntropiesFigure(10);
        List<Frame> frames = frames(41);
        figure.update(data(frames), 800);
        SeriesDataset dataset = figure.timePlot().dataset();
        assertEquals(List.of("S_A", "S_B", "S_AB", "S_C = −I(A:B)"),
                List.of(dataset.getSeriesKey(0), dataset.getSeriesKey(1), dataset.getSeriesKey(2), dataset.getSeriesKey(3)));
        for (int k = 0; k < frames.size(); k++) {
            assertEquals(frames.get(k).time(), dataset.getXValue(0, k));
            assertEquals(frames.get(k).entropyA(), dataset.getYValue(0, k));
            assertEquals(frames.get(k).entropyB(), dataset.getYValue(1, k));
            assertEquals(frames.get(k).entropyAB(), dataset.getYValue(2, k));
            assertEquals(frames.get(k).correlationEntropy(), dataset.getYValue(3, k));
        }
    }

    @Test
    void productionShowsSigmaItsRateTheInteriorTermAndTheDecomposition() {
        ProductionFigure figure = new ProductionFigure(PRESET, 10);
        List<Frame> frames = frames(41);
        figure.update(data(frames), 800);
        List<TimePlot> plots = figure.timePlots();
        assertEquals(3, plots.size());
        Frame f = frames.get(7);
        assertEquals(f.spohnProduction(), plots.get(0).dataset().getYValue(0, 7));
        double decomposition = f.mutualInformation() + f.relativeEntropyB()
                + (f.energyCoupling() - frames.get(0).energyCoupling()) / 2.0;
        assertEquals(decomposition, plots.get(0).dataset().getYValue(1, 7), 1e-15);
        assertEquals(f.entropyRateA() - f.heatRateA() / 2.0, plots.get(1).dataset().getYValue(0, 7), 1e-15);
        assertEquals(1e-17, plots.get(2).dataset().getYValue(0, 7));
        assertTrue(plots.get(2).plot().getRangeAxis() instanceof org.jfree.chart.axis.LogAxis);
    }

    @Test
    void temperatureSeriesEqualTheFramesWithReferenceLinesAndThePopulationTemperature() {
        TemperatureFigure figure = new TemperatureFigure(PRESET, 10);
        List<Frame> frames = frames(41);
        figure.update(data(frames), 800);
        SeriesDataset dataset = figure.timePlot().dataset();
        assertEquals(3, dataset.getSeriesCount());
        assertEquals(frames.get(3).generalizedTemperatureA(), dataset.getYValue(0, 3));
        assertEquals(2, figure.timePlot().plot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        // a diagonal qubit at T: E_A = (omega/2)(p_e - p_g), and T_pop must give T back
        double t = 0.7;
        double pe = 1 / (1 + Math.exp(1 / t));
        Frame thermal = new Frame(0, 0, 0, 0, 0, 0, 0.5 * (2 * pe - 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(t, TemperatureFigure.populationTemperature(thermal, 1.0), 1e-12);
    }

    @Test
    void poleOfTheGeneralizedTemperatureIsAGapNotASpike() {
        double[] y = {1, 2, 50, -40, -2, 1e6};
        double[] rate = {1, 0.5, 0.01, -0.01, -0.5, 1e-9};
        double[] heat = new double[y.length]; // dQ = T dS, positive throughout: the zero of dS is a pole
        for (int k = 0; k < y.length; k++) {
            heat[k] = y[k] * rate[k];
        }
        Divergences.breakAtPoles(y, heat, rate, y.length, 100);
        assertEquals(2, y[1]);
        assertTrue(Double.isNaN(y[2]), "the larger side of the pole");
        assertEquals(-40, y[3]);
        assertTrue(Double.isNaN(y[5]), "beyond the cap");
        assertTrue(Double.isNaN(y[4]) || y[4] == -2);
    }

    @Test
    void decimationKeepsTheMinAndMaxOfEveryPixelColumn() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Random random = new java.util.Random(1);
        for (int k = 0; k < n; k++) {
            x[k] = k;
            y[k] = random.nextGaussian();
        }
        y[54_321] = 1e3;
        y[77_777] = -1e3;
        y[12_345] = Double.NaN;
        int pixels = 500;
        double binWidth = n / (double) pixels;
        MinMaxDecimator.Points points = MinMaxDecimator.decimate(x, y, n, 0, binWidth);
        assertTrue(points.size() <= 5 * pixels, "points: " + points.size());
        for (int bin = 0; bin < pixels; bin++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double keptMin = Double.POSITIVE_INFINITY;
            double keptMax = Double.NEGATIVE_INFINITY;
            for (int k = (int) (bin * binWidth); k < (int) ((bin + 1) * binWidth); k++) {
                if (!Double.isNaN(y[k])) {
                    min = Math.min(min, y[k]);
                    max = Math.max(max, y[k]);
                }
            }
            for (int i = 0; i < points.size(); i++) {
                if (Math.floor(points.x()[i] / binWidth) == bin && !Double.isNaN(points.y()[i])) {
                    keptMin = Math.min(keptMin, points.y()[i]);
                    keptMax = Math.max(keptMax, points.y()[i]);
                }
            }
            assertEquals(min, keptMin, "min of column " + bin);
            assertEquals(max, keptMax, "max of column " + bin);
        }
        boolean gap = false;
        for (int i = 0; i < points.size(); i++) {
            gap |= Double.isNaN(points.y()[i]) && points.x()[i] == 12_345;
        }
        assertTrue(gap, "the NaN gap survives");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.x()[i] > points.x()[i - 1], "time order");
        }
    }

    @Test
    void everyChartRendersHeadlessToANonBlankImage() {
        List<Frame> frames = frames(41);
        for (Figure figure : Figures.forPreset(PRESET, 10)) {
            figure.update(data(frames), 600);
            figure.style(FigureStyle.PROJECTOR);
            for (JFreeChart chart : figure.charts()) {
                BufferedImage image = chart.createBufferedImage(600, 400);
                assertTrue(colouredPixels(image) > 100, figure.name() + " draws something");
            }
        }
    }

    @Test
    void theFirstFrameAloneIsMarkedByShapesAndLaterOnlyLinesAreDrawn() {
        EntropiesFigure figure = new EntropiesFigure(10);
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) figure.timePlot().plot().getRenderer();
        figure.update(data(frames(1)), 600);
        assertTrue(renderer.getItemShapeVisible(0, 0), "t = 0 alone is visible as a point");
        int withPoints = colouredPixels(figure.charts().get(0).createBufferedImage(600, 400));
        renderer.setDefaultShapesVisible(false);
        int legendOnly = colouredPixels(figure.charts().get(0).createBufferedImage(600, 400));
        assertTrue(withPoints > legendOnly + 40, "the points are drawn: " + withPoints + " against " + legendOnly);
        figure.update(data(frames(41)), 600);
        assertTrue(!renderer.getItemShapeVisible(0, 0), "lines only once there are two frames");
    }

    /** Dashed antialiased grid lines took over half of a live chart's drawing (decision 0010). */
    @Test
    void everyGridLineIsSolidInBothLooks() {
        for (FigureStyle style : FigureStyle.values()) {
            for (Figure figure : Figures.forPreset(PRESET, 10)) {
                figure.style(style);
                for (JFreeChart chart : figure.charts()) {
                    List<org.jfree.chart.plot.XYPlot> plots = chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot c
                            ? c.getSubplots() : chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy ? List.of(xy) : List.of();
                    for (var plot : plots) {
                        for (var stroke : List.of(plot.getDomainGridlineStroke(), plot.getRangeGridlineStroke())) {
                            assertTrue(stroke instanceof java.awt.BasicStroke basic && basic.getDashArray() == null,
                                    figure.name() + " " + style + ": a solid grid, got " + stroke);
                        }
                    }
                }
            }
        }
    }

    @Test
    void stateFigureShowsHeatMapPopulationsAndBlochVector() {
        StateFigure figure = new StateFigure();
        figure.update(data(frames(2)), 600);
        assertEquals(4, figure.heatMapA().dataset().getItemCount(0));
        assertEquals(0.1, figure.heatMapA().dataset().getZValue(0, 1), 1e-15);
        assertEquals(0.3, figure.populationsA().getY(0).doubleValue());
        assertEquals(0.7, figure.populationsA().getY(1).doubleValue());
        assertEquals(0.2, figure.blochVector().getX(1).doubleValue(), 1e-15);
        assertEquals(-0.4, figure.blochVector().getY(1).doubleValue(), 1e-15);
    }

    @Test
    void figuresImportNoJavaFx() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.clausius.figures"));
    }

    private static int colouredPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
