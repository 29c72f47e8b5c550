package dev.clausius.app.view;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.thermo.Frame;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames a model has added since the window's last pulse, for the audit notes and the live
 * invariants. It listens to one model at a time and lets go of it on {@link #stop}: the model
 * outlives the window when the window's language is switched.
 */
final class NewFrames {
    private final Runnable changed;
    private final List<Frame> frames = new ArrayList<>();
    private final ListChangeListener<Frame> listener = this::framesChanged;
    private SimulationModel model;
    private AuditLog audit;

    /** @param changed told of every change (the panels need redrawing) */
    NewFrames(Runnable changed) {
        this.changed = changed;
    }

    /** Follows {@code model} from now on; the frames it has already count as new, for {@code audit}. */
    void follow(SimulationModel followed, AuditLog newAudit) {
        stop();
        model = followed;
        audit = newAudit;
        frames.clear();
        frames.addAll(followed.frames());
        followed.frames().addListener(listener);
    }

    void stop() {
        if (model != null) {
            model.frames().removeListener(listener);
            model = null;
        }
    }

    boolean any() {
        return !frames.isEmpty();
    }

    /** Hands the new frames to the audit and forgets them; the audit's newest note if it added one, else null. */
    AuditLog.Note inspect() {
        boolean noted = audit.inspect(frames);
        frames.clear();
        if (!noted) {
            return null;
        }
        List<AuditLog.Note> notes = audit.notes();
        return notes.get(notes.size() - 1);
    }

    private void framesChanged(ListChangeListener.Change<? extends Frame> change) {
        while (change.next()) {
            if (change.wasRemoved()) {
                audit.clear();
                frames.clear();
                frames.addAll(change.getList());
            } else if (change.wasAdded()) {
                frames.addAll(change.getAddedSubList());
            }
        }
        changed.run();
    }
}
