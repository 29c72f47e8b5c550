package dev.clausius.app.control;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.session.Coalescer;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.LiveRebuild;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.ParameterDragListener;
import dev.clausius.i18n.Texts;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What a parameter's slider does while it is dragged. The curves on screen stay faint as the
 * drag's ghost. A small system ({@link LiveRebuild#allowsLive}) is rebuilt on every value, off the
 * FX thread through one {@link Coalescer} (one rebuild at a time, the latest value wins), and each
 * rebuilt run takes over at the time on screen, playing on if it played; on release the last
 * value becomes the session's edit as a typed one would. A bigger system waits for the release
 * and is rebuilt then as a typed value is, with its progress and Cancel. The ghost clears on
 * release, or stays as a pin when there are pins.
 */
public final class ParameterDrag implements ParameterDragListener, AutoCloseable {
    private final ExplorerWindow window;
    private final CurrentSession session;
    private final ExplorerActions actions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "clausius-live");
        thread.setDaemon(true);
        return thread;
    });
    private final Coalescer<LiveRebuild.Request, LiveRebuild.Result> rebuilds;
    private final ReadOnlyIntegerWrapper rebuildsShown = new ReadOnlyIntegerWrapper(this, "rebuildsShown", 0);
    private final ReadOnlyIntegerWrapper dragsSettled = new ReadOnlyIntegerWrapper(this, "dragsSettled", 0);
    private Consumer<LiveRebuild.Result> onShown = result -> { };
    private boolean dragging;
    /** This drag rebuilds on every value (a small system). */
    private boolean live;
    /** The value last handed to the rebuilds (the parameter's own value at the start). */
    private double lastAsked = Double.NaN;

    public ParameterDrag(ExplorerWindow window, CurrentSession session, ExplorerActions actions) {
        this.window = window;
        this.session = session;
        this.actions = actions;
        this.rebuilds = new Coalescer<>(LiveRebuild::run, this::show, worker, Platform::runLater);
        window.hooks().setOnParameterDrag(this);
        window.addOnClose(this::close);
    }

    @Override
    public void started(Parameter parameter) {
        if (session.model() == null) {
            return;
        }
        dragging = true;
        live = LiveRebuild.allowsLive(session.preset());
        lastAsked = parameter.value();
        Texts texts = window.texts();
        session.ghost(differences -> differences.isEmpty() ? texts.get("drag.ghost")
                : texts.get("drag.ghostWith", differences));
        if (!live) {
            window.statusBar().showAudit(new AuditLog.Note(texts.get("drag.onRelease", session.preset().name()), false));
        }
    }

    @Override
    public void moved(Parameter parameter, double value) {
        if (!dragging || !live || value == lastAsked) {
            return;
        }
        lastAsked = value;
        rebuilds.submit(request(parameter, value));
    }

    @Override
    public void ended(Parameter parameter, double value) {
        if (!dragging) {
            return;
        }
        dragging = false;
        if (!live) {
            session.pins().releaseGhost();
            if (value != parameter.value()) {
                actions.editParameter(parameter, Double.toString(value));
            }
            dragsSettled.set(dragsSettled.get() + 1);
            return;
        }
        if (value != lastAsked) {
            // the release's own value was not rebuilt yet; one equal to the last rebuilt is not rebuilt twice
            lastAsked = value;
            rebuilds.submit(request(parameter, value));
        }
        rebuilds.whenIdle(() -> settle(parameter));
    }

    /** Live rebuilds shown so far (each a new run on screen): the benchmark's and the tests' count. */
    public ReadOnlyIntegerProperty rebuildsShownProperty() {
        return rebuildsShown.getReadOnlyProperty();
    }

    /** Drags ended and settled: the last value is the session's edit and the ghost is gone (or a pin). */
    public ReadOnlyIntegerProperty dragsSettledProperty() {
        return dragsSettled.getReadOnlyProperty();
    }

    private LiveRebuild.Request request(Parameter parameter, double value) {
        return new LiveRebuild.Request(parameter, value, session.source(), session.preset().name(),
                Math.max(0, session.model().shownIndex()));
    }

    /** FX thread: a rebuilt run takes over, or the sheet says why the value was skipped. */
    private void show(LiveRebuild.Result result) {
        String problem = result.failed() ? result.problem()
                : session.showResumed(result.session(), result.played());
        if (problem != null) {
            window.sheet().showMessage(problem);
            return;
        }
        rebuildsShown.set(rebuildsShown.get() + 1);
        onShown.accept(result);
    }

    /** Told of every live rebuild shown (the benchmark reads how long each took off the FX thread). */
    public void setOnShown(Consumer<LiveRebuild.Result> listener) {
        onShown = Objects.requireNonNull(listener);
    }

    /** FX thread, nothing left to rebuild: the run on screen is the session's edit now. */
    private void settle(Parameter parameter) {
        session.editsSettled();
        session.pins().releaseGhost();
        PresetParameters.of(session.preset()).stream().filter(p -> p.path().equals(parameter.path())).findFirst()
                .ifPresent(now -> window.statusBar().showAudit(new AuditLog.Note(window.texts().get("drag.released",
                        now.name(), window.texts().number(now.value(), 6)), false)));
        dragsSettled.set(dragsSettled.get() + 1);
    }

    @Override
    public void close() {
        rebuilds.cancel();
        worker.shutdownNow();
    }
}
