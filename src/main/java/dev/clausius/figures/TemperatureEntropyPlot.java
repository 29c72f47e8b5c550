package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Frame;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine cycle in the T-S plane: the medium's generalized temperature (Eq. 17) against its
 * entropy, so that the loop's area, the integral of T dS around the cycle, is the work. Poles of
 * T_gen (dS/dt = 0 while dQ/dt is not) are gaps, as on the temperature panel. Pinned runs' loops
 * ({@link PinnedCycles#loop()}) are a second dataset, drawn faint beneath.
 */
public final class TemperatureEntropyPlot {
    private final SeriesDataset dataset;
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final SeriesDataset pinned = new SeriesDataset(List.of());
    private final PinRenderer pinRenderer = new PinRenderer();
    private List<PinnedRun> pins = List.of();
    private final XYPlot plot;
    private final double cap;

    TemperatureEntropyPlot(double hot, double cold, Texts texts) {
        dataset = new SeriesDataset(List.of(Charts.text(texts, "figure.engine.loop.current"), Charts.text(texts, "figure.engine.loop.previous")),
                List.of("current cycle", "previous cycle"));
        cap = cap(hot, cold);
        renderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        // one path per loop: drawn point to point, the previous cycle's dashes restarted at every
        // frame and the dense loop looked solid
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setLegendItemLabelGenerator(SeriesDataset.LEGEND_LABELS);
        renderer.setDefaultCreateEntities(false); // as in TimePlot: no entity per point of the loop
        plot = new XYPlot(dataset, Charts.valueAxis("S_{medium} (nats)"), Charts.valueAxis(Charts.text(texts, "figure.engine.axis.temperature", "T_{gen}")),
                renderer);
        // the default (reverse) order draws dataset 1 first: pinned loops lie under the live one
        plot.setDataset(1, pinned);
        plot.setRenderer(1, pinRenderer);
        Charts.reference(plot, "T_{hot}", hot);
        Charts.reference(plot, "T_{cold}", cold, true);
    }

    /** The height above which T_gen is drawn as a gap, as on the temperature panel. */
    static double cap(double hot, double cold) {
        double scale = Double.isFinite(hot) ? Math.max(hot, cold) : 1.0;
        return TemperatureFigure.CAP_FACTOR * scale;
    }

    /** The loop of {@code frames}: S_medium ({@code [0]}) and T_gen broken at its poles ({@code [1]}). */
    static double[][] loop(List<Frame> frames, double cap) {
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
        return new double[][] {entropy, temperature};
    }

    public XYPlot plot() {
        return plot;
    }

    public SeriesDataset dataset() {
        return dataset;
    }

    /** The pinned runs' loops, one series per pin that has one. */
    public SeriesDataset pinnedDataset() {
        return pinned;
    }

    void update(List<List<Frame>> cycles) {
        for (int s = 0; s < cycles.size(); s++) {
            double[][] loop = loop(cycles.get(s), cap);
            dataset.set(s, loop[0], loop[1]);
        }
        dataset.changed();
    }

    /** As {@link #update(List)}, with the loops of {@code pinnedRuns} beneath, laid out again when they change. */
    void update(List<List<Frame>> cycles, List<PinnedRun> pinnedRuns, FigureStyle style) {
        if (!pinnedRuns.equals(pins)) {
            pins = List.copyOf(pinnedRuns);
            List<PinnedRun> drawn = pins.stream().filter(pin -> pin.cycles().loop()[0].length > 0).toList();
            List<String> keys = new ArrayList<>();
            for (PinnedRun pin : drawn) {
                keys.add(pin.label() + " · T_gen(S)");
            }
            pinned.replace(keys);
            for (int i = 0; i < drawn.size(); i++) {
                double[][] loop = drawn.get(i).cycles().loop();
                pinned.set(i, loop[0], loop[1]);
            }
            pinRenderer.setLegendLabels(drawn.stream().map(PinnedRun::label).toList());
            stylePins(style);
            pinned.changed();
        }
        update(cycles);
    }

    /** @param current the current cycle's emphasis; the previous cycle fades with it but is never the thick one */
    void style(FigureStyle style, Emphasis current) {
        Emphasis previous = current == Emphasis.STRONG ? Emphasis.PLAIN : current;
        renderer.setSeriesPaint(0, current.paint(Palette.BLUE));
        renderer.setSeriesStroke(0, style.stroke(Dash.SOLID, current));
        renderer.setSeriesPaint(1, previous.paint(Palette.SKY_BLUE));
        renderer.setSeriesStroke(1, style.stroke(Dash.DASHED, previous));
        stylePins(style);
    }

    private void stylePins(FigureStyle style) {
        for (int i = 0; i < pinned.getSeriesCount(); i++) {
            pinRenderer.setSeriesPaint(i, PinRenderer.faint(Palette.BLUE), false);
            pinRenderer.setSeriesStroke(i, style.pinStroke(Dash.SOLID), false);
        }
    }
}
