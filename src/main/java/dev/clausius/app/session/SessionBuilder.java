package dev.clausius.app.session;


import dev.clausius.dynamics.SetupProgress;
import dev.clausius.preset.Preset;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds sessions (reads a preset file, diagonalizes a Hamiltonian) on one background thread, so
 * the window stays responsive during a slow build. Cancel cannot stop a LAPACK call halfway, so it
 * drops the build's result instead: the window keeps its current session at once.
 */
public final class SessionBuilder implements AutoCloseable {
    /** A progress not known yet (the value a JavaFX ProgressIndicator shows as indeterminate). */
    public static final double INDETERMINATE = -1;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "clausius-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress",
            INDETERMINATE);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final SessionLoader loader;

    public SessionBuilder(SessionLoader loader) {
        this.loader = loader;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running build's fraction done (0..1), or indeterminate until its setup reports one. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the running build is doing, in words ("diagonalizing H: block 2 of 2 (1024)"). */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** Opens a preset file off the FX thread; exactly one callback runs later on the FX thread. */
    public void open(Path file, Consumer<Session> done, Consumer<String> failed) {
        submit(reports -> SessionLoading.load(file, loader, reports), done, failed);
    }

    /** Builds the evolver of an edited (already validated) preset off the FX thread. */
    public void rebuild(Preset preset, String source, Consumer<Session> done, Consumer<String> failed) {
        submit(reports -> SessionLoading.build(preset, source, reports), done, failed);
    }

    /** Forgets the running build; its result will be dropped. */
    public void cancel() {
        generation.incrementAndGet();
        busy.set(false);
    }

    private void submit(Function<SetupProgress, LoadResult> work, Consumer<Session> done,
                        Consumer<String> failed) {
        long mine = generation.incrementAndGet();
        busy.set(true);
        progress.set(INDETERMINATE);
        stage.set("reading");
        // reports come from the building thread; a cancelled or superseded build's are dropped
        SetupProgress reports = (fraction, what) -> Platform.runLater(() -> {
            if (generation.get() == mine) {
                progress.set(fraction);
                stage.set(what);
            }
        });
        executor.execute(() -> {
            LoadResult loaded = work.apply(reports);
            Platform.runLater(() -> {
                if (generation.get() != mine) {
                    return;
                }
                busy.set(false);
                if (loaded.failed()) {
                    failed.accept(loaded.error());
                } else {
                    done.accept(loaded.session());
                }
            });
        });
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        executor.shutdownNow();
    }
}
