package dev.clausius.dynamics;

import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
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

    /** The CSV columns this evolver's frames fill, in order. */
    default List<Column> columns() {
        return Column.timeSeries();
    }
}
