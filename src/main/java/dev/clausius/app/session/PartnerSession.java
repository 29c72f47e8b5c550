package dev.clausius.app.session;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.nio.file.Path;

/**
 * The second preset of the compare panel, playing on the shown model's clock: each pulse it shows
 * its frame at the grid time nearest the shown model's time (its own grid, up to its own end),
 * so play, pause, reset and seeks of the shown model carry over. Its frames come from its own
 * {@link SimulationModel} and so from its own evolver thread; the FX thread only moves them.
 */
public final class PartnerSession implements AutoCloseable {
    private final PlayingSession playing = new PlayingSession(this);
    /** Whether the user chose this partner (a shown preset of another kind keeps it then). */
    private boolean chosen;

    /**
     * Shows {@code session} beside the shown preset; {@code byChoice} when the user picked it.
     *
     * @return null, or the one-line reason it cannot be played (its time grid)
     */
    public String show(Session session, boolean byChoice) {
        String problem = playing.show(session);
        if (problem == null) {
            chosen = byChoice;
        }
        return problem;
    }

    public ReadOnlyObjectProperty<SimulationModel> modelProperty() {
        return playing.modelProperty();
    }

    public SimulationModel model() {
        return playing.model();
    }

    public Preset preset() {
        return playing.preset();
    }

    public Path source() {
        return playing.source();
    }

    public boolean chosen() {
        return chosen;
    }

    /**
     * One pulse: moves the partner to the grid index nearest {@code shown}'s time (nothing shown
     * there, nothing here) and takes the frames that are ready.
     *
     * @return whether the partner's frames changed
     */
    public boolean follow(SimulationModel shown, long nowNanos) {
        SimulationModel partner = playing.model();
        if (partner == null || shown == null) {
            return false;
        }
        int target = shown.shownIndex() < 0 ? -1 : nearestIndex(partner.grid(), shown.timeProperty().get());
        long before = partner.framesShown();
        int was = partner.shownIndex();
        if (target < 0) {
            if (was >= 0) {
                partner.reset();
                return true;
            }
            return false;
        }
        if (target != was) {
            partner.seek(target);
        }
        partner.pulse(nowNanos);
        return partner.framesShown() != before || partner.shownIndex() != was;
    }

    /** The grid index whose time is nearest {@code t}, within the grid. */
    static int nearestIndex(TimeGrid grid, double t) {
        long k = Math.round(t / grid.dt());
        return (int) Math.max(0, Math.min(k, grid.size() - 1));
    }

    /** The partner's frames so far as figure data, or null when there is no partner. */
    public FigureData snapshot() {
        return playing.snapshot();
    }

    @Override
    public void close() {
        playing.close();
    }
}
