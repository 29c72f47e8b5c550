package dev.clausius.figures.scene;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.Charts;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.Figure;

import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * The paper's Figs. 1 and 3 alive: A and B as bodies coloured by temperature (Eq. 17's T_gen, or
 * every cell of a classical body), the heat current as an arrow across the contact, I(A:B) as a
 * bond, and the entropy budget S_A + S_B + S_C = S_AB (Eq. 16) against Eq. 15's S_AB = S_A + S_B.
 * Colours and sizes follow the newest frame through {@link SceneMapping}.
 */
public final class SceneFigure implements Figure {

    static final String CAPTION = "Figs. 1 and 3: bodies coloured by temperature, heat current as an arrow, I(A:B) "
            + "as a bond; classically S_{AB} grows (Eq. 15), quantum mechanically it stays put and S_{C} holds the "
            + "difference (Eq. 16).";

    private final ScenePlot plot = new ScenePlot();
    private final JFreeChart chart = Charts.chart(plot, false);

    public SceneFigure() {
        style(FigureStyle.NORMAL);
    }

    @Override
    public String name() {
        return "scene";
    }

    @Override
    public String title() {
        return "Scene";
    }

    @Override
    public String caption() {
        return CAPTION;
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(chart);
    }

    /** What the scene shows now (null before the first frame). */
    public SceneElements elements() {
        return plot.elements();
    }

    /** Pixel sizes of the last drawing (null before it). */
    public ScenePlot.Geometry geometry() {
        return plot.geometry();
    }

    @Override
    public void update(FigureData data, int pixels) {
        plot.show(SceneElements.of(data));
    }

    @Override
    public void style(FigureStyle style) {
        plot.style(style);
        style.applyTo(chart);
    }
}
