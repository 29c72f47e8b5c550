package dev.clausius.app.tour;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.view.WindowHooks;
import dev.clausius.tour.TourSweep;
import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * A tour step's sweep as a teacher's drag: the window's drag hooks get the start, one value per
 * frame pulse moving linearly from {@code from} to {@code to} over the sweep's seconds, and the
 * release at {@code to}, so the slider and the curves follow as they would under a hand. It only
 * moves the value on the FX thread; whatever listens to the drag does the rebuilding.
 */
final class SweepAnimation {
    private final WindowHooks hooks;
    private final Parameter parameter;
    private final TourSweep sweep;
    private final DoubleConsumer released;
    private final List<Double> passed = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private long startNanos = -1;
    private boolean running;

    /** @param released gets the value the drag ends at ({@code to}, or where it was stopped) */
    SweepAnimation(WindowHooks hooks, Parameter parameter, TourSweep sweep, DoubleConsumer released) {
        this.hooks = hooks;
        this.parameter = parameter;
        this.sweep = sweep;
        this.released = released;
    }

    void start() {
        running = true;
        hooks.parameterDragStarted(parameter);
        timer.start();
    }

    /** Ends the drag where it is (a step left mid-sweep), so the drag's listener is not left dragging. */
    void stop() {
        if (running) {
            release(passed.isEmpty() ? sweep.from() : passed.get(passed.size() - 1), false);
        }
    }

    /** The values handed to the drag hook so far, in order (not the release). */
    List<Double> passed() {
        return List.copyOf(passed);
    }

    private void pulse(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        double fraction = (now - startNanos) / (sweep.seconds() * 1e9);
        if (fraction >= 1) {
            release(sweep.to(), true);
            return;
        }
        double value = sweep.from() + (sweep.to() - sweep.from()) * fraction;
        if (passed.isEmpty() || value != passed.get(passed.size() - 1)) {
            passed.add(value);
            hooks.parameterDragged(parameter, value);
        }
    }

    private void release(double value, boolean done) {
        running = false;
        timer.stop();
        hooks.parameterDragEnded(parameter, value);
        if (done) {
            released.accept(value);
        }
    }
}
