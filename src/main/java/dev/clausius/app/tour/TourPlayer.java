package dev.clausius.app.tour;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.model.Speed;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourCheck;
import dev.clausius.tour.TourStep;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Drives the explorer through a tour's steps: loads the step's preset (on the step's grid) when it
 * is not already showing, selects and highlights the panel, then jumps or plays to the step's
 * moment, and checks the step's claim on the frame reached. It computes no physics: the window's
 * model plays the frames, and a step counts as reached only once its frame is on screen.
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
        long mine = ++generation;
        index = k;
        arrival.set(null);
        failure.set(null);
        step.set(k);
        TourStep current = tour.steps().get(k);
        Preset preset;
        try {
            preset = current.onGrid(PresetReader.read(current.preset()));
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
        PanelView view = window.panel(current.panel());
        window.tabs().getSelectionModel().select(window.panelViews().indexOf(view));
        window.panelViews().forEach(v -> v.highlight(v == view ? current.highlight() : null));
        SimulationModel model = session.model();
        int target = Math.min(current.frameIndex(model.grid().dt()), model.grid().size() - 1);
        long mine = generation;
        waitingOn = model;
        waiting = (obs, old, now) -> Platform.runLater(() -> settle(mine, model, target));
        model.timeProperty().addListener(waiting);
        if (current.play()) {
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
        TourCheck.Outcome outcome = current.check() == null ? null
                : current.check().evaluate(model.frames(), model.latestProperty().get().cycles(),
                        session.preset().temperatureB());
        arrival.set(new Arrival(index, outcome));
    }

    private void stopWaiting() {
        if (waiting != null && waitingOn != null) {
            waitingOn.timeProperty().removeListener(waiting);
        }
        waiting = null;
        waitingOn = null;
    }
}
