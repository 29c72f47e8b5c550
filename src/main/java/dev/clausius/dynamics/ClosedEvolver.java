package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.BlockPropagator;
import dev.clausius.linalg.BlockOrderedState;
import dev.clausius.linalg.BlockedOperator;
import dev.clausius.linalg.IndexBlocks;
import dev.clausius.linalg.PartialTrace;
import dev.clausius.linalg.SparseComplexMatrix;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.GeneralizedTemperature;
import dev.clausius.thermo.Invariants;
import dev.clausius.thermo.StateSnapshot;
import dev.clausius.quantum.Entropy;

/**
 * Closed mode, exact at every t (docs/conventions.md, how the numbers are computed): H = W diag(E) W^dag is diagonalized once,
 * rho(t) = W [rho~(0) o Phi(t)] W^dag, so no step error accumulates and any t can be asked for.
 * Rates come from rho_dot = -i[H, rho] exactly: tr_X(H rho) from the nonzeros of H, then
 * rho_dot_X = -i (tr_X(H rho) - h.c.) (partial traces of rho H are the adjoints of those of H rho).
 */
public final class ClosedEvolver implements Evolver {
    private final int dA;
    private final int dB;
    private final double temperatureB;
    private final BlockPropagator propagator;
    private final ComplexMatrix initialState;
    private final SparseComplexMatrix hamiltonian;
    private final SparseComplexMatrix coupling;
    /** The state in block order, and H and V as their blocks; null on the dense path (one block). */
    private final BlockOrderedState blockState;
    private final BlockedOperator hamiltonianBlocks;
    private final BlockedOperator couplingBlocks;
    private final InitialValues initial;
    private final RelativeEntropyReference referenceB;
    private final ReducedStateProbe probeA;
    private final ReducedStateProbe probeB;
    // work buffers, reused every frame
    private final ComplexMatrix rho;
    private final ComplexMatrix rhoA;
    private final ComplexMatrix rhoB;
    private final ComplexMatrix productA;
    private final ComplexMatrix productB;
    private final ComplexMatrix rateA;
    private final ComplexMatrix rateB;

    /** Values at t = 0 that later frames are measured against. */
    private record InitialValues(double entropyA, double entropyAB, double energyA, double energyB,
                                 double totalEnergy, double purity) {
    }

    /** Above this dimension S(rho) from a full spectrum per frame costs more than the frame: the purity stands in. */
    private static final int SPECTRAL_CHECK_LIMIT = 64;
    private Frame last;
    /** Whether rho holds the last frame's state (frames in block order assemble it only when asked). */
    private boolean assembled = true;

    /** Evolves in the invariant blocks of H and rho(0) that {@link InvariantBlocks} finds. */
    public ClosedEvolver(BipartiteSystem system) {
        this(system, true, SetupProgress.NONE);
    }

    /** As above, reporting the one-time setup (seconds at D = 2048) to {@code progress}. */
    public ClosedEvolver(BipartiteSystem system, SetupProgress progress) {
        this(system, true, progress);
    }

    /** The dense path (one block) as a reference for tests, when useBlocks is false. */
    static ClosedEvolver withBlocks(BipartiteSystem system, boolean useBlocks) {
        return new ClosedEvolver(system, useBlocks, SetupProgress.NONE);
    }

    private ClosedEvolver(BipartiteSystem system, boolean useBlocks, SetupProgress progress) {
        this.dA = system.a().dimension();
        this.dB = system.b().dimension();
        this.temperatureB = system.temperatureB();
        int d = dA * dB;
        progress.reached(0, "building H");
        ComplexMatrix h = system.hamiltonian();
        this.hamiltonian = SparseComplexMatrix.of(h);
        this.coupling = SparseComplexMatrix.of(system.coupling());
        ComplexMatrix gammaA = system.initialStateA();
        ComplexMatrix gammaB = system.initialStateB();
        this.initialState = gammaA.kron(gammaB);
        releaseTemporaries(d); // H's and V's building blocks, before the eigen-decompositions add theirs
        InvariantBlocks blocks = useBlocks ? InvariantBlocks.of(system, initialState) : InvariantBlocks.none(dA, dB);
        this.propagator = new BlockPropagator(h, initialState, blocks.full(),
                new BlockProgress(blocks.full(), progress));
        boolean dense = blocks.full().count() == 1;
        this.blockState = dense ? null : new BlockOrderedState(blocks.full(), dA, dB);
        this.hamiltonianBlocks = dense ? null : BlockedOperator.of(hamiltonian, blocks.full());
        this.couplingBlocks = dense ? null : BlockedOperator.of(coupling, blocks.full());
        this.probeA = new ReducedStateProbe(system.a().hamiltonian(), blocks.reducedA());
        this.probeB = new ReducedStateProbe(system.b().hamiltonian(), blocks.reducedB());
        double entropyA = probeA.entropy(gammaA);
        double entropyB = probeB.entropy(gammaB);
        // S_AB is invariant under unitary evolution: S(rho(0)) = S(gamma_A) + S(gamma_B) exactly
        double energyA = probeA.energy(gammaA);
        double energyB = probeB.energy(gammaB);
        this.initial = new InitialValues(entropyA, entropyA + entropyB, energyA, energyB,
                energyA + energyB + coupling.traceOfProduct(initialState).re(),
                initialState.traceOfProduct(initialState).re());
        this.referenceB = RelativeEntropyReference.ofGibbs(system.b().hamiltonian(), temperatureB, gammaB);
        this.rho = ComplexMatrix.zeros(d);
        this.rhoA = ComplexMatrix.zeros(dA);
        this.rhoB = ComplexMatrix.zeros(dB);
        this.productA = ComplexMatrix.zeros(dA);
        this.productB = ComplexMatrix.zeros(dB);
        this.rateA = ComplexMatrix.zeros(dA);
        this.rateB = ComplexMatrix.zeros(dB);
        releaseTemporaries(d);
        progress.reached(1, "ready");
    }

