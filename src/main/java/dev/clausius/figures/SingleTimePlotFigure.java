package dev.clausius.figures;

import dev.clausius.i18n.Texts;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** A panel that is one time plot in one chart: everything but its curves is the same for each. */
abstract class SingleTimePlotFigure implements Figure {
    private final String name;
    private final String title;
    private final String caption;
    private final TimePlot plot;
    private final JFreeChart chart;
    private final Texts texts;

    SingleTimePlotFigure(String name, String title, String caption, TimePlot plot, Texts texts) {
        this.texts = texts;
        this.name = name;
        this.title = title;
        this.caption = caption;
        this.plot = plot;
        this.chart = Charts.chart(plot.plot(), true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String caption() {
        return caption;
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
        plot.update(data.frames(), data.pins(), name, pixels);
        plot.dataset().changed();
    }

    @Override
    public void style(FigureStyle style) {
        plot.style(style);
        style.applyTo(chart);
    }
}
