package dev.clausius.sweep;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a plan's points on a pool of workers, one evolver per point (evolvers keep work buffers and
 * are not shared), and reports each point as it finishes. The command line's {@code sweep} and the
 * explorer's sweep dialog both run through here, so their rows are the same numbers.
 */
public final class SweepRunner {

    /** Builds a point's evolver (the dynamics package's Evolvers, or a test's double). */
    @FunctionalInterface
    public interface EvolverSource {
        Evolver create(Preset preset, String source) throws PresetException;
    }

    /** Told of each finished point, from a worker thread, in the order points finish. */
    @FunctionalInterface
    public interface Progress {
        void pointDone(SweepRow row, int done, int total);
    }

    private final EvolverSource evolvers;
    private final int workers;

    public SweepRunner(EvolverSource evolvers, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        this.evolvers = evolvers;
        this.workers = workers;
    }

    /** Workers for an interactive sweep: every core but one, at least one. */
    public static int interactiveWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** Runs every point of the plan; rows come back in point order. */
    public List<SweepRow> run(SweepPlan plan, Progress progress, BooleanSupplier cancelled) throws Exception {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            all.add(i);
        }
        return run(plan, all, progress, cancelled);
    }

    /**
     * Runs the plan's points at {@code indices} (positions in {@code plan.points()}); rows come back
     * in that order. A point's own failure is rethrown as itself (a PresetException stays one);
     * cancellation stops every running point between frames and throws CancellationException.
     */
    public List<SweepRow> run(SweepPlan plan, List<Integer> indices, Progress progress, BooleanSupplier cancelled)
            throws Exception {
        if (indices.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, indices.size()), runnable -> {
            Thread thread = new Thread(runnable, "sweep-point");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<SweepRow>> futures = new ArrayList<>();
            for (int i : indices) {
                SweepPoint point = plan.points().get(i);
                Preset preset = plan.presets().get(i);
                futures.add(pool.submit(() -> {
                    Evolver evolver = evolvers.create(preset, SweepPlan.pointName(plan.source(), point.index()));
                    SweepRow row = new SweepRow(point,
                            PointSummary.of(evolver, TimeGrid.of(preset), plan.quantities(), cancelled));
                    progress.pointDone(row, done.incrementAndGet(), indices.size());
                    return row;
                }));
            }
            List<SweepRow> rows = new ArrayList<>();
            for (Future<SweepRow> future : futures) {
                rows.add(future.get());
            }
            return rows;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancel) {
                throw cancel;
            }
            // the point's own failure (a PresetException is bad input), not the pool's wrapper
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