    /** From this dimension on, setup temporaries (64 MB each at D = 2048) are released explicitly. */
    private static final int LARGE_DIMENSION = 1024;

    /**
     * Matrices live in native (ND4J) memory that is returned only when their small Java wrappers
     * are collected; the Java heap barely grows, so no collection would come for a long time and
     * the dozen D x D temporaries of the setup would stay resident (D = 2048 measured 1.5 GB of
     * RSS without this, docs/performance.md).
     */
    private static void releaseTemporaries(int dimension) {
        if (dimension >= LARGE_DIMENSION) {
            System.gc();
        }
    }

    @Override
    public int dimension() {
        return dA * dB;
    }

    /** The invariant blocks the state evolves in (one block: the dense path). */
    public IndexBlocks blocks() {
        return propagator.blocks();
    }

    /** The full state at the last frameAt (shared work buffer). */
    public ComplexMatrix state() {
        if (!assembled) {
            blockState.scatterInto(rho); // outside the blocks rho stays zero
            assembled = true;
        }
        return rho;
    }

    @Override
    public Frame frameAt(double t) {
        double energyCoupling;
        if (blockState == null || t == 0) {
            // t = 0 exactly: a pure factor keeps its exact zero eigenvalue
            if (t == 0) {
                rho.assign(initialState);
            } else {
                propagator.stateAt(t, rho);
            }
            assembled = true;
            PartialTrace.overB(rho, dA, dB, rhoA);
            PartialTrace.overA(rho, dA, dB, rhoB);
            hamiltonian.partialTraceOverBOfProduct(rho, dA, dB, productA);
            hamiltonian.partialTraceOverAOfProduct(rho, dA, dB, productB);
            energyCoupling = coupling.traceOfProduct(rho).re();
        } else {
            // block order: no D x D state, only the blocks' entries are visited (0005)
            propagator.evolve(t);
            propagator.loadInto(blockState);
            assembled = false;
            blockState.overB(rhoA);
            blockState.overA(rhoB);
            blockState.productOverB(hamiltonianBlocks, productA);
            blockState.productOverA(hamiltonianBlocks, productB);
            energyCoupling = blockState.traceOfProduct(couplingBlocks).re();
        }
        commutatorRate(productA, rateA);
        commutatorRate(productB, rateB);

        double entropyA = probeA.entropy(rhoA);
        double entropyRateA = probeA.minusTraceWithLog(rateA);
        double heatRateA = probeA.energy(rateA);
        ReducedStateProbe.ProductionSplit split = probeA.productionSplit(rhoA, rateA);
        double energyA = probeA.energy(rhoA);

        double entropyB = probeB.entropy(rhoB);
        double entropyRateB = probeB.minusTraceWithLog(rateB);
        double heatRateB = probeB.energy(rateB);
        double energyB = probeB.energy(rhoB);
        double relativeEntropyB = referenceB.relativeEntropy(rhoB, entropyB);

        double entropyAB = initial.entropyAB();
        double correlation = entropyAB - entropyA - entropyB; // Eq. 16
        double heatA = energyA - initial.energyA();
        double heatB = energyB - initial.energyB();
        double spohn = entropyA - initial.entropyA() - heatA / temperatureB; // Eq. 14, integrated
        last = new Frame(t, entropyA, entropyB, entropyAB, correlation, -correlation,
                energyA, energyB, energyCoupling, heatA, heatB,
                entropyRateA, heatRateA, entropyRateB, heatRateB, spohn,
                split.interior(), split.exterior(),
                GeneralizedTemperature.of(heatRateA, entropyRateA),
                GeneralizedTemperature.of(heatRateB, entropyRateB),
                relativeEntropyB);
        return last;
    }

    /** rho_B larger than this is not copied out for drawing. */
    private static final int DRAWABLE_DIMENSION = 16;

    @Override
    public StateSnapshot stateA() {
        return last == null ? null : snapshot(rhoA);
    }

    @Override
    public StateSnapshot stateB() {
        return last == null || dB > DRAWABLE_DIMENSION ? null : snapshot(rhoB);
    }

    static StateSnapshot snapshot(ComplexMatrix m) {
        double[][][] arrays = m.toArrays();
        return new StateSnapshot(arrays[0], arrays[1]);
    }

    @Override
    public Invariants invariants() {
        if (last == null) {
            return Invariants.UNKNOWN;
        }
        ComplexMatrix full = state();
        double entropyDrift = dimension() <= SPECTRAL_CHECK_LIMIT
                ? Math.abs(Entropy.vonNeumann(full) - initial.entropyAB()) : Double.NaN;
        return new Invariants(Math.abs(full.trace().re() - 1), full.hermiticityError(),
                Math.min(probeA.smallestEigenvalue(), probeB.smallestEigenvalue()), entropyDrift,
                Math.abs(full.traceOfProduct(full).re() - initial.purity()),
                Math.abs(last.energyA() + last.energyB() + last.energyCoupling() - initial.totalEnergy()),
                Math.abs(last.interiorProductionA()));
    }

    /** rate = -i (K - K^dag) with K = tr_X(H rho): the reduced rho_dot_X of rho_dot = -i[H, rho]. */
    private static void commutatorRate(ComplexMatrix k, ComplexMatrix rate) {
        k.minusITimesAntiHermitianPartInto(rate);
    }
}
