package dev.clausius.figures;

import dev.clausius.thermo.Frame;
import org.jfree.chart.JFreeChart;

import java.util.List;

/** S_A, S_B, S_AB and S_C = -I(A:B) against t (paper Eq. 16). */
public final class EntropiesFigure implements Figure {

    static final String CAPTION = "Eq. 16: S_AB = S_A + S_B + S_C with S_C = −I(A:B) ≤ 0; in a closed system "
            + "S_AB stays constant while A, B and their correlations trade entropy.";

    private final TimePlot plot;
    private final JFreeChart chart;

    public EntropiesFigure(double end) {
        plot = new TimePlot(List.of(
                new Curve("S_A", Palette.BLUE, Dash.SOLID, Frame::entropyA),
                new Curve("S_B", Palette.VERMILLION, Dash.DASHED, Frame::entropyB),
                new Curve("S_AB", Palette.BLACK, Dash.DOTTED, Frame::entropyAB),
                new Curve("S_C = −I(A:B)", Palette.BLUISH_GREEN, Dash.DASH_DOT, Frame::correlationEntropy)),
                Charts.timeAxis(end), Charts.valueAxis("entropy (nats)"));
        chart = Charts.chart(plot.plot(), true);
    }

    @Override
    public String name() {
        return "entropies";
    }

    @Override
    public String title() {
        return "Entropies";
    }

    @Override
    public String caption() {
        return CAPTION;
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(chart);
    }

    public TimePlot timePlot() {
        return plot;
    }

    @Override
    public List<TimePlot> timePlots() {
        return List.of(plot);
    }

    @Override
    public void update(FigureData data, int pixels) {
        plot.update(data.frames(), pixels);
        plot.dataset().changed();
    }

    @Override
    public void style(FigureStyle style) {
        plot.style(style);
        style.applyTo(chart);
    }
}
