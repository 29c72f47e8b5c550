package dev.clausius.app.view.chart;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that owns the window's live charts: it updates the figures from snapshots of the
 * model and draws them into images, so the FX thread only shows finished pixels (decision 0010).
 * JFreeChart objects are not thread-safe: after a {@link PanelView} is built, every read or change
 * of its figure runs here, in submission order.
 */
public final class ChartPainter implements AutoCloseable {
    private final java.util.concurrent.atomic.AtomicLong drawings = new java.util.concurrent.atomic.AtomicLong();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread painter = new Thread(task, "chart-painter");
        painter.setDaemon(true);
        return painter;
    });

    /** Counts one finished chart image (for the explorer benchmark's chart images per second). */
    void countDrawing() {
        drawings.incrementAndGet();
    }

    /** How many chart images have been drawn so far. */
    public long drawings() {
        return drawings.get();
    }

    /** Runs {@code task} on the painter thread after everything submitted before it. */
    void execute(Runnable task) {
        if (!thread.isShutdown()) {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // a failed drawing must not stop the charts: the next one starts afresh
                    System.err.println("clausius: chart drawing failed: " + e);
                }
            });
        }
    }

    /**
     * Runs {@code action} on the FX thread once every drawing asked for so far is on screen (the
     * painter hands each finished image to the FX thread before it takes the next task).
     */
    public void whenDrawn(Runnable action) {
        execute(() -> javafx.application.Platform.runLater(action));
    }

    /** Runs {@code read} on the painter thread and waits for its answer (for views and tests). */
    <T> T call(Callable<T> read) {
        try {
            return thread.submit(read).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a chart", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read a chart: " + e, e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
