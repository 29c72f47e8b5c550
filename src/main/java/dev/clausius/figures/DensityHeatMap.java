package dev.clausius.figures;

import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.StateSnapshot;
import dev.clausius.typeset.Markup;
import dev.clausius.typeset.TypesetGraphic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;

/**
 * |rho_ij| of a small density matrix as a heat map, row 0 at the top as the matrix is written. The
 * scale runs from white to Okabe-Ito blue through one hue only, so it reads for every kind of
 * colour vision and in grey-scale.
 */
public final class DensityHeatMap {
    private static final int STEPS = 20;

    private final DefaultXYZDataset dataset = new DefaultXYZDataset();
    private final String key;
    private final JFreeChart chart;

    public DensityHeatMap(String key) {
        this(key, Texts.english());
    }

    public DensityHeatMap(String key, Texts texts) {
        this.key = Markup.plain(key);
        NumberAxis column = new NumberAxis(Charts.text(texts, "figure.state.axis.column"));
        NumberAxis row = new NumberAxis(Charts.text(texts, "figure.state.axis.row"));
        column.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        row.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        row.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = scale();
        renderer.setPaintScale(scale);
        // blocks centred on (j, i), so row and column labels sit in the middle of their cells
        renderer.setBlockAnchor(org.jfree.chart.ui.RectangleAnchor.CENTER);
        renderer.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYZToolTipGenerator());
        XYPlot plot = new XYPlot(dataset, column, row, renderer);
        chart = Charts.chart(plot, false);
        NumberAxis scaleAxis = new NumberAxis(key);
        scaleAxis.setAttributedLabel(TypesetGraphic.attributed(key, scaleAxis.getLabelFont(), 0f));
        scaleAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        dataset.addSeries(this.key, new double[3][0]);
    }

    private static LookupPaintScale scale() {
        LookupPaintScale scale = new LookupPaintScale(0, 1.0000001, Color.WHITE);
        Color end = Palette.BLUE;
        for (int i = 0; i <= STEPS; i++) {
            double f = i / (double) STEPS;
            scale.add(f, new Color(mix(255, end.getRed(), f), mix(255, end.getGreen(), f), mix(255, end.getBlue(), f)));
        }
        return scale;
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }

    public JFreeChart chart() {
        return chart;
    }

    public DefaultXYZDataset dataset() {
        return dataset;
    }

    /** Shows {@code state}, or nothing for null. */
    public void show(StateSnapshot state) {
        int d = state == null ? 0 : state.dimension();
        double[][] data = new double[3][d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                data[0][i * d + j] = j;
                data[1][i * d + j] = i;
                data[2][i * d + j] = state.magnitude(i, j);
            }
        }
        dataset.addSeries(key, data);
        if (d > 0) {
            XYPlot plot = chart.getXYPlot();
            plot.getDomainAxis().setRange(-0.5, d - 0.5);
            plot.getRangeAxis().setRange(-0.5, d - 0.5);
        }
    }
}
