package dev.clausius.figures;

import dev.clausius.thermo.Frame;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.geom.Line2D;
import java.util.List;

/**
 * An engine cycle in the T-S plane: the medium's generalized temperature (Eq. 17) against its
 * entropy, so that the loop's area, the integral of T dS around the cycle, is the work. Poles of
 * T_gen (dS/dt = 0 while dQ/dt is not) are gaps, as on the temperature panel.
 */
public final class TemperatureEntropyPlot {
    private final SeriesDataset dataset = new SeriesDataset(List.of("current cycle", "previous cycle"));
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot plot;
    private final double cap;

    TemperatureEntropyPlot(double hot, double cold) {
        double scale = Double.isFinite(hot) ? Math.max(hot, cold) : 1.0;
        cap = TemperatureFigure.CAP_FACTOR * scale;
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        renderer.setDefaultCreateEntities(false); // as in TimePlot: no entity per point of the loop
        plot = new XYPlot(dataset, Charts.valueAxis("S_{medium} (nats)"), Charts.valueAxis("T_{gen} (energy units)"),
                renderer);
        Charts.reference(plot, "T_{hot}", hot);
        Charts.reference(plot, "T_{cold}", cold, true);
    }

    public XYPlot plot() {
        return plot;
    }

    public SeriesDataset dataset() {
        return dataset;
    }

    void update(List<List<Frame>> cycles) {
        for (int s = 0; s < cycles.size(); s++) {
            List<Frame> frames = cycles.get(s);
            int n = frames.size();
            double[] entropy = new double[n];
            double[] temperature = new double[n];
            double[] heatRate = new double[n];
            double[] entropyRate = new double[n];
            for (int k = 0; k < n; k++) {
                entropy[k] = frames.get(k).entropyA();
                temperature[k] = frames.get(k).generalizedTemperatureA();
                heatRate[k] = frames.get(k).heatRateA();
                entropyRate[k] = frames.get(k).entropyRateA();
            }
            Divergences.breakAtPoles(temperature, heatRate, entropyRate, n, cap);
            dataset.set(s, entropy, temperature);
        }
        dataset.changed();
    }

    /** @param current the current cycle's emphasis; the previous cycle fades with it but is never the thick one */
    void style(FigureStyle style, Emphasis current) {
        Emphasis previous = current == Emphasis.STRONG ? Emphasis.PLAIN : current;
        renderer.setSeriesPaint(0, current.paint(Palette.BLUE));
        renderer.setSeriesStroke(0, style.stroke(Dash.SOLID, current));
        renderer.setSeriesPaint(1, previous.paint(Palette.SKY_BLUE));
        renderer.setSeriesStroke(1, style.stroke(Dash.DASHED, previous));
    }
}
