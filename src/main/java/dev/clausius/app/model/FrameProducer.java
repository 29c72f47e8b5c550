package dev.clausius.app.model;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computes Frames along a time grid on one background daemon thread and hands them over through a
 * bounded queue (docs/decisions/0004-evolver-threading.md).
 *
 * <p>The queue is bounded so the producer runs at most {@link #LOOKAHEAD} frames ahead of what the
 * screen has shown: a paused explorer costs no CPU after that, and a reset throws away little work.
 * A reset bumps a generation number instead of stopping the thread; a frame computed for an old
 * generation is recognised and dropped, so no lock is needed between the two threads.
 *
 * <p>The evolver is only ever called from the one worker thread, as {@link Evolver} requires.
 * Every method except the worker's own loop is meant for one consumer thread (the FX thread).
 */
final class FrameProducer implements AutoCloseable {

    /** Frames computed ahead of the screen: a few seconds of playback, a few kB of memory. */
    static final int LOOKAHEAD = 256;

    /** How long a blocked producer waits before it checks again whether it was reset. */
    private static final long OFFER_WAIT_MS = 50;

    /** One computed frame with its extras, or the message of a failure at grid index {@code index}. */
    record Item(long generation, int index, Frame frame, FrameExtras extras, String failure) {
    }

    private final Evolver evolver;
    private final TimeGrid grid;
    private final ExecutorService executor;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>(LOOKAHEAD);
    private final AtomicLong generation = new AtomicLong();
    /** Whether a worker runs (or ran) for the current generation; consumer thread only. */
    private boolean started;
    /** The grid index the next worker starts at (closed and open evolvers are exact at any t). */
    private int startIndex;

    FrameProducer(Evolver evolver, TimeGrid grid) {
        this.evolver = evolver;
        this.grid = grid;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "clausius-evolver");
            // a daemon, so closing the window never waits for a half-computed frame
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts computing the grid from index 0, unless that already happened since the last reset. */
    void ensureStarted() {
        if (started) {
            return;
        }
        started = true;
        long current = generation.get();
        int from = startIndex;
        executor.execute(() -> produce(current, from));
    }

    /** Forgets every frame computed so far; the next {@link #ensureStarted()} begins again at t = 0. */
    void restart() {
        restartFrom(0);
    }

    /** Forgets every frame computed so far; the next {@link #ensureStarted()} begins at grid index {@code index}. */
    void restartFrom(int index) {
        generation.incrementAndGet();
        queue.clear();
        started = false;
        startIndex = index;
    }

    /** Up to {@code max} items of the current generation, in grid order; never blocks. */
    List<Item> poll(int max) {
        List<Item> items = new ArrayList<>(Math.min(max, LOOKAHEAD));
        long current = generation.get();
        while (items.size() < max) {
            Item item = queue.poll();
            if (item == null) {
                break;
            }
            if (item.generation() == current) {
                items.add(item);
            }
        }
        return items;
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        executor.shutdownNow();
    }

    private void produce(long myGeneration, int from) {
        for (int k = from; k < grid.size(); k++) {
            if (generation.get() != myGeneration) {
                return;
            }
            Item item;
            try {
                Frame frame = evolver.frameAt(grid.time(k));
                item = new Item(myGeneration, k, frame, FrameExtras.of(evolver), null);
            } catch (RuntimeException e) {
                // reported on the FX thread as a status message; the window stays usable
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                offerUntilStale(new Item(myGeneration, k, null, null, message), myGeneration);
                return;
            }
            if (!offerUntilStale(item, myGeneration)) {
                return;
            }
            // a small system makes thousands of frames a second on one core: let a waiting FX or
            // render thread have the core between two of them (2 cores here)
            Thread.yield();
        }
    }

    /** Waits for room in the queue; false once this generation was reset or the thread interrupted. */
    private boolean offerUntilStale(Item item, long myGeneration) {
        try {
            while (!queue.offer(item, OFFER_WAIT_MS, TimeUnit.MILLISECONDS)) {
                if (generation.get() != myGeneration) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
