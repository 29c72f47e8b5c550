package dev.clausius.app.diagnostics;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.view.ExplorerWindow;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A benchmark, not a test: with {@code -Dclausius.bench=SECONDS} the explorer plays its preset at
 * "as fast as possible" for SECONDS, starting again from t = 0 whenever the grid ends so that a
 * short preset is measured while it draws, not while it sits finished. It then prints one JSON
 * line (frames/s, pulses/s, chart images/s, the distribution of each pulse's work and of the gaps between pulses,
 * the time from launch to the window and to the first frame on screen) and exits. JavaFX's own
 * per-pulse timing is printed alongside with {@code -Djavafx.pulseLogger=true}.
 */
public final class ExplorerBenchmark {
    /** A pulse's budget at 60 Hz. */
    private static final double PULSE_BUDGET_MS = 16.0;

    private ExplorerBenchmark() {
    }

    public static void attachIfAsked(ExplorerWindow window, CurrentSession session, PulseStats stats) {
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
        session.model().setSpeed(Speed.MAX);
        PauseTransition warmUp = new PauseTransition(Duration.seconds(1));
        warmUp.setOnFinished(e -> {
            stats.restart();
            long start = System.nanoTime();
            long drawingsAtStart = window.painter().drawings();
            long[] frames = {0};
            int[] runs = {1};
            session.model().finishedProperty().addListener((obs, was, done) -> {
                if (done) {
                    // the count starts again at the reset; the bounded history may have dropped some
                    frames[0] += session.model().framesShown();
                    runs[0]++;
                    Platform.runLater(session.model()::play); // play() after the end starts again at t = 0
                }
            });
            session.model().play();
            SoakSampler.attachIfAsked(session, stats);
            PauseTransition run = new PauseTransition(Duration.seconds(duration));
            run.setOnFinished(f -> {
                double elapsed = (System.nanoTime() - start) / 1e9;
                frames[0] += session.model().finishedProperty().get() ? 0 : session.model().framesShown();
                DurationHistogram work = stats.work();
                DurationHistogram gaps = stats.gaps();
                DurationHistogram whole = stats.wholePulses();
                DurationHistogram wholeCpu = stats.wholePulsesCpu();
                System.out.printf(Locale.ROOT, "{\"preset\": \"%s\", \"seconds\": %.1f, \"runs\": %d, \"frames\": %d, "
                                + "\"frames_per_s\": %.1f, \"pulses_per_s\": %.1f, \"chart_images_per_s\": %.1f, "
                                + "\"pulse_work_ms\": {\"mean\": %.2f, \"p50\": %.1f, \"p99\": %.1f, \"max\": %.1f, \"over_16\": %d}, "
                                + "\"whole_pulse_ms\": {\"p50\": %.1f, \"p99\": %.1f, \"max\": %.1f, \"over_16\": %d}, "
                                + "\"whole_pulse_cpu_ms\": {\"p99\": %.1f, \"max\": %.1f, \"over_16\": %d}, "
                                + "\"pulse_gap_ms\": {\"p50\": %.1f, \"p99\": %.1f, \"max\": %.1f}, "
                                + "\"window_after_launch_s\": %.2f, \"first_frame_after_launch_s\": %.2f}%n",
                        session.preset().name(), elapsed, runs[0], frames[0], frames[0] / elapsed,
                        stats.pulses() / elapsed, (window.painter().drawings() - drawingsAtStart) / elapsed,
                        work.meanMillis(), work.quantileMillis(0.5), work.quantileMillis(0.99), work.maxMillis(),
                        work.countAbove(PULSE_BUDGET_MS),
                        whole.quantileMillis(0.5), whole.quantileMillis(0.99), whole.maxMillis(),
                        whole.countAbove(PULSE_BUDGET_MS),
                        wholeCpu.quantileMillis(0.99), wholeCpu.maxMillis(), wholeCpu.countAbove(PULSE_BUDGET_MS),
                        gaps.quantileMillis(0.5), gaps.quantileMillis(0.99), gaps.maxMillis(),
                        (window.shownNanos() - launchNanos) / 1e9,
                        (stats.firstFrameNanos() - launchNanos) / 1e9);
                Platform.exit();
            });
            run.play();
        });
        warmUp.play();
    }
}
