package dev.clausius.dynamics;

import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;
import java.util.List;

/**
 * Evolves one preset's system and reports every quantity at a time t. One implementation per
 * mode. Closed and open evolvers are exact at any t, so a caller may ask for any time in any order.
 * An Evolver keeps work buffers: use one from one thread at a time.
 */
public interface Evolver {

    /** Every CSV quantity at time t >= 0. */
    Frame frameAt(double time);

    /** The total Hilbert-space dimension simulated (dA * dB in closed mode). */
    int dimension();

    /**
     * The live invariant checks of the state of the last {@link #frameAt} (computed on demand, so
     * callers that do not ask, such as the bench, do not pay for them).
     */
    default Invariants invariants() {
        return Invariants.UNKNOWN;
    }

    /** A copy of rho_A at the last {@link #frameAt} (null before the first), for views of the state. */
    default StateSnapshot stateA() {
        return null;
    }

    /** A copy of rho_B at the last {@link #frameAt}, or null where there is no B or it is too large to draw. */
    default StateSnapshot stateB() {
        return null;
    }

    /** Cell temperatures of A and B (classical mode), else null. */
    default double[][] cellTemperatures() {
        return null;
    }

    /** The CSV columns this evolver's frames fill, in order. */
    default List<Column> columns() {
        return Column.timeSeries();
    }
}
