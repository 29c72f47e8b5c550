package dev.clausius.figures.scene;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.look.Palette;
import dev.clausius.figures.FigureStyle;

import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.preset.EngineSpec;
import dev.clausius.thermo.EngineLedger;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scene's mapping from a frame's numbers to colours and sizes, and that the drawing follows it. */
class SceneFigureTest {

    private static final double NAN = Double.NaN;
    private static final Preset CLOSED = new Preset("p", "d", Mode.CLOSED, new SubsystemSpec.Qubit(1.0),
            new SubsystemSpec.Qubit(1.0), 0.5, 2.0, new CouplingSpec.Terms(List.of(new CouplingSpec.Term(
            ComplexValue.real(0.05), "sp", "sm", true, 0, 0))), null, null, new TimeSpec(0.25, 10));

    /** A closed-mode frame with the scene's numbers: S_A, S_B, S_AB, I (S_C = -I), dQ_A/dt, T_A_gen, T_B_gen. */
    private static Frame frame(double t, double sA, double sB, double sAB, double information, double heatRateA,
                               double tA, double tB) {
        return new Frame(t, sA, sB, sAB, -information, information, NAN, NAN, NAN, NAN, NAN, NAN, heatRateA, NAN,
                -heatRateA, NAN, NAN, NAN, tA, tB, NAN);
    }

    private static List<Frame> closedFrames() {
        List<Frame> frames = new ArrayList<>();
        frames.add(frame(0, 0.30, 0.60, 0.90, 0, 0, NAN, NAN));
        frames.add(frame(1, 0.45, 0.62, 0.90, 0.17, 0.037, 0.8, -3.0));
        // the newest frame: A at T_gen = 1.25 (the middle of [0.5, 2]), B without a temperature
        frames.add(frame(2, 0.50, 0.55, 0.90, 0.15, 0.02, 1.25, NAN));
        return frames;
    }

    private static SceneFigure drawn(FigureData data, int width, int height, BufferedImage[] image) {
        SceneFigure figure = new SceneFigure();
        figure.update(data, width);
        image[0] = figure.charts().get(0).createBufferedImage(width, height);
        return figure;
    }

