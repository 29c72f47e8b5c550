package dev.clausius.app.sweep;

import dev.clausius.export.FailureText;
import dev.clausius.sweep.SweepRow;
import dev.clausius.sweep.SweepRunner;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One sweep running in the background: its plan is made and its points run on a thread of its own
 * through {@link SweepRunner} (every core but one), never on the FX thread. Finished points are
 * handed to the FX thread in batches (one {@code runLater} at a time however fast points finish).
 */
final class SweepRun {
    /** What {@link Listener#ended} is told of a run cancelled before its end. */
    static final String CANCELLED = "cancelled";


    /** What the FX thread hears, in order: the plan, batches of rows, then the end. */
    interface Listener {
        void planned(SweepSpec spec);

        /** Every row finished so far, in point order. */
        void rows(List<SweepRow> finished, int total);

        /** The end: null when every point finished, else why not (cancelled, or the failure). */
        void ended(String problem);
    }

    /** Makes the plan on the background thread (reads every point's preset). */
    @FunctionalInterface
    interface Planner {
        SweepSpec plan() throws Exception;
    }

    private final SweepRunner runner;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final ConcurrentLinkedQueue<SweepRow> pending = new ConcurrentLinkedQueue<>();
    // FX thread only
    private final List<SweepRow> finished = new ArrayList<>();
    private int total;

    SweepRun(SweepRunner runner) {
        this.runner = runner;
    }

    /** Plans and runs on a new daemon thread; {@code listener} is called on the FX thread. */
    void start(Planner planner, Listener listener) {
        Thread thread = new Thread(() -> work(planner, listener), "sweep");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the running points between frames; the finished ones stay. */
    void cancel() {
        cancelled.set(true);
    }

    private void work(Planner planner, Listener listener) {
        String problem = null;
        try {
            SweepSpec spec = planner.plan();
            int points = spec.plan().points().size();
            Platform.runLater(() -> {
                total = points;
                listener.planned(spec);
            });
            runner.run(spec.plan(), (row, done, all) -> {
                pending.add(row);
                if (!drainQueued.getAndSet(true)) {
                    Platform.runLater(() -> drain(listener));
                }
            }, cancelled::get);
        } catch (CancellationException e) {
            problem = CANCELLED;
        } catch (Exception | Error e) {
            problem = FailureText.describe(e);
        }
        String outcome = cancelled.get() && problem == null ? CANCELLED : problem;
        Platform.runLater(() -> {
            drain(listener);
            listener.ended(outcome);
        });
    }

    private void drain(Listener listener) {
        drainQueued.set(false);
        boolean any = false;
        for (SweepRow row = pending.poll(); row != null; row = pending.poll()) {
            finished.add(row);
            any = true;
        }
        if (any) {
            finished.sort(Comparator.comparingInt(row -> row.point().index()));
            listener.rows(List.copyOf(finished), total);
        }
    }
}
