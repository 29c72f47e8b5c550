package dev.clausius.app.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on values that arrive faster than it can finish (a slider's values while it is
 * dragged): one at a time, the latest value wins. A value that arrives while one runs waits in the
 * single slot, replacing any value already waiting there, which is dropped; the running one finishes
 * and its result is delivered. So at most one runs, none queue up, and the last value is always run.
 * Results and idle callbacks go to {@code deliver} (the FX thread), in order.
 *
 * @param <V> the value handed in
 * @param <R> what the work makes of it
 */
public final class Coalescer<V, R> {
    private final Function<V, R> work;
    private final Consumer<R> onResult;
    private final Executor worker;
    private final Executor deliver;
    private final Object lock = new Object();
    /** Guarded by lock: whether a value is being worked on, the one waiting (or null), the idle callbacks. */
    private boolean running;
    private V waiting;
    private final List<Runnable> whenIdle = new ArrayList<>();
    /** Guarded by lock: bumped by {@link #cancel()}, so a result of before is dropped. */
    private long generation;

    /**
     * @param worker  runs the work (one thread is enough: never more than one task is handed to it at a time)
     * @param deliver where {@code onResult} and the idle callbacks run
     */
    public Coalescer(Function<V, R> work, Consumer<R> onResult, Executor worker, Executor deliver) {
        this.work = work;
        this.onResult = onResult;
        this.worker = worker;
        this.deliver = deliver;
    }

    /** Works on {@code value} now if nothing runs, else after the running one, in place of any waiting value. */
    public void submit(V value) {
        synchronized (lock) {
            if (running) {
                waiting = value;
                return;
            }
            running = true;
        }
        start(value);
    }

    /** Runs {@code action} through {@code deliver} once nothing runs or waits (at once if idle now). */
    public void whenIdle(Runnable action) {
        synchronized (lock) {
            if (running) {
                whenIdle.add(action);
                return;
            }
        }
        deliver.execute(action);
    }

    /** True while a value is worked on or waits. */
    public boolean busy() {
        synchronized (lock) {
            return running;
        }
    }

    /** Drops the waiting value and the result of the running one (its work still ends by itself). */
    public void cancel() {
        synchronized (lock) {
            waiting = null;
            generation++;
        }
    }

    private boolean current(long made) {
        synchronized (lock) {
            return made == generation;
        }
    }

    private void start(V value) {
        long mine;
        synchronized (lock) {
            mine = generation;
        }
        worker.execute(() -> runFrom(value, mine));
    }

    private void runFrom(V first, long firstGeneration) {
        V value = first;
        long mine = firstGeneration;
        while (true) {
            R result;
            try {
                result = work.apply(value);
            } catch (RuntimeException e) {
                result = null; // the work reports its own failures in its result; this one had none to give
            }
            long made = mine;
            R delivered = result;
            List<Runnable> idle;
            synchronized (lock) {
                if (made == generation && delivered != null) {
                    // a cancel between here and the delivery still drops it
                    deliver.execute(() -> {
                        if (current(made)) {
                            onResult.accept(delivered);
                        }
                    });
                }
                if (waiting != null) {
                    value = waiting;
                    waiting = null;
                    mine = generation;
                    continue;
                }
                running = false;
                idle = List.copyOf(whenIdle);
                whenIdle.clear();
            }
            idle.forEach(deliver::execute);
            return;
        }
    }
}
