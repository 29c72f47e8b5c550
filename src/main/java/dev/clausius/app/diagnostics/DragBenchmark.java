package dev.clausius.app.diagnostics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.app.control.ParameterDrag;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.export.JsonText;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static dev.clausius.export.JsonText.rounded;

/**
 * A benchmark, not a test: with {@code -Dclausius.dragBench=DRAGS} the explorer seeks to the middle
 * of its preset's run, then drags the parameter of {@link DragSpec} ({@code -Dclausius.drag}) DRAGS
 * times (after {@code -Dclausius.dragBench.warmup} drags that are not counted, 2), back and forth,
 * each time through {@code -Dclausius.dragBench.values} values (60) in
 * {@code -Dclausius.dragBench.seconds} (3) through the window's hooks, as a slider does. It prints one
 * JSON line (live rebuilds shown per second while dragging, chart images per second of the panel in
 * front, {@code -Dclausius.panel}, how long a rebuild takes off the FX thread, the time from
 * each release to the curves of the final value on screen, the load average) and exits. With
 * {@code -Dclausius.dragBench.play=true} playback runs during the drags.
 */
public final class DragBenchmark {
    private final ExplorerWindow window;
    private final CurrentSession session;
    private final ParameterDrag drags;
    private final DragSpec spec;
    private final int count;
    private final int values = Integer.getInteger("clausius.dragBench.values", 60);
    private final double seconds = Double.parseDouble(System.getProperty("clausius.dragBench.seconds", "3"));
    private final boolean play = Boolean.getBoolean("clausius.dragBench.play");
    /** Drags first done and not counted: the JIT compiles the rebuild's path during the first ones. */
    private final int warmUp = Integer.getInteger("clausius.dragBench.warmup", 2);
    private final List<Double> rates = new ArrayList<>();
    private final List<Double> images = new ArrayList<>();
    private final List<Double> releases = new ArrayList<>();
    private final List<Double> loads = new ArrayList<>();
    /** How long each live rebuild shown took on its own thread (validation, evolver, frames 0..k). */
    private final List<Double> builds = new ArrayList<>();
    private boolean counting;
    private final double loadAtStart = load();

    private DragBenchmark(ExplorerWindow window, CurrentSession session, ParameterDrag drags, int count) {
        this.window = window;
        this.session = session;
        this.drags = drags;
        this.spec = DragSpec.fromSystem(session.preset());
        this.count = count;
    }

    public static void attachIfAsked(ExplorerWindow window, CurrentSession session, ParameterDrag drags) {
        String count = System.getProperty("clausius.dragBench");
        if (count != null) {
            new DragBenchmark(window, session, drags, Integer.parseInt(count)).start();
        }
    }

    private void start() {
        drags.setOnShown(result -> {
            if (counting) {
                builds.add(result.nanos() / 1e6);
            }
        });
        String panel = System.getProperty("clausius.panel");
        if (panel != null) {
            window.selectPanel(panel);
        }
        SimulationModel model = session.model();
        int middle = model.grid().size() / 2;
        model.seek(middle);
        whenTrue(() -> session.model().shownIndex() >= middle && !session.model().seeking(), () -> {
            if (play) {
                session.model().play();
            }
            after(1.0, () -> drag(0));
        });
    }

    private void drag(int index) {
        if (index == warmUp + count) {
            report();
            return;
        }
        boolean counted = index >= warmUp;
        counting = counted;
        SimulationModel model = session.model();
        if (play && model.finishedProperty().get()) {
            // playback reached the end during the last drag: each drag starts playing from the middle
            model.seek(model.grid().size() / 2);
            model.play();
        }
        Parameter parameter = spec.parameter(session.preset());
        double start = index % 2 == 0 ? spec.from() : spec.to();
        double end = index % 2 == 0 ? spec.to() : spec.from();
        window.hooks().parameterDragStarted(parameter);
        int rebuildsBefore = drags.rebuildsShownProperty().get();
        long drawingsBefore = window.painter().drawings();
        long began = System.nanoTime();
        Timeline values = new Timeline();
        for (int k = 0; k < this.values; k++) {
            double value = DragSpec.between(start, end, k, this.values);
            values.getKeyFrames().add(new KeyFrame(Duration.seconds(seconds * k / Math.max(1, this.values - 1)),
                    e -> window.hooks().parameterDragged(parameter, value)));
        }
        values.setOnFinished(e -> {
            double elapsed = (System.nanoTime() - began) / 1e9;
            if (counted) {
                rates.add((drags.rebuildsShownProperty().get() - rebuildsBefore) / elapsed);
                images.add((window.painter().drawings() - drawingsBefore) / elapsed);
                loads.add(load());
            }
            long released = System.nanoTime();
            int settledBefore = drags.dragsSettledProperty().get();
            window.hooks().parameterDragEnded(parameter, end);
            whenTrue(() -> drags.dragsSettledProperty().get() > settledBefore
                            && DragSpec.value(session.preset(), spec.path()).orElse(Double.NaN) == end,
                    () -> afterPulses(2, () -> window.painter().whenDrawn(() -> {
                        if (counted) {
                            releases.add((System.nanoTime() - released) / 1e6);
                        }
                        after(0.5, () -> drag(index + 1));
                    })));
        });
        values.play();
    }

    private void report() {
        ObjectNode json = JsonText.object();
        json.put("preset", session.preset().name());
        json.put("path", spec.path());
        json.put("from", spec.from());
        json.put("to", spec.to());
        json.put("playing", play);
        json.put("t_at_end", session.model().timeProperty().get());
        json.put("drags", count);
        json.put("warm_up_drags", warmUp);
        json.put("values_per_drag", values);
        json.put("seconds_per_drag", seconds);
        json.put("rebuilds_per_s_median", rounded(quantile(rates, 0.5), 1));
        json.put("rebuilds_per_s_min", rounded(quantile(rates, 0), 1));
        json.put("rebuild_ms_median", rounded(quantile(builds, 0.5), 1));
        json.put("rebuild_ms_p90", rounded(quantile(builds, 0.9), 1));
        json.put("chart_images_per_s_median", rounded(quantile(images, 0.5), 1));
        json.put("release_to_curves_ms_median", rounded(quantile(releases, 0.5), 0));
        json.put("release_to_curves_ms_p90", rounded(quantile(releases, 0.9), 0));
        json.put("release_to_curves_ms_max", rounded(quantile(releases, 1), 0));
        ArrayNode each = json.putArray("rebuilds_per_s");
        rates.forEach(rate -> each.add(rounded(rate, 1)));
        ArrayNode release = json.putArray("release_to_curves_ms");
        releases.forEach(ms -> release.add(rounded(ms, 0)));
        json.put("load_at_start", rounded(loadAtStart, 2));
        json.put("load_max_during", rounded(quantile(loads, 1), 2));
        json.put("processors", Runtime.getRuntime().availableProcessors());
        System.out.println(JsonText.line(json));
        Platform.exit();
    }

    /** The nearest-rank quantile of {@code xs} (q = 0 the smallest, 1 the largest). */
    static double quantile(List<Double> xs, double q) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = xs.stream().sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The system's one-minute load average (what uptime prints first). */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Runs {@code then} at the first pulse where {@code condition} holds. */
    static void whenTrue(java.util.function.BooleanSupplier condition, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs {@code then} after {@code pulses} more pulses (the window's own pulse asks for the redraw). */
    static void afterPulses(int pulses, Runnable then) {
        int[] left = {pulses};
        whenTrue(() -> --left[0] < 0, then);
    }

    static void after(double seconds, Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> then.run());
        pause.play();
    }

}
