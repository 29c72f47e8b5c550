package dev.clausius.app.session;

import dev.clausius.app.model.FrameExtras;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;

import java.util.List;

/** What the shown session and the compare panel's partner do alike: make a model, copy its data. */
final class PlayedSessions {
    private PlayedSessions() {
    }

    /** A model playing a session, or the one-line reason it cannot be played (never both). */
    record Played(SimulationModel model, String problem) {
    }

    /** A model playing {@code session}, or why its time grid cannot be played. */
    static Played model(Session session) {
        try {
            return new Played(SimulationModel.forPreset(session.preset(), session.evolver()), null);
        } catch (IllegalArgumentException e) {
            String file = session.source() == null ? session.preset().name() : session.source().toString();
            return new Played(null, file + ": $.time: " + e.getMessage());
        }
    }

    /** {@code model}'s frames and latest extras, copied now (the model appends to its live list every pulse). */
    static FigureData snapshot(Preset preset, SimulationModel model) {
        FrameExtras latest = model.latestProperty().get();
        return new FigureData(preset, List.copyOf(model.frames()), List.copyOf(latest.cycles()), latest.stateA(),
                latest.stateB(), model.grid().end(), latest.cellTemperatures());
    }
}
