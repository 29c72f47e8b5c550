package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.StateSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The state panel in words: the populations of rho_A (and rho_B where the panel shows it), the
 * first {@link #LEVELS} levels of a larger system, and a qubit A's Bloch vector and its length.
 * The states are the copies the evolver's thread made with the newest frame.
 */
final class StateDescriber extends NewestFrameDescriber {
    /** Levels read out one by one; a larger system's others are counted. */
    static final int LEVELS = 6;

    StateDescriber() {
        super("state");
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        StateSnapshot a = data.stateA();
        if (a == null) {
            return say.get("a11y.state.none");
        }
        List<String> groups = new ArrayList<>();
        groups.add(say.get("a11y.state.populations", "ρ_A", populations(a, say)));
        if (data.stateB() != null) {
            groups.add(say.get("a11y.state.populations", "ρ_B", populations(data.stateB(), say)));
        }
        if (a.dimension() == 2) {
            double[] r = a.blochVector();
            groups.add(say.get("a11y.state.bloch", say.number(r[0]), say.number(r[1]), say.number(r[2]),
                    say.number(Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]))));
        }
        return say.groups(groups);
    }

    private static String populations(StateSnapshot state, Phrases say) {
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < Math.min(LEVELS, state.dimension()); i++) {
            levels.add(say.number(state.population(i)));
        }
        if (state.dimension() > LEVELS) {
            levels.add(say.get("a11y.state.more", state.dimension() - LEVELS));
        }
        return say.list(levels);
    }
}
