package dev.clausius.app.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drag's rebuilds coalesce: a slow fake build, held by latches (no sleeps), sees at most one
 * value at a time; values arriving meanwhile replace each other, so the last one is built and the
 * ones between are dropped. The worker is a pool of two threads, so a second concurrent build
 * would be possible if the coalescer allowed it.
 */
class CoalescerTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ExecutorService deliverThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        deliverThread.shutdownNow();
    }

    /** A build that blocks on a latch per value until the test lets it finish. */
    private static final class SlowBuild {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<Integer> built = new CopyOnWriteArrayList<>();
        final ConcurrentHashMap<Integer, CountDownLatch> started = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, CountDownLatch> release = new ConcurrentHashMap<>();

        CountDownLatch started(int value) {
            return started.computeIfAbsent(value, v -> new CountDownLatch(1));
        }

        CountDownLatch release(int value) {
            return release.computeIfAbsent(value, v -> new CountDownLatch(1));
        }

        String build(int value) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            built.add(value);
            started(value).countDown();
            try {
                assertTrue(release(value).await(10, TimeUnit.SECONDS), "value " + value + " never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "result " + value;
        }
    }

    @Test
    void oneBuildAtATimeTheLastValueWinsAndTheOnesBetweenAreDropped() throws InterruptedException {
        SlowBuild slow = new SlowBuild();
        List<String> delivered = new CopyOnWriteArrayList<>();
        Coalescer<Integer, String> coalescer = new Coalescer<>(slow::build, delivered::add, pool, deliverThread);

        coalescer.submit(1);
        assertTrue(slow.started(1).await(10, TimeUnit.SECONDS));
        for (int value = 2; value <= 20; value++) {
            coalescer.submit(value); // arrive while 1 is still building: each replaces the one waiting
        }
        assertTrue(coalescer.busy());
        CountDownLatch idle = new CountDownLatch(1);
        coalescer.whenIdle(idle::countDown);
        slow.release(1).countDown();
        assertTrue(slow.started(20).await(10, TimeUnit.SECONDS), "the last value is built next");
        assertEquals(1, idle.getCount(), "not idle while the last value builds");
        slow.release(20).countDown();
        assertTrue(idle.await(10, TimeUnit.SECONDS));

        assertEquals(List.of(1, 20), slow.built, "values 2..19 were dropped, never built");
        assertEquals(1, slow.mostAtOnce.get(), "never two builds at once");
        assertEquals(List.of("result 1", "result 20"), delivered, "the running one finishes and is shown, then the last");
        assertFalse(coalescer.busy());
    }

    @Test
    void aValueAfterIdleBuildsAgainAndCancelDropsTheRunningResult() throws InterruptedException {
        SlowBuild slow = new SlowBuild();
        List<String> delivered = new CopyOnWriteArrayList<>();
        Coalescer<Integer, String> coalescer = new Coalescer<>(slow::build, delivered::add, pool, deliverThread);
        slow.release(1).countDown();
        coalescer.submit(1);
        CountDownLatch first = new CountDownLatch(1);
        coalescer.whenIdle(first::countDown);
        assertTrue(first.await(10, TimeUnit.SECONDS));

        coalescer.submit(2);
        assertTrue(slow.started(2).await(10, TimeUnit.SECONDS));
        coalescer.submit(3);
        coalescer.cancel(); // drops 3, waiting, and the result of 2, running
        CountDownLatch second = new CountDownLatch(1);
        coalescer.whenIdle(second::countDown);
        slow.release(2).countDown();
        assertTrue(second.await(10, TimeUnit.SECONDS));

        assertEquals(List.of(1, 2), slow.built);
        assertEquals(List.of("result 1"), delivered);
    }
}
