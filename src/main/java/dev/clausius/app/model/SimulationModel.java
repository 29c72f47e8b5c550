package dev.clausius.app.model;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The explorer's view-model: the state of one playing preset as observable read-only properties,
 * in the style of PhET's BaseModel (play/pause/reset; {@link #pulse(long)} does nothing while
 * paused). It holds no JavaFX controls and needs no window, so it is unit-tested on its own.
 *
 * <p>Threading: every method is called from one thread (the FX thread in the explorer, the test
 * thread in unit tests) and the properties change only there. Physics runs elsewhere, in
 * {@link FrameProducer}; {@link #pulse(long)} only moves finished Frames into {@link #frames()}.
 */
public final class SimulationModel implements AutoCloseable {

    /** Playback aims to show a whole grid in about this many seconds... */
    static final double TARGET_SECONDS = 10.0;
    /** ...but never slower than this, so a short grid does not crawl. */
    static final double MIN_FRAMES_PER_SECOND = 30.0;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final TimeGrid grid;
    private final double normalRate;
    private PlaybackClock clock;
    private final FrameProducer producer;
    /** Frames still to show one by one (Right key) while paused. */
    private int pendingSteps;
    /** The grid index a forward jump of the time slider runs to, or -1. */
    private int seekTarget = -1;
    /** The shown frames with their extras (so a jump back shows its state), bounded for long runs. */
    private final FrameHistory history;
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0.0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper(this, "framesPerSecond", 0.0);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", null);
    private final ReadOnlyStringWrapper breach = new ReadOnlyStringWrapper(this, "breach", null);
    private final ReadOnlyObjectWrapper<FrameExtras> latest = new ReadOnlyObjectWrapper<>(this, "latest", FrameExtras.NONE);
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed", Speed.NORMAL);

    private final FrameRateMeter rateMeter = new FrameRateMeter(NANOS_PER_SECOND);

    /** A model playing {@code preset}'s time grid (engine mode's default end included) with {@code evolver}. */
    public static SimulationModel forPreset(Preset preset, Evolver evolver) {
        return new SimulationModel(evolver, TimeGrid.of(preset));
    }

    /**
     * A model of {@code preset} that starts where {@code played} ends, as if it had played its frames
     * (a live rebuild while a parameter is dragged): paused, at the speed {@code speed}; the producer
     * goes on with {@code evolver} (whose last call was {@code played}'s newest frame) from the next
     * grid index, and {@link #catchUp(int)} runs it forward to where the replaced model had got to.
     */
    public static SimulationModel resumed(Preset preset, Evolver evolver, PlayedFrames played, Speed speed) {
        SimulationModel model = forPreset(preset, evolver);
        model.setSpeed(speed);
        int last = played.lastIndex();
        int[] indices = new int[last + 1];
        for (int k = 0; k <= last; k++) {
            indices[k] = k;
        }
        model.history.append(played.frames(), played.extras(), indices);
        model.time.set(played.frames().get(last).time());
        model.latest.set(model.history.lastExtras());
        model.finished.set(last == model.grid.size() - 1);
        model.producer.restartFrom(last + 1);
        return model;
    }

    /**
     * Shows the frames up to grid index {@code index} as fast as they come, without pausing:
     * playing or paused stays as it is (a seek pauses; {@link #play()} ends a catch-up, so play first).
     */
    public void catchUp(int index) {
        int target = Math.min(index, grid.size() - 1);
        if (target > shownIndex()) {
            seekTarget = target;
            producer.ensureStarted();
        }
    }

    /** A model whose playback shows a whole grid in about {@link #TARGET_SECONDS} (if the evolver keeps up). */
    public SimulationModel(Evolver evolver, TimeGrid grid) {
        this(evolver, grid, defaultPlaybackRate(grid));
    }

    /** A model that plays {@code playbackRate} frames per second of wall time. */
    public SimulationModel(Evolver evolver, TimeGrid grid, double playbackRate) {
        this(evolver, grid, playbackRate, new FrameHistory());
    }

    /** As above, keeping the shown frames in {@code history} (tests choose small bounds). */
    SimulationModel(Evolver evolver, TimeGrid grid, double playbackRate, FrameHistory history) {
        this.grid = grid;
        this.history = history;
        this.normalRate = playbackRate;
        this.clock = new PlaybackClock(playbackRate);
        this.producer = new FrameProducer(evolver, grid);
    }

    static double defaultPlaybackRate(TimeGrid grid) {
        return Math.max(MIN_FRAMES_PER_SECOND, grid.size() / TARGET_SECONDS);
    }

    public TimeGrid grid() {
        return grid;
    }

    /** Frames per second of wall time that playback aims for (infinite at {@link Speed#MAX}). */
    public double playbackRate() {
        return speed.get() == Speed.MAX ? Double.POSITIVE_INFINITY : clock.framesPerSecond();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Changes the playback speed; takes effect at the next pulse. */
    public void setSpeed(Speed newSpeed) {
        speed.set(newSpeed);
        if (newSpeed != Speed.MAX) {
            clock = new PlaybackClock(normalRate * newSpeed.factor());
        }
    }

    /** The invariants, states and cycles of the newest frame shown. */
    public ReadOnlyObjectProperty<FrameExtras> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Grid index of the newest frame shown, -1 before the first. */
    public int shownIndex() {
        return history.lastIndex();
    }

    /** Shows the next frame and stays paused (the Right key). */
    public void step() {
        if (failure.get() != null || finished.get()) {
            return;
        }
        pause();
        pendingSteps++;
        producer.ensureStarted();
    }

    /**
     * Jumps to grid index {@code index}, paused. Back: the frames after it are dropped and the
     * producer restarts just after it (closed and open evolvers are exact at any t, so nothing is
     * recomputed); in the decimated part of a long history it restarts after the nearest kept
     * frame before it and runs forward to it. Forward: the frames up to it are computed and shown
     * as fast as they come.
     */
    public void seek(int index) {
        int target = Math.max(0, Math.min(index, grid.size() - 1));
        pause();
        pendingSteps = 0;
        if (target <= shownIndex()) {
            int kept = history.truncateAfter(target);
            int at = history.lastIndex();
            time.set(history.frames().get(kept - 1).time());
            latest.set(history.lastExtras());
            finished.set(at == grid.size() - 1);
            seekTarget = at < target ? target : -1;
            producer.restartFrom(at + 1);
            if (seekTarget >= 0) {
                producer.ensureStarted();
            }
        } else {
            seekTarget = target;
            producer.ensureStarted();
        }
    }

    /** True while a forward jump is still computing. */
    public boolean seeking() {
        return seekTarget >= 0;
    }

    /**
     * The Frames shown so far, in time order; grows by at most one addAll per pulse. A long run
     * keeps the newest frames at full resolution and a decimated past ({@link FrameHistory}).
     */
    public ObservableList<Frame> frames() {
        return history.frames();
    }

    /** Frames shown since the last reset, including those the bounded history has since dropped. */
    public long framesShown() {
        return history.appended();
    }

    /** The time of the newest frame shown (0 before the first). */
    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True once the last grid time has been shown. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Frames shown per second of wall time, measured over the last second of playback. */
    public ReadOnlyDoubleProperty framesPerSecondProperty() {
        return framesPerSecond.getReadOnlyProperty();
    }

    /** The evolver's message if it failed; null while all is well. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * The first numerical guard breached since the last reset ({@link InvariantLimit}), e.g.
     * "t = 3.5: positivity", or null while every frame shown passed. Kept, not replaced by later
     * frames: one bad frame among hundreds a second must not flash by unseen.
     */
    public ReadOnlyStringProperty breachProperty() {
        return breach.getReadOnlyProperty();
    }

    /** Starts or resumes playback; at the end of the grid it starts again from t = 0. */
    public void play() {
        if (failure.get() != null) {
            return;
        }
        if (finished.get()) {
            reset();
        }
        seekTarget = -1;
        pendingSteps = 0;
        producer.ensureStarted();
        playing.set(true);
    }

    /** Stops the growth of {@link #frames()} at once; frames computed ahead wait for the next play. */
    public void pause() {
        playing.set(false);
        framesPerSecond.set(0.0);
        rateMeter.restart();
        clock.restart();
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Back to t = 0 with nothing shown, paused. */
    public void reset() {
        pause();
        pendingSteps = 0;
        seekTarget = -1;
        producer.restart();
        history.clear();
        latest.set(FrameExtras.NONE);
        time.set(0.0);
        finished.set(false);
        failure.set(null);
        breach.set(null);
    }

    /**
     * One animation pulse: shows the frames due by the playback rate that the background thread
     * has finished, in a single list change so a chart redraws at most once.
     *
     * @param nowNanos the pulse time (AnimationTimer's clock), for the frames/s measurement
     */
    public void pulse(long nowNanos) {
        int due;
        if (seekTarget >= 0) {
            due = seekTarget - shownIndex();
        } else if (playing.get()) {
            due = speed.get() == Speed.MAX ? FrameProducer.LOOKAHEAD : clock.framesDue(nowNanos);
        } else if (pendingSteps > 0) {
            due = pendingSteps;
        } else {
            return;
        }
        List<FrameProducer.Item> items = producer.poll(due);
        if (playing.get() && speed.get() != Speed.MAX && seekTarget < 0) {
            clock.shown(items.size(), due);
        }
        List<Frame> batch = new ArrayList<>(items.size());
        List<FrameExtras> batchExtras = new ArrayList<>(items.size());
        int[] batchIndices = new int[items.size()];
        for (FrameProducer.Item item : items) {
            if (item.failure() != null) {
                failure.set("evolver failed at t = " + grid.time(item.index()) + ": " + item.failure());
                break;
            }
            if (breach.get() == null) {
                String warnings = InvariantLimit.warnings(item.extras().invariants());
                if (!warnings.isEmpty()) {
                    breach.set("t = " + item.frame().time() + ": " + warnings.replace(";", ", "));
                }
            }
            batchIndices[batch.size()] = item.index();
            batch.add(item.frame());
            batchExtras.add(item.extras());
            if (item.index() == grid.size() - 1) {
                finished.set(true);
            }
        }
        if (!batch.isEmpty()) {
            history.append(batch, batchExtras, batchIndices);
            time.set(batch.get(batch.size() - 1).time());
            latest.set(history.lastExtras());
        }
        if (seekTarget >= 0 && shownIndex() >= seekTarget) {
            seekTarget = -1;
        }
        if (!playing.get()) {
            pendingSteps = Math.max(0, pendingSteps - batch.size());
        } else {
            rateMeter.count(batch.size(), nowNanos).ifPresent(framesPerSecond::set);
        }
        if (finished.get() || failure.get() != null) {
            seekTarget = -1;
            pendingSteps = 0;
            pause();
        }
    }

    /** Stops the background thread; the model is unusable afterwards. */
    @Override
    public void close() {
        pause();
        producer.close();
    }
}