    @Test
    void niceCeilingRoundsUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.05, SceneMapping.niceCeiling(0.037), 1e-18);
        assertEquals(0.2, SceneMapping.niceCeiling(0.17), 1e-18);
        assertEquals(0.2, SceneMapping.niceCeiling(0.2), 1e-18);
        assertEquals(2.0, SceneMapping.niceCeiling(1.07), 1e-15);
        assertEquals(10.0, SceneMapping.niceCeiling(5.5), 1e-15);
        assertEquals(0.0, SceneMapping.niceCeiling(1e-15), "round-off is no scale");
    }

    @Test
    void arrowBondAndBarFollowTheNewestFrameThroughTheStatedScales() {
        BufferedImage[] image = new BufferedImage[1];
        SceneFigure figure = drawn(new FigureData(CLOSED, closedFrames(), List.of(), null, null, 10), 900, 600, image);
        SceneElements e = figure.elements();
        // scales: the largest so far, rounded up: |dQ_A/dt| 0.037 -> 0.05, I 0.17 -> 0.2,
        // the largest partial sum S_A + S_B = 1.07 -> 2
        assertEquals(0.05, e.mapping().heatFull(), 1e-15);
        assertEquals(0.2, e.mapping().informationFull(), 1e-15);
        assertEquals(2.0, e.mapping().entropyFull(), 1e-15);
        assertEquals(0.02 / 0.05, e.arrowFraction(), 1e-12);
        assertEquals(0.15 / 0.2, e.bondFraction(), 1e-12);
        ScenePlot.Geometry g = figure.geometry();
        assertNotNull(g);
        assertEquals(0.4 * g.arrowFullWidth(), g.arrowWidth(), 1e-9);
        assertEquals(ScenePlot.ARROW_FULL * g.bodyA().getHeight(), g.arrowFullWidth(), 1e-9);
        assertEquals(0.75 * g.bondFullThickness(), g.bondThickness(), 1e-9);
        // the budget: S_A = 0.5, S_A + S_B = 1.05, + S_C (-0.15) = 0.90 = S_AB, on a bar of 2 nats
        double perNat = g.barFullLength() / 2.0;
        assertEquals(0.50 * perNat, g.segmentEnds()[0] - g.barZero(), 1e-9);
        assertEquals(1.05 * perNat, g.segmentEnds()[1] - g.barZero(), 1e-9);
        assertEquals(0.90 * perNat, g.segmentEnds()[2] - g.barZero(), 1e-9);
        assertEquals(0.90 * perNat, g.entropyABEnd() - g.barZero(), 1e-9);
    }

    @Test
    void aBodyIsColouredByItsGeneralizedTemperatureAndHatchedWithoutOne() {
        BufferedImage[] image = new BufferedImage[1];
        SceneFigure figure = drawn(new FigureData(CLOSED, closedFrames(), List.of(), null, null, 10), 900, 600, image);
        SceneElements e = figure.elements();
        // T_gen 1.25 is half way between T_A(0) = 0.5 and T_B(0) = 2: the scale's middle class
        assertEquals(new Color(0xFF, 0xFF, 0xBF), e.a().colour());
        assertFalse(e.a().hatched());
        assertTrue(e.b().hatched(), "T_B_gen is NaN");
        assertTrue(count(image[0], new Color(0xFF, 0xFF, 0xBF)) > 1000, "A is painted in its colour");
        // a negative T_gen is no temperature either
        List<Frame> frames = closedFrames();
        frames.add(frame(3, 0.5, 0.55, 0.9, 0.15, 0.02, -3.0, 0.5));
        SceneElements later = drawn(new FigureData(CLOSED, frames, List.of(), null, null, 10), 900, 600, image)
                .elements();
        assertTrue(later.a().hatched());
        assertEquals(new Color(0x31, 0x36, 0x95), later.b().colour(), "T = 0.5 is the cold end");
        assertTrue(count(image[0], new Color(0x31, 0x36, 0x95)) > 1000);
    }

    @Test
    void theArrowPointsIntoTheBodyThatGainsHeatAndRoundOffDrawsNone() {
        List<Frame> frames = closedFrames();
        frames.add(frame(3, 0.5, 0.55, 0.9, 1e-14, -0.05, 1.0, 1.0));
        BufferedImage[] image = new BufferedImage[1];
        SceneFigure figure = drawn(new FigureData(CLOSED, frames, List.of(), null, null, 10), 900, 600, image);
        assertEquals(-0.05, figure.elements().heatRate());
        assertEquals(1.0, figure.elements().arrowFraction(), 1e-15);
        assertEquals(0.0, figure.geometry().bondThickness(), "I of 1e-14 is round-off: no bond");
        ScenePlot.Geometry g = figure.geometry();
        assertTrue(g.arrowTip() >= g.partner().getX(), "heat leaves A: the arrow ends at B");
        // the head is wider than the shaft: count the arrow's pixels in a column near each end
        int middle = (int) ((g.bodyA().getMaxX() + g.partner().getX()) / 2);
        int widestA = 0;
        int widestB = 0;
        for (int x = (int) g.bodyA().getMaxX(); x < (int) g.partner().getX(); x++) {
            int n = column(image[0], x, Palette.VERMILLION);
            if (x < middle) {
                widestA = Math.max(widestA, n);
            } else {
                widestB = Math.max(widestB, n);
            }
        }
        assertTrue(Math.abs(widestA - g.arrowWidth()) <= 2, widestA + " is the shaft, " + g.arrowWidth() + " wide");
        assertTrue(widestB > widestA + 10, "the head is on B's side: " + widestB + " against " + widestA);
    }

    private static int column(BufferedImage image, int x, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            n += same(image.getRGB(x, y), colour) ? 1 : 0;
        }
        return n;
    }

    @Test
    void classicalCellsGetTheirOwnColoursAndTheBudgetHasNoCorrelationPart() {
        double[][] cells = {{0.5, 0.8, 1.1}, {1.4, 1.7, 2.0}};
        List<Frame> frames = List.of(frame(0, 0, 0, 0, 0, 0, NAN, NAN), frame(1, 0.3, -0.2, 0.1, 0, 0.1, 0.9, 1.6));
        BufferedImage[] image = new BufferedImage[1];
        SceneFigure figure = drawn(new FigureData(CLOSED, frames, List.of(), null, null, 10, cells), 900, 600, image);
        SceneElements e = figure.elements();
        assertEquals(3, e.a().cellColours().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(e.mapping().colour(cells[0][i]), e.a().cellColours().get(i));
            assertEquals(e.mapping().colour(cells[1][i]), e.b().cellColours().get(i));
            assertTrue(count(image[0], e.a().cellColours().get(i)) > 500, "cell " + i + " of A is drawn");
        }
        assertEquals(new Color(0x31, 0x36, 0x95), e.a().cellColours().get(0));
        assertEquals(new Color(0xA5, 0x00, 0x26), e.b().cellColours().get(2));
        ScenePlot.Geometry g = figure.geometry();
        assertEquals(g.segmentEnds()[1], g.segmentEnds()[2], 1e-12, "S_C = 0: no part");
        assertEquals(g.segmentEnds()[1], g.entropyABEnd(), 1e-9, "Eq. 15: S_A + S_B = S_AB");
    }

    @Test
    void aNegativeEntropyChangePutsZeroInTheMiddleOfTheBar() {
        // a classical A that starts hotter loses entropy: S_A = -0.3, S_B = +0.4, S_AB = 0.1 (Eq. 15)
        List<Frame> frames = List.of(frame(0, 0, 0, 0, 0, 0, NAN, NAN), frame(1, -0.3, 0.4, 0.1, 0, -0.1, 1.5, 0.9));
        SceneFigure figure = drawn(new FigureData(CLOSED, frames, List.of(), null, null, 10), 900, 600,
                new BufferedImage[1]);
        SceneMapping m = figure.elements().mapping();
        assertTrue(m.entropyNegative());
        assertEquals(0.5, m.entropyFull(), 1e-15, "the largest |partial sum|, 0.3, rounded up");
        ScenePlot.Geometry g = figure.geometry();
        double perNat = g.barFullLength() / 0.5;
        assertEquals(-0.3 * perNat, g.segmentEnds()[0] - g.barZero(), 1e-9);
        assertEquals(0.1 * perNat, g.segmentEnds()[1] - g.barZero(), 1e-9);
        assertEquals(0.1 * perNat, g.entropyABEnd() - g.barZero(), 1e-9);
        // room on both sides: the bar's full length on each side of zero
        assertTrue(g.barZero() - g.barFullLength() >= 0);
        assertTrue(g.barZero() + g.barFullLength() <= 900);
    }

    @Test
    void openModeDrawsTheBathAtItsTemperature() {
        Preset open = new Preset("o", "d", Mode.OPEN, new SubsystemSpec.Qubit(1.0), null, 0.2, 1.0, null,
                new OpenSpec(0.1, "sm", List.of()), null, new TimeSpec(0.1, 10));
        List<Frame> frames = List.of(new Frame(0, 0.3, NAN, 0.3, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 0.004,
                NAN, NAN, NAN, NAN, NAN, 0.6, NAN, NAN));
        SceneElements e = drawn(new FigureData(open, frames, List.of(), null, null, 10), 900, 600,
                new BufferedImage[1]).elements();
        assertNull(e.b());
        assertEquals("bath", e.reservoir().name());
        assertEquals(new Color(0xA5, 0x00, 0x26), e.reservoir().colour(), "T = 1 is the hot end of [0.2, 1]");
    }

    @Test
    void engineModeDrawsTheReservoirOfTheCurrentStrokeAndNamesIt() {
        EngineSpec spec = new EngineSpec(new SubsystemSpec.Qubit(2.0), new EngineSpec.Bath(2.0, 0.1),
                new EngineSpec.Bath(0.5, 0.1), List.of(new EngineSpec.Stroke("hot", 2, 2, 20),
                new EngineSpec.Stroke(null, 2, 1, 0), new EngineSpec.Stroke("cold", 1, 1, 20),
                new EngineSpec.Stroke(null, 1, 2, 0)), 3);
        Preset engine = new Preset("e", "d", Mode.ENGINE, null, null, NAN, NAN, null, null, spec,
                new TimeSpec(0.05, 100));
        Frame cold = new Frame(25, 0.4, NAN, 0.4, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, -0.01, NAN, NAN, NAN, NAN,
                NAN, 0.7, NAN, NAN, new EngineLedger(0, 2, 1, 0.3, -0.1, 0.2));
        SceneElements e = drawn(new FigureData(engine, List.of(cold), List.of(), null, null, 100), 900, 600,
                new BufferedImage[1]).elements();
        assertEquals("cold bath", e.reservoir().name());
        assertEquals(0.5, e.reservoir().temperature());
        assertEquals("stroke 2: cold bath, ω = 1", e.stroke());
        Frame quench = new Frame(20, 0.4, NAN, 0.4, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 0, NAN, NAN, NAN, NAN,
                NAN, NAN, NAN, NAN, new EngineLedger(0, 1, 1.5, 0.3, 0, 0.1));
        SceneElements isolated = drawn(new FigureData(engine, List.of(quench), List.of(), null, null, 100), 900, 600,
                new BufferedImage[1]).elements();
        assertNull(isolated.reservoir());
        assertEquals("stroke 1: quench, ω 2 → 1", isolated.stroke());
    }

    @Test
    void projectorModeDrawsTheSameSceneWithLargerText() {
        SceneFigure figure = new SceneFigure();
        figure.update(new FigureData(CLOSED, closedFrames(), List.of(), null, null, 10), 900);
        figure.charts().get(0).createBufferedImage(900, 600);
        double normalBar = figure.geometry().barZero();
        figure.style(FigureStyle.PROJECTOR);
        figure.charts().get(0).createBufferedImage(900, 600);
        assertTrue(figure.geometry().barZero() > normalBar, "the bar's labels take more room");
        assertEquals(0.4 * figure.geometry().arrowFullWidth(), figure.geometry().arrowWidth(), 1e-9);
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (same(image.getRGB(x, y), colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean same(int rgb, Color colour) {
        return Math.abs(((rgb >> 16) & 0xFF) - colour.getRed()) <= 2 && Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) <= 2
                && Math.abs((rgb & 0xFF) - colour.getBlue()) <= 2;
    }
}
