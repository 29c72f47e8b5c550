package dev.clausius.figures.sweep;

import dev.clausius.figures.Curve;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep figure: the fit on exact data, the curve with its references and fit, the heat map, picking. */
class SweepFigureTest {
    private static final double[] TAU = {10, 20, 40, 80, 160, 320};

    private static double[] exact(double etaInfinity, double a) {
        return Arrays.stream(TAU).map(t -> etaInfinity - a / t).toArray();
    }

    @Test
    void theFitRecoversEtaInfinityAndAFromExactData() {
        InverseTauFit fit = InverseTauFit.of(TAU, exact(0.75, 0.48));
        assertEquals(0.75, fit.etaInfinity(), 1e-14);
        assertEquals(0.48, fit.a(), 1e-12);
        assertEquals(6, fit.points());
        assertEquals(0.75 - 0.48 / 50, fit.at(50), 1e-14);
    }

    @Test
    void theFitSkipsUnfinishedPointsAndNeedsTwoDistinctTau() {
        double[] eta = exact(0.6, 0.2);
        eta[2] = Double.NaN;
        InverseTauFit fit = InverseTauFit.of(TAU, eta);
        assertEquals(5, fit.points());
        assertEquals(0.6, fit.etaInfinity(), 1e-14);
        assertNull(InverseTauFit.of(new double[] {5, 5}, new double[] {0.1, 0.2}), "one tau: no slope");
        assertNull(InverseTauFit.of(new double[] {5}, new double[] {0.1}));
    }

    /** Draws the chart once at 640x480 and returns its data area, as the explorer's view would. */
    private static Rectangle2D draw(SweepFigure figure) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var info = new org.jfree.chart.ChartRenderingInfo();
        var g = image.createGraphics();
        figure.chart().draw(g, new Rectangle2D.Double(0, 0, 640, 480), info);
        g.dispose();
        return info.getPlotInfo().getDataArea();
    }

    @Test
    void anEfficiencyCurveHasItsFinishedPointsCarnotCurzonAhlbornAndTheFit() {
        double[] eta = exact(0.75, 0.48);
        eta[5] = Double.NaN; // still running
        double[] carnot = new double[TAU.length];
        Arrays.fill(carnot, 0.75);
        SweepFigure figure = new SweepFigure(false);
        figure.show(new SweepFigure.Curve("τ", "eta_eq19", true, TAU, eta, carnot, true));
        XYDataset points = figure.points();
        assertEquals(5, points.getItemCount(0), "the unfinished point is not drawn");
        assertEquals(eta[4], points.getYValue(0, 4));
        XYPlot plot = figure.chart().getXYPlot();
        List<Double> references = plot.getRangeMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList();
        assertEquals(List.of(0.75, 1 - Math.sqrt(0.25)), references, "eta_Carnot and eta_CA = 1 - sqrt(T_c/T_h)");
        XYDataset fitLine = plot.getDataset(1);
        assertNotNull(fitLine);
        assertEquals(0.75, figure.fit().etaInfinity(), 1e-13);
        assertTrue(fitLine.getSeriesKey(0).toString().contains("a = 0.4800"), fitLine.getSeriesKey(0).toString());
        int last = fitLine.getItemCount(0) - 1;
        assertEquals(0.75 - 0.48 / fitLine.getXValue(0, last), fitLine.getYValue(0, last), 1e-13);
        assertEquals(160, fitLine.getXValue(0, last), 1e-9, "the fit spans the finished points");
    }

    @Test
    void sweptBathsDrawTheReferencesAsCurves() {
        SweepFigure figure = new SweepFigure(false);
        double[] x = {1, 2, 3};
        double[] carnot = {0.5, 0.6, 0.7};
        figure.show(new SweepFigure.Curve("T_hot", "eta_energy", false, x, new double[] {0.1, 0.2, 0.3}, carnot, false));
        XYDataset lines = figure.chart().getXYPlot().getDataset(2);
        assertEquals(2, lines.getSeriesCount());
        assertEquals(0.7, lines.getYValue(0, 2));
        assertEquals(1 - Math.sqrt(0.3), lines.getYValue(1, 2), 1e-15);
        assertNull(figure.chart().getXYPlot().getDataset(1), "no fit asked for");
    }

    @Test
    void aClickPicksTheNearestPointAndMissesFarFromAll() {
        SweepFigure figure = new SweepFigure(false);
        figure.show(new SweepFigure.Curve("g", "t_max_E_A", false, new double[] {1, 2, 3},
                new double[] {5, 1, 3}, null, false));
        Rectangle2D area = draw(figure);
        for (int i = 0; i < 3; i++) {
            Point2D at = figure.screenPoint(area, i);
            assertEquals(i, figure.nearest(area, at.getX() + 3, at.getY() - 3));
        }
        assertEquals(-1, figure.nearest(area, area.getMinX() - 200, area.getMinY() - 200));
    }

    @Test
    void twoParametersMakeAHeatMapThatFillsInCellByCell() {
        SweepFigure figure = new SweepFigure(true);
        double[] x = {1, 2, 3};
        double[] y = {10, 100};
        double[] z = {1, 2, 3, Double.NaN, 5, 6};
        figure.show(new SweepFigure.HeatMap("g", "T_B", "max_I_AB", x, y, z, false, true));
        XYZDataset cells = (XYZDataset) figure.points();
        assertEquals(5, cells.getItemCount(0), "the unfinished cell is blank");
        assertEquals(3.0, cells.getXValue(0, 3), "point 4 is (x[2], y[0])");
        assertEquals(1.0, cells.getYValue(0, 3), "log10 of 10");
        assertEquals(5.0, cells.getZValue(0, 3));
        assertTrue(figure.chart().getSubtitles().stream().anyMatch(t -> t instanceof PaintScaleLegend));
        Rectangle2D area = draw(figure);
        Point2D cell = figure.screenPoint(area, 5);
        assertEquals(5, figure.nearest(area, cell.getX(), cell.getY()));
        assertThrows(IllegalStateException.class, () -> figure.show(new SweepFigure.Curve("g", "q", false,
                x, x, null, false)));
    }

    @Test
    void anAxisSweptDownwardsKeepsItsWholeGridInView() {
        SweepFigure figure = new SweepFigure(true);
        figure.show(new SweepFigure.HeatMap("g", "T_B", "q", new double[] {3, 2, 1}, new double[] {2, 1},
                new double[] {1, 2, 3, 4, 5, 6}, false, false));
        var range = figure.chart().getXYPlot().getDomainAxis().getRange();
        assertEquals(0.5, range.getLowerBound(), 1e-15);
        assertEquals(3.5, range.getUpperBound(), 1e-15);
    }
}
