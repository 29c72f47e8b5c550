package dev.clausius.app.model;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames of grid indices 0..k of a new evolver, with their extras, computed off the FX thread
 * so that a model can start at index k as if it had played there ({@link SimulationModel#resumed}).
 * Only the newest frame carries the invariant checks: the checks of a 64-dimensional rho take an
 * eigen-decomposition each, and the frames behind it are there to be drawn.
 */
public record PlayedFrames(List<Frame> frames, List<FrameExtras> extras) {

    public PlayedFrames {
        if (frames.isEmpty() || frames.size() != extras.size()) {
            throw new IllegalArgumentException("frames and extras must be non-empty and as many, got "
                    + frames.size() + " and " + extras.size());
        }
        frames = List.copyOf(frames);
        extras = List.copyOf(extras);
    }

    /** The grid index of the newest frame. */
    public int lastIndex() {
        return frames.size() - 1;
    }

    /**
     * Calls {@code evolver} at grid indices 0..{@code last} in order (engine evolvers run forward
     * only), on the calling thread, which then owns the evolver until it hands it over.
     */
    public static PlayedFrames compute(Evolver evolver, TimeGrid grid, int last) {
        int end = Math.max(0, Math.min(last, grid.size() - 1));
        List<Frame> frames = new ArrayList<>(end + 1);
        List<FrameExtras> extras = new ArrayList<>(end + 1);
        for (int k = 0; k <= end; k++) {
            frames.add(evolver.frameAt(grid.time(k)));
            extras.add(k == end ? FrameExtras.of(evolver) : FrameExtras.unchecked(evolver));
        }
        return new PlayedFrames(frames, extras);
    }
}
