package dev.clausius.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A benchmark, not a test: with {@code -Dclausius.bench=SECONDS} the explorer plays its preset at
 * "as fast as possible" and after SECONDS prints frames/s, the longest pulse work and gap, and the
 * time from JVM start to the first frame on screen, then exits.
 */
final class ExplorerBenchmark {
    private ExplorerBenchmark() {
    }

    static void attachIfAsked(ExplorerWindow window) {
        String seconds = System.getProperty("clausius.bench");
        if (seconds == null) {
            return;
        }
        double duration = Double.parseDouble(seconds);
        // launched by java -jar, this JVM is a relaunched child: count from the parent's start
        String parentStart = System.getenv("CLAUSIUS_LAUNCH_EPOCH_MS");
        long jvmStart = parentStart != null ? Long.parseLong(parentStart)
                : ManagementFactory.getRuntimeMXBean().getStartTime();
        long launchNanos = System.nanoTime() - (System.currentTimeMillis() - jvmStart) * 1_000_000L;
        window.model().setSpeed(Speed.MAX);
        PauseTransition warmUp = new PauseTransition(Duration.seconds(1));
        warmUp.setOnFinished(e -> {
            window.pulseStats().restart();
            long before = window.model().framesShown();
            long start = System.nanoTime();
            long[] finishedAt = {-1};
            // a short grid ends before the run does: frames/s is counted up to its end
            window.model().finishedProperty().addListener((obs, was, done) -> {
                if (done && finishedAt[0] < 0) {
                    finishedAt[0] = System.nanoTime();
                }
            });
            window.model().play();
            SoakSampler.attachIfAsked(window);
            PauseTransition run = new PauseTransition(Duration.seconds(duration));
            run.setOnFinished(f -> {
                double elapsed = ((finishedAt[0] > 0 ? finishedAt[0] : System.nanoTime()) - start) / 1e9;
                long frames = window.model().framesShown() - before;
                PulseStats stats = window.pulseStats();
                System.out.printf(Locale.ROOT, "{\"preset\": \"%s\", \"frames\": %d, \"frames_per_s\": %.1f, "
                                + "\"pulses_per_s\": %.1f, \"max_pulse_work_ms\": %.1f, \"mean_pulse_work_ms\": %.2f, "
                                + "\"max_pulse_gap_ms\": %.1f, \"window_after_launch_s\": %.2f, \"first_frame_after_launch_s\": %.2f}%n",
                        window.preset().name(), frames, frames / elapsed, stats.pulses() / elapsed,
                        stats.maxWorkMillis(), stats.meanWorkMillis(), stats.maxGapMillis(),
                        (window.shownNanos() - launchNanos) / 1e9,
                        (stats.firstFrameNanos() - launchNanos) / 1e9);
                Platform.exit();
            });
            run.play();
        });
        warmUp.play();
    }
}
