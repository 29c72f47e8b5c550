package dev.clausius.app.diagnostics;

import dev.clausius.app.model.Speed;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.view.ExplorerWindow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.JsonText;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;

import static dev.clausius.export.JsonText.rounded;

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
        // until now the window showed the "preparing" panel while the evolver was set up off the FX thread
        ObjectNode setup = whileSettingUp(stats);
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
                long drawings = window.painter().drawings() - drawingsAtStart;
                ObjectNode json = JsonText.object();
                json.put("preset", session.preset().name());
                json.put("seconds", rounded(elapsed, 1));
                json.put("runs", runs[0]);
                json.put("frames", frames[0]);
                json.put("frames_per_s", rounded(frames[0] / elapsed, 1));
                json.put("pulses_per_s", rounded(stats.pulses() / elapsed, 1));
                json.put("chart_images_per_s", rounded(drawings / elapsed, 1));
                ObjectNode workMs = json.putObject("pulse_work_ms");
                workMs.put("mean", rounded(work.meanMillis(), 2));
                workMs.put("p50", rounded(work.quantileMillis(0.5), 1));
                workMs.put("p99", rounded(work.quantileMillis(0.99), 1));
                workMs.put("max", rounded(work.maxMillis(), 1));
                workMs.put("over_16", work.countAbove(PULSE_BUDGET_MS));
                ObjectNode wholeMs = json.putObject("whole_pulse_ms");
                wholeMs.put("p50", rounded(whole.quantileMillis(0.5), 1));
                wholeMs.put("p99", rounded(whole.quantileMillis(0.99), 1));
                wholeMs.put("max", rounded(whole.maxMillis(), 1));
                wholeMs.put("over_16", whole.countAbove(PULSE_BUDGET_MS));
                ObjectNode wholeCpuMs = json.putObject("whole_pulse_cpu_ms");
                wholeCpuMs.put("p99", rounded(wholeCpu.quantileMillis(0.99), 1));
                wholeCpuMs.put("max", rounded(wholeCpu.maxMillis(), 1));
                wholeCpuMs.put("over_16", wholeCpu.countAbove(PULSE_BUDGET_MS));
                ObjectNode gapMs = json.putObject("pulse_gap_ms");
                gapMs.put("p50", rounded(gaps.quantileMillis(0.5), 1));
                gapMs.put("p99", rounded(gaps.quantileMillis(0.99), 1));
                gapMs.put("max", rounded(gaps.maxMillis(), 1));
                json.put("window_after_launch_s", rounded((window.shownNanos() - launchNanos) / 1e9, 2));
                json.put("first_frame_after_launch_s", rounded((stats.firstFrameNanos() - launchNanos) / 1e9, 2));
                json.set("while_setting_up", setup);
                System.out.println(JsonText.line(json));
                Platform.exit();
            });
            run.play();
        });
        warmUp.play();
    }

    /** The pulses from the window's creation to the session's arrival: is the FX thread free while a big system diagonalizes? */
    private static ObjectNode whileSettingUp(PulseStats stats) {
        ObjectNode json = JsonText.object();
        json.put("pulses", stats.pulses());
        DurationHistogram gaps = stats.gaps();
        json.put("gap_p50_ms", rounded(gaps.quantileMillis(0.5), 1));
        json.put("gap_p99_ms", rounded(gaps.quantileMillis(0.99), 1));
        json.put("gap_max_ms", rounded(gaps.maxMillis(), 1));
        json.put("whole_pulse_max_ms", rounded(stats.wholePulses().maxMillis(), 1));
        return json;
    }
}
