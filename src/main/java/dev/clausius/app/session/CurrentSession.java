package dev.clausius.app.session;

import dev.clausius.app.model.PlayedFrames;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.Speed;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.nio.file.Path;

/**
 * The session on screen, as the views and commands see it: the preset, the file it came from,
 * the playing {@link SimulationModel} and the unsaved-edit tracking. A view-model: read-only
 * properties and actions, no controls. Views listen to {@link #modelProperty()} and rebuild
 * their panels when a new session replaces the old one.
 */
public final class CurrentSession implements AutoCloseable {
    private final UnsavedEdits edits;
    private final PlayingSession shown = new PlayingSession(this);
    private final PartnerSession partner = new PartnerSession();
    private final Pins pins = new Pins();

    public CurrentSession(UnsavedEdits edits) {
        this.edits = edits;
    }

    /** Remembers sessions in the platform's settings folder ({@link SessionMemory#fromSystem()}). */
    public static CurrentSession remembered() {
        return new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem()));
    }

    /**
     * Shows {@code session}: its model replaces (and closes) the previous one. The one place a
     * {@link SimulationModel} is made for a preset.
     *
     * @return null, or the one-line reason the session cannot be played (its time grid)
     */
    public String show(Session session) {
        String problem = shown.show(session);
        if (problem == null) {
            edits.sessionChanged(session.preset(), session.source());
            pins.presetShown(session.preset());
        }
        return problem;
    }

    /**
     * Shows a session rebuilt while a parameter is dragged: its model starts where {@code played}
     * ends, at the shown model's speed, playing if it played, and catches up with the index the
     * shown model has reached meanwhile. The unsaved edits are told only when the drag ends
     * ({@link #editsSettled()}): a drag shows ten presets a second and none of them is an edit yet.
     *
     * @return null, or the one-line reason its time grid cannot be played (nothing changes then)
     */
    public String showResumed(Session session, PlayedFrames played) {
        SimulationModel before = shown.model();
        boolean playing = before != null && before.playingProperty().get();
        int reached = before == null ? played.lastIndex() : before.shownIndex();
        Speed speed = before == null ? Speed.NORMAL : before.speedProperty().get();
        String problem = shown.show(session,
                () -> SimulationModel.resumed(session.preset(), session.evolver(), played, speed));
        if (problem == null) {
            pins.presetShown(session.preset());
            SimulationModel model = shown.model();
            if (playing && !model.finishedProperty().get()) {
                model.play();
            }
            model.catchUp(reached);
        }
        return problem;
    }

    /** The preset on screen is the edited one now (a drag ended): unsaved-edit tracking and the session's memory learn it. */
    public void editsSettled() {
        edits.sessionChanged(shown.preset(), shown.source());
    }

    /** Keeps the run on screen as a drag's ghost ({@link Pins#ghost}). */
    public void ghost(java.util.function.Function<String, String> label) {
        pins.ghost(shown.snapshot(), label);
    }

    /** The playing model; null until the first session is shown. */
    public ReadOnlyObjectProperty<SimulationModel> modelProperty() {
        return shown.modelProperty();
    }

    public SimulationModel model() {
        return shown.model();
    }

    public Preset preset() {
        return shown.preset();
    }

    /** The file the preset came from, or null (a preset built in memory). */
    public Path source() {
        return shown.source();
    }

    public UnsavedEdits edits() {
        return edits;
    }

    /** The second preset the compare panel draws, on this session's clock. */
    public PartnerSession partner() {
        return partner;
    }

    /** The runs pinned under the live curves. */
    public Pins pins() {
        return pins;
    }

    /**
     * What the panels draw and exports write, copied now (the model appends to its live list every
     * pulse), with the partner's frames beside them when there is a partner, and the pins.
     */
    public FigureData snapshot() {
        return shown.snapshot().withPartner(partner.snapshot()).withPins(pins.labelled(preset()));
    }

    /** Pins the run on screen (its frames so far). */
    public void pin() {
        pins.pin(shown.snapshot());
    }

    /** Restarts the shown session at t = 0 with its first frame on screen. */
    public void reset() {
        shown.model().reset();
        shown.model().step();
    }

    @Override
    public void close() {
        shown.close();
        partner.close();
        pins.close();
    }
}
