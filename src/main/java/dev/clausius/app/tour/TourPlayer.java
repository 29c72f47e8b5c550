package dev.clausius.app.tour;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.model.Speed;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourCheck;
import dev.clausius.tour.TourStep;
import dev.clausius.tour.TourSweep;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Drives the explorer through a tour's steps: loads the step's preset (on the step's grid) when it
 * is not already showing, selects and highlights the panel, then jumps or plays to the step's
 * moment, and checks the step's claim on the frame reached. It computes no physics: the window's
 * model plays the frames, and a step counts as reached only once its frame is on screen.
 *
 * <p>A step with a sweep starts from its preset with the swept parameter at {@code from}, jumps to
 * its moment, then drags the parameter to {@code to} through the window's drag hooks
 * ({@link SweepAnimation}), as a teacher would with the slider; once the preset on screen has the
 * parameter at {@code to} it reaches its moment again (playing or jumping, as the step says) and
 * checks its claim. If nothing rebuilt the run on the drag within {@link #REBUILD_WAIT}, the
 * player shows the swept preset itself.
 */
public final class TourPlayer {

    /** Shows a preset read from a file, off the FX thread, then runs one of the callbacks (ExplorerActions). */
    @FunctionalInterface
    public interface PresetShower {
        void show(Preset preset, Path source, Runnable whenShown, Consumer<String> whenFailed);
    }

    /** The step index whose moment is on screen, with the outcome of its check (null: no check). */
    public record Arrival(int step, TourCheck.Outcome outcome) {
    }

    /** How long the player leaves a released sweep to the drag's own rebuild before it rebuilds. */
    static final Duration REBUILD_WAIT = Duration.seconds(3);

    private final ExplorerWindow window;
    private final CurrentSession session;
    private final PresetShower shower;
    private Speed playSpeed;
    private Tour tour;
    private int index = -1;
    /** Counts go() calls: a step whose preset is still loading is dropped once another step is asked for. */
    private long generation;
    /** The go() whose preset is being built (the session on screen is about to be replaced), or -1. */
    private long loadingFor = -1;
    private ChangeListener<Number> waiting;
    private SimulationModel waitingOn;
    /** Whether the current step's sweep has been released (its preset is now at the sweep's end). */
    private boolean swept;
    private SweepAnimation animation;
    private List<Double> lastSweep = List.of();
    private ChangeListener<SimulationModel> awaitingRebuild;
    private PauseTransition rebuildWait;
    private final ReadOnlyObjectWrapper<TourSweep> sweeping = new ReadOnlyObjectWrapper<>(this, "sweeping", null);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyObjectWrapper<Arrival> arrival = new ReadOnlyObjectWrapper<>(this, "arrival", null);
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure", null);

    public TourPlayer(ExplorerWindow window, CurrentSession session, PresetShower shower) {
        this.window = window;
        this.session = session;
        this.shower = shower;
    }

    /** Plays "play_to" steps at {@code speed} instead of the user's speed (tests, screenshots); null: the user's. */
    public void setPlaySpeed(Speed speed) {
        playSpeed = speed;
    }

    public Tour tour() {
        return tour;
    }

    /** The window's texts: the tour is shown in its language. */
    public Texts texts() {
        return window.texts();
    }

    /** The sweep being dragged now, or null. */
    public ReadOnlyObjectProperty<TourSweep> sweepingProperty() {
        return sweeping.getReadOnlyProperty();
    }

    /** The values the last sweep handed to the drag hooks, in order (its release excluded). */
    public List<Double> lastSweepValues() {
        return animation == null ? lastSweep : animation.passed();
    }

    /** The step shown (0-based), -1 with no tour. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Set once the current step's moment is on screen; null while it is being reached. */
    public ReadOnlyObjectProperty<Arrival> arrivalProperty() {
        return arrival.getReadOnlyProperty();
    }

    /** Why the current step could not be shown (its preset no longer reads), or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void start(Tour newTour) {
        tour = newTour;
        go(0);
    }

    public void next() {
        if (tour != null && index + 1 < tour.steps().size()) {
            go(index + 1);
        }
    }

    public void back() {
        if (tour != null && index > 0) {
            go(index - 1);
        }
    }

    public void stop() {
        stopWaiting();
        stopSweep();
        generation++;
        tour = null;
        index = -1;
        step.set(-1);
        arrival.set(null);
        failure.set(null);
        window.panelViews().forEach(v -> v.highlight(null));
    }

    public void go(int k) {
        stopWaiting();
        stopSweep();
        long mine = ++generation;
        swept = false;
        index = k;
        arrival.set(null);
        failure.set(null);
        step.set(k);
        TourStep current = tour.steps().get(k);
        Preset preset;
        try {
            preset = current.onGrid(current.sweep() == null ? PresetReader.read(current.preset())
                    : current.sweep().start(current.preset()));
        } catch (PresetException e) {
            failure.set(e.getMessage());
            return;
        }
        // a step whose preset is on screen needs no build, unless an earlier step's build is still
        // running: that one would replace the session under this step (a quick PageDown), so this
        // step builds too, and the builder drops the earlier result
        if (loadingFor < 0 && preset.equals(session.preset()) && sameFile(current.preset(), session.source())) {
            arrive(current);
        } else {
            loadingFor = mine;
            shower.show(preset, current.preset(), () -> {
                builtFor(mine);
                if (generation == mine) {
                    arrive(current);
                }
            }, message -> {
                builtFor(mine);
                if (generation == mine) {
                    failure.set(message);
                }
            });
        }
    }

    /** The build asked for by go() number {@code mine} has ended; an earlier one is dropped by the builder. */
    private void builtFor(long mine) {
        if (loadingFor == mine) {
            loadingFor = -1;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private void arrive(TourStep current) {
        stopWaiting();
        PanelView view = window.panel(current.panel());
        window.tabs().getSelectionModel().select(window.panelViews().indexOf(view));
        window.panelViews().forEach(v -> v.highlight(v == view ? current.highlight() : null));
        SimulationModel model = session.model();
        int target = Math.min(current.frameIndex(model.grid().dt()), model.grid().size() - 1);
        long mine = generation;
        waitingOn = model;
        waiting = (obs, old, now) -> Platform.runLater(() -> settle(mine, model, target));
        model.timeProperty().addListener(waiting);
        // before its sweep a step jumps to its moment, so the drag redraws the curves up to it
        if (current.play() && (current.sweep() == null || swept)) {
            if (model.shownIndex() > target) {
                model.seek(0);
            }
            if (model.shownIndex() < target) {
                if (playSpeed != null) {
                    model.setSpeed(playSpeed);
                }
                model.play();
            }
        } else {
            model.seek(target);
        }
        settle(mine, model, target);
    }

    /**
     * Called after each change of the shown time: a play that ran past the target (several frames
     * arrive per pulse) is paused and stepped back to it; at the target the step is reached.
     */
    private void settle(long mine, SimulationModel model, int target) {
        if (mine != generation || model != session.model()) {
            return;
        }
        if (model.shownIndex() > target) {
            model.pause();
            model.seek(target);
        }
        if (model.shownIndex() != target) {
            return;
        }
        model.pause();
        stopWaiting();
        TourStep current = tour.steps().get(index);
        if (current.sweep() != null && !swept) {
            startSweep(current);
            return;
        }
        stopAwaitingRebuild();
        TourCheck.Outcome outcome = current.check() == null ? null
                : current.check().evaluate(model.frames(), model.latestProperty().get().cycles(),
                        session.preset().temperatureB(), texts());
        arrival.set(new Arrival(index, outcome));
    }

    /** Drags the step's parameter from the sweep's start to its end through the window's hooks. */
    private void startSweep(TourStep current) {
        TourSweep sweep = current.sweep();
        Optional<Parameter> parameter = PresetParameters.of(session.preset()).stream()
                .filter(p -> p.path().equals(sweep.path())).findFirst();
        if (parameter.isEmpty()) {
            failure.set(texts().get("tour.sweep.notOnSheet", sweep.path()));
            return;
        }
        long mine = generation;
        sweeping.set(sweep);
        animation = new SweepAnimation(window.hooks(), parameter.get(), sweep, to -> released(mine, current,
                parameter.get().with().apply(to)));
        animation.start();
    }

    /**
     * The sweep is released: once the preset on screen is {@code target} (the drag's rebuild shows it,
     * or after {@link #REBUILD_WAIT} the player does) the step reaches its moment and checks its claim.
     */
    private void released(long mine, TourStep current, Preset target) {
        lastSweep = animation.passed();
        animation = null;
        sweeping.set(null);
        swept = true;
        if (mine != generation) {
            return;
        }
        if (isShown(current, target)) {
            arrive(current);
            return;
        }
        awaitingRebuild = (obs, old, now) -> Platform.runLater(() -> {
            if (mine == generation && awaitingRebuild != null && isShown(current, target)) {
                arrive(current);
            }
        });
        session.modelProperty().addListener(awaitingRebuild);
        rebuildWait = new PauseTransition(REBUILD_WAIT);
        rebuildWait.setOnFinished(e -> {
            if (mine == generation && !isShown(current, target) && arrival.get() == null) {
                shower.show(target, current.preset(), () -> {
                    if (generation == mine && isShown(current, target)) {
                        arrive(current);
                    }
                }, message -> {
                    if (generation == mine) {
                        failure.set(message);
                    }
                });
            }
        });
        rebuildWait.play();
    }

    /** Whether the session on screen shows {@code target}, the swept parameter at its end, from the step's file. */
    private boolean isShown(TourStep current, Preset target) {
        if (session.model() == null || !sameFile(current.preset(), session.source())) {
            return false;
        }
        String path = current.sweep().path();
        return PresetParameters.of(session.preset()).stream().filter(p -> p.path().equals(path))
                .anyMatch(p -> p.value() == current.sweep().to())
                && session.preset().time().equals(target.time());
    }

    private void stopSweep() {
        if (animation != null) {
            SweepAnimation stopped = animation;
            animation = null;
            lastSweep = stopped.passed();
            stopped.stop();
        }
        sweeping.set(null);
        stopAwaitingRebuild();
    }

    private void stopAwaitingRebuild() {
        if (awaitingRebuild != null) {
            session.modelProperty().removeListener(awaitingRebuild);
            awaitingRebuild = null;
        }
        if (rebuildWait != null) {
            rebuildWait.stop();
            rebuildWait = null;
        }
    }

    private void stopWaiting() {
        if (waiting != null && waitingOn != null) {
            waitingOn.timeProperty().removeListener(waiting);
        }
        waiting = null;
        waitingOn = null;
    }
}
