package dev.clausius.figures.scene;

import dev.clausius.i18n.Texts;
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

    private final ScenePlot plot;
    private final JFreeChart chart;
    private final Texts texts;

    public SceneFigure() {
        this(Texts.english());
    }

    public SceneFigure(Texts texts) {
        this.texts = texts;
        plot = new ScenePlot(texts);
        chart = Charts.chart(plot, false);
        style(FigureStyle.NORMAL);
    }

    @Override
    public String name() {
        return "scene";
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return Charts.text(texts, "figure.scene.title");
    }

    @Override
    public String caption() {
        return Charts.text(texts, "figure.scene.caption", "I(A:B)", "S_{AB}", "S_{C}");
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
        plot.show(SceneElements.of(data, texts));
    }

    @Override
    public void style(FigureStyle style) {
        plot.style(style);
        style.applyTo(chart);
    }
}
