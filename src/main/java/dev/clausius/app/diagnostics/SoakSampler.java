package dev.clausius.app.diagnostics;

import dev.clausius.app.session.CurrentSession;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.JsonText;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.clausius.export.JsonText.rounded;

/**
 * The soak's probe (tools/soak.sh, docs/soak.md): with {@code -Dclausius.bench.sample=SECONDS}
 * next to {@code -Dclausius.bench}, prints one JSON line per interval with the frames shown and
 * stored, the heap (in use, and live after the last collection, which is what must stay flat),
 * the process RSS and the pulse times of that interval. With {@code -Dclausius.bench.gc=true} a
 * full collection precedes each sample, so the live heap is exact. A benchmark aid, not a test.
 */
final class SoakSampler {
    private final CurrentSession session;
    private final PulseStats stats;
    private final long start = System.nanoTime();

    private SoakSampler(CurrentSession session, PulseStats stats) {
        this.session = session;
        this.stats = stats;
    }

    static void attachIfAsked(CurrentSession session, PulseStats stats) {
        String seconds = System.getProperty("clausius.bench.sample");
        if (seconds == null) {
            return;
        }
        SoakSampler sampler = new SoakSampler(session, stats);
        Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(Double.parseDouble(seconds)), e -> sampler.sample()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private void sample() {
        PulseStats.Interval pulses = stats.interval();
        if (Boolean.getBoolean("clausius.bench.gc")) {
            // G1 updates the old generation's after-collection usage only after a mixed or full
            // collection, so without this "heap after GC" lags by minutes. Costs one pause per
            // sample, which lands in the next interval's pulse gap.
            System.gc();
        }
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ObjectNode json = JsonText.object();
        json.put("sample_s", rounded((System.nanoTime() - start) / 1e9, 1));
        json.put("frames_shown", session.model().framesShown());
        json.put("frames_stored", session.model().frames().size());
        json.put("heap_used_mb", rounded(heapUsed / 1e6, 1));
        json.put("heap_after_gc_mb", rounded(heapAfterLastCollection() / 1e6, 1));
        json.put("rss_mb", rounded(residentBytes() / 1e6, 1));
        json.put("pulses", pulses.pulses());
        json.put("mean_pulse_work_ms", rounded(pulses.meanWorkMillis(), 2));
        json.put("max_pulse_work_ms", rounded(pulses.maxWorkMillis(), 1));
        json.put("max_pulse_gap_ms", rounded(pulses.maxGapMillis(), 1));
        System.out.println(JsonText.line(json));
        System.out.flush();
    }

    /** The heap the last collection of each pool left alive: garbage not yet collected does not count. */
    private static long heapAfterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                sum += after.getUsed();
            }
        }
        return sum;
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. Native (ND4J) memory shows here, not in the heap. */
    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1; // not Linux: the script's ps samples remain
        }
        return -1;
    }
}
