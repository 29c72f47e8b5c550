package dev.clausius.app.session;

import dev.clausius.app.model.FrameExtras;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.List;

/**
 * A preset playing in its own {@link SimulationModel}, with the file it came from: what the shown
 * session and the compare panel's partner have alike. The one place a model is made for a
 * preset; a new session replaces (and closes) the previous model.
 */
final class PlayingSession implements AutoCloseable {
    private final ReadOnlyObjectWrapper<SimulationModel> model;
    private Preset preset;
    private Path source;

    /** @param bean the view-model that publishes {@link #modelProperty()} */
    PlayingSession(Object bean) {
        model = new ReadOnlyObjectWrapper<>(bean, "model", null);
    }

    /**
     * Plays {@code session}; listeners of {@link #modelProperty()} see its preset and source.
     *
     * @return null, or the one-line reason its time grid cannot be played (nothing changes then)
     */
    String show(Session session) {
        return show(session, () -> SimulationModel.forPreset(session.preset(), session.evolver()));
    }

    /** As {@link #show(Session)}, with the model {@code make} gives (a model resumed mid-run). */
    String show(Session session, java.util.function.Supplier<SimulationModel> make) {
        SimulationModel next;
        try {
            next = make.get();
        } catch (IllegalArgumentException e) {
            String file = session.source() == null ? session.preset().name() : session.source().toString();
            return file + ": $.time: " + e.getMessage();
        }
        SimulationModel previous = model.get();
        preset = session.preset();
        source = session.source();
        model.set(next);
        if (previous != null) {
            previous.close();
        }
        return null;
    }

    ReadOnlyObjectProperty<SimulationModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    SimulationModel model() {
        return model.get();
    }

    Preset preset() {
        return preset;
    }

    Path source() {
        return source;
    }

    /** The frames and latest extras, copied now (the model appends to its live list every pulse); null before a session. */
    FigureData snapshot() {
        SimulationModel current = model.get();
        if (current == null) {
            return null;
        }
        FrameExtras latest = current.latestProperty().get();
        return new FigureData(preset, List.copyOf(current.frames()), List.copyOf(latest.cycles()), latest.stateA(),
                latest.stateB(), current.grid().end(), latest.cellTemperatures());
    }

    @Override
    public void close() {
        if (model.get() != null) {
            model.get().close();
        }
    }
}
