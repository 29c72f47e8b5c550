package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.IndexBlocks;
import dev.clausius.quantum.BipartiteSystem;

/**
 * The invariant subspaces of closed evolution, found from sparsity alone: the connected components
 * of the graph whose edges are the nonzeros of H_A (x) 1, 1 (x) H_B, V and rho(0). H and rho(0) are
 * block diagonal there, so U rho(0) U^dag is too, at every t (every power of H is). The patterns of
 * the three parts of H are joined separately so that a cancellation in their sum (a V that removes
 * part of H_B) cannot hide an edge that a reduced generator such as -i[H_B, rho_B] still uses.
 * For a qubit and spins with sx (x) sx couplings this finds the conserved total parity.
 * <p>
 * A Gibbs state is a function of H_X, so its exact nonzeros already lie inside the components of
 * H_X's pattern; when it comes out of an eigen-decomposition it also carries round-off fill (1e-18)
 * everywhere. rho(0) is therefore joined only where an entry is above round-off, which still catches
 * any initial state whose structure is not that of H.
 */
record InvariantBlocks(IndexBlocks full, IndexBlocks reducedA, IndexBlocks reducedB) {
    /** Entries of rho(0) this far below its largest are eigen-solver round-off, not structure. */
    private static final double ROUND_OFF = 1e-13;

    static InvariantBlocks of(BipartiteSystem system, ComplexMatrix initialState) {
        int dA = system.a().dimension();
        int dB = system.b().dimension();
        IndexBlocks full = IndexBlocks.builder(dA * dB)
                .connectNonzerosOfFactorA(system.a().hamiltonian(), dB)
                .connectNonzerosOfFactorB(dA, system.b().hamiltonian())
                .connectNonzeros(system.coupling())
                .connectAbove(initialState, ROUND_OFF * initialState.maxAbs())
                .build();
        return new InvariantBlocks(full, full.reduced(dA, dB, true), full.reduced(dA, dB, false));
    }

    /** No structure used: one block each (the dense path). */
    static InvariantBlocks none(int dA, int dB) {
        return new InvariantBlocks(IndexBlocks.single(dA * dB), IndexBlocks.single(dA), IndexBlocks.single(dB));
    }
}
