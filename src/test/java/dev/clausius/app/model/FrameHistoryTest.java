package dev.clausius.app.model;

import dev.clausius.export.TestFrames;
import dev.clausius.thermo.Frame;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer's bounded history: long runs keep a fixed number of frames, the newest at full resolution. */
class FrameHistoryTest {

    private static final double DT = 0.5;

    /** Appends grid indices from..to-1 as one pulse's batch. */
    private static void append(FrameHistory history, int from, int to) {
        List<Frame> frames = new ArrayList<>(to - from);
        List<FrameExtras> extras = new ArrayList<>(to - from);
        int[] indices = new int[to - from];
        for (int k = from; k < to; k++) {
            frames.add(TestFrames.at(k * DT));
            extras.add(FrameExtras.NONE);
            indices[k - from] = k;
        }
        history.append(frames, extras, indices);
    }

    @Test
    void aMillionFramesStayWithinTheBoundWithAFullResolutionTail() {
        int tail = 2_000;
        int head = 1_000;
        int batch = 250; // about what one pulse at maximum speed brings
        FrameHistory history = new FrameHistory(tail, head);
        int largest = 0;
        int total = 1_000_000;
        for (int k = 0; k < total; k += batch) {
            append(history, k, k + batch);
            largest = Math.max(largest, history.size());
        }
        assertTrue(largest <= tail + head + batch, "stored at most " + largest);
        assertEquals(total, history.appended());
        List<Frame> frames = history.frames();
        int n = frames.size();
        // the tail: the newest frames, every one of them
        for (int i = n - tail; i < n; i++) {
            assertEquals(total - (n - i), history.indexAt(i));
            assertEquals((total - (n - i)) * DT, frames.get(i).time());
        }
        // the head: t = 0 first, then evenly spaced by the stride, reaching up to the tail
        assertEquals(0.0, frames.get(0).time());
        int stride = history.stride();
        assertTrue(stride > 1 && Integer.bitCount(stride) == 1, "stride " + stride);
        for (int i = 1; i < n - tail; i++) {
            assertEquals(stride, history.indexAt(i) - history.indexAt(i - 1), "head spacing at " + i);
        }
        assertTrue(history.indexAt(n - tail - 1) > history.indexAt(n - tail) - 2 * stride,
                "no gap between the head and the tail wider than the head's own spacing");
    }

    @Test
    void shortRunsAreNeverDecimated() {
        FrameHistory history = new FrameHistory();
        append(history, 0, 401);
        assertEquals(401, history.size());
        for (int i = 0; i < 401; i++) {
            assertEquals(i, history.indexAt(i));
        }
        assertEquals(1, history.stride());
    }

    @Test
    void compactionIsOneListChangeAndTruncationFindsTheKeptFrameBefore() {
        FrameHistory history = new FrameHistory(10, 10);
        int[] changes = {0};
        history.frames().addListener((ListChangeListener<Frame>) c -> changes[0]++);
        append(history, 0, 21); // 21 > 10 + 10: one compaction inside this append
        assertEquals(2, changes[0], "the append and the compaction");
        assertEquals(2, history.stride());
        assertTrue(history.size() <= 20);
        // index 3 was dropped from the decimated head: the frame at 2 is the last one kept
        history.truncateAfter(3);
        assertEquals(2, history.lastIndex());
        assertEquals(2 * DT, history.frames().get(history.size() - 1).time());
        history.clear();
        assertEquals(-1, history.lastIndex());
        assertEquals(1, history.stride());
        assertEquals(0, history.appended());
    }
}
