package dev.clausius.app;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.thermo.Frame;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
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
    private final PlaybackClock clock;
    private final FrameProducer producer;

    private final ObservableList<Frame> frames = FXCollections.observableArrayList();
    private final ObservableList<Frame> readOnlyFrames = FXCollections.unmodifiableObservableList(frames);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0.0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper(this, "framesPerSecond", 0.0);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", null);

    private final FrameRateMeter rateMeter = new FrameRateMeter(NANOS_PER_SECOND);

    /** A model whose playback shows a whole grid in about {@link #TARGET_SECONDS} (if the evolver keeps up). */
    public SimulationModel(Evolver evolver, TimeGrid grid) {
        this(evolver, grid, defaultPlaybackRate(grid));
    }

    /** A model that plays {@code playbackRate} frames per second of wall time. */
    public SimulationModel(Evolver evolver, TimeGrid grid, double playbackRate) {
        this.grid = grid;
        this.clock = new PlaybackClock(playbackRate);
        this.producer = new FrameProducer(evolver, grid);
    }

    static double defaultPlaybackRate(TimeGrid grid) {
        return Math.max(MIN_FRAMES_PER_SECOND, grid.size() / TARGET_SECONDS);
    }

    public TimeGrid grid() {
        return grid;
    }

    /** Frames per second of wall time that playback aims for. */
    public double playbackRate() {
        return clock.framesPerSecond();
    }

    /** The Frames shown so far, in time order; grows by at most one addAll per pulse. */
    public ObservableList<Frame> frames() {
        return readOnlyFrames;
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

    /** Starts or resumes playback; at the end of the grid it starts again from t = 0. */
    public void play() {
        if (failure.get() != null) {
            return;
        }
        if (finished.get()) {
            reset();
        }
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
        producer.restart();
        frames.clear();
        time.set(0.0);
        finished.set(false);
        failure.set(null);
    }

    /**
     * One animation pulse: shows the frames due by the playback rate that the background thread
     * has finished, in a single list change so a chart redraws at most once.
     *
     * @param nowNanos the pulse time (AnimationTimer's clock), for the frames/s measurement
     */
    public void pulse(long nowNanos) {
        if (!playing.get()) {
            return;
        }
        int due = clock.framesDue(nowNanos);
        List<FrameProducer.Item> items = producer.poll(due);
        clock.shown(items.size(), due);
        List<Frame> batch = new ArrayList<>(items.size());
        for (FrameProducer.Item item : items) {
            if (item.failure() != null) {
                failure.set("evolver failed at t = " + grid.time(item.index()) + ": " + item.failure());
                break;
            }
            batch.add(item.frame());
            if (item.index() == grid.size() - 1) {
                finished.set(true);
            }
        }
        if (!batch.isEmpty()) {
            frames.addAll(batch);
            time.set(batch.get(batch.size() - 1).time());
        }
        rateMeter.count(batch.size(), nowNanos).ifPresent(framesPerSecond::set);
        if (finished.get() || failure.get() != null) {
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
