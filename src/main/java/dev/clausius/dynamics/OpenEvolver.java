package dev.clausius.dynamics;

import dev.clausius.dynamics.lindblad.LindbladGenerator;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.quantum.GibbsState;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.GeneralizedTemperature;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;

/**
 * Open mode, exact at every t: A alone under rho_dot = -i[H_A, rho] + D(rho) (paper Eqs. 7-8),
 * rho(t) = exp(L t) rho(0) through {@link LiouvillianPropagator}. Rates come from rho_dot = L(rho)
 * exactly, never from finite differences. There is no B: its columns are NaN and S_AB = S_A
 * (docs/conventions.md, modes). Holds work buffers: one thread at a time.
 */
public final class OpenEvolver implements Evolver {
    private final int dimension;
    private final double bathTemperature;
    private final LindbladGenerator generator;
    private final LiouvillianPropagator propagator;
    private final ReducedStateProbe probe;
    private final ComplexMatrix initialState;
    private final double initialEntropy;
    private final double initialEnergy;
    // work buffers, reused every frame
    private final ComplexMatrix rho;
    private final ComplexMatrix rate;
    private final ComplexMatrix dissipator;
    private Frame last;

    /**
     * @param gridStep the output grid step: consecutive grid times cost one matrix-vector product each
     */
    public OpenEvolver(OpenSystem system, double gridStep) {
        ComplexMatrix h = system.a().hamiltonian();
        this.dimension = h.rows();
        this.bathTemperature = system.bathTemperature();
        this.generator = new LindbladGenerator(h, system.jumps());
        this.initialState = GibbsState.of(h, system.temperatureA());
        this.propagator = new LiouvillianPropagator(generator.superoperator(), initialState, gridStep);
        this.probe = new ReducedStateProbe(h);
        this.initialEntropy = probe.entropy(initialState);
        this.initialEnergy = probe.energy(initialState);
        this.rho = ComplexMatrix.zeros(dimension);
        this.rate = ComplexMatrix.zeros(dimension);
        this.dissipator = ComplexMatrix.zeros(dimension);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** rho(t) at the last frameAt (shared work buffer). */
    public ComplexMatrix state() {
        return rho;
    }

    /** The generator of the dynamics (for tests and for the engine's strokes). */
    public LindbladGenerator generator() {
        return generator;
    }

    @Override
    public Frame frameAt(double t) {
        if (t == 0) {
            rho.assign(initialState); // exact: a pure start keeps its exact zero eigenvalues
        } else {
            propagator.stateAt(t, rho);
        }
        generator.apply(rho, rate);
        generator.dissipator(rho, dissipator);

        double entropy = probe.entropy(rho);
        double entropyRate = probe.minusTraceWithLog(rate);
        double heatRate = probe.energy(rate);
        double interior = probe.productionSplit(rho, rate).interior(); // Eq. 11: round-off by Theorem 1
        double exterior = probe.minusTraceWithLog(dissipator); // Eq. 12: -tr(D ln rho)
        double energy = probe.energy(rho);
        double heat = energy - initialEnergy;
        // Eq. 14 integrated; at T_B = 0 any heat given up produces infinitely much (heat 0 gives 0, not 0/0)
        double spohn = entropy - initialEntropy - (heat == 0 ? 0 : heat / bathTemperature);
        last = frame(t, entropy, energy, heat, entropyRate, heatRate, spohn, interior, exterior);
        return last;
    }

    /**
     * Oracle 2 and 4 on the last frame: trace, Hermiticity, smallest eigenvalue, |interior_A|. The closed-mode
     * drifts (S_AB, purity, total energy) are not invariants of an open system: NaN.
     */
    @Override
    public Invariants invariants() {
        if (last == null) {
            return Invariants.UNKNOWN;
        }
        return new Invariants(Math.abs(rho.trace().re() - 1), rho.hermiticityError(), probe.smallestEigenvalue(), Double.NaN, Double.NaN,
                Double.NaN, Math.abs(last.interiorProductionA()));
    }

    @Override
    public StateSnapshot stateA() {
        return last == null ? null : ClosedEvolver.snapshot(rho);
    }

    private static Frame frame(double t, double entropy, double energy, double heat, double entropyRate,
                               double heatRate, double spohn, double interior, double exterior) {
        double none = Double.NaN; // no B in open mode: those columns are NaN
        return new Frame(t, entropy, none, entropy, none, none,
                energy, none, none, heat, none,
                entropyRate, heatRate, none, none, spohn,
                interior, exterior,
                GeneralizedTemperature.of(heatRate, entropyRate), none, none);
    }
}
