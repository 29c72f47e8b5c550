package dev.clausius.app.view.chart;

import javafx.application.Platform;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One chart in a window of its own (a sweep's plot), drawn by its own {@link ChartPainter} thread
 * like the panels: the FX thread only shows finished pixels. The chart belongs to the painter
 * after construction; change and read it through {@link #change} and {@link #read}.
 */
public final class ChartCanvas implements AutoCloseable {
    private final ChartPainter painter = new ChartPainter();
    private final ChartImageView view;

    public ChartCanvas(JFreeChart chart) {
        view = new ChartImageView(chart, painter);
    }

    public Region node() {
        return view;
    }

    /** Runs {@code change} on the painter thread, then redraws. */
    public void change(Runnable change) {
        painter.execute(change);
        view.requestRender();
    }

    /** Reads the chart on the painter thread after every change asked for so far, and waits. */
    public <T> T read(Callable<T> read) {
        return painter.call(read);
    }

    /**
     * Asks, on the painter thread, {@code ask} about the data area of the last drawing (in this
     * view's coordinates) and hands the answer to {@code answer} on the FX thread.
     */
    public <T> void askAboutDrawing(Function<Rectangle2D, T> ask, Consumer<T> answer) {
        painter.execute(() -> {
            Rectangle2D area = (Rectangle2D) view.info().getPlotInfo().getDataArea().clone();
            T result = ask.apply(area);
            Platform.runLater(() -> answer.accept(result));
        });
    }

    /** Asks {@code ask} about the data area of the last drawing on the painter thread, and waits for the answer. */
    public <T> T readDrawing(Function<Rectangle2D, T> ask) {
        return painter.call(() -> ask.apply((Rectangle2D) view.info().getPlotInfo().getDataArea().clone()));
    }

    /** Runs {@code action} on the FX thread once every drawing asked for so far is on screen. */
    public void whenDrawn(Runnable action) {
        painter.whenDrawn(action);
    }

    @Override
    public void close() {
        painter.close();
    }
}
