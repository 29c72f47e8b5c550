package dev.clausius.app.model;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;

import java.util.List;

/**
 * What comes with a frame besides its numbers, computed on the evolver's thread right after it:
 * the live invariant checks, copies of rho_A and rho_B (null where unknown or too large) and, in
 * engine mode, the cycles completed so far; in classical mode the temperature of every cell of A and
 * B ({@code cellTemperatures[0]} for A, {@code [1]} for B; null in the quantum modes), for the scene.
 */
public record FrameExtras(Invariants invariants, StateSnapshot stateA, StateSnapshot stateB,
                          List<CycleRecord> cycles, double[][] cellTemperatures) {

    public static final FrameExtras NONE = new FrameExtras(Invariants.UNKNOWN, null, null, List.of(), null);

    /** Extras of a quantum mode: no cells. */
    public FrameExtras(Invariants invariants, StateSnapshot stateA, StateSnapshot stateB, List<CycleRecord> cycles) {
        this(invariants, stateA, stateB, cycles, null);
    }

    /** The checks and state copies of the frame {@code evolver} just computed, on its own thread (never the FX thread). */
    public static FrameExtras of(Evolver evolver) {
        return new FrameExtras(evolver.invariants(), evolver.stateA(), evolver.stateB(), cycles(evolver),
                evolver.cellTemperatures());
    }

    /** As {@link #of}, without the invariant checks (an eigen-decomposition of rho at D <= 64): for frames recomputed behind the newest one. */
    public static FrameExtras unchecked(Evolver evolver) {
        return new FrameExtras(Invariants.UNKNOWN, evolver.stateA(), evolver.stateB(), cycles(evolver),
                evolver.cellTemperatures());
    }

    private static List<CycleRecord> cycles(Evolver evolver) {
        return evolver instanceof EngineEvolver engine ? engine.completedCycles() : List.of();
    }
}
