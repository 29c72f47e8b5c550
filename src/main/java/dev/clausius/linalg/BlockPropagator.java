package dev.clausius.linalg;

import java.util.function.IntConsumer;

/**
 * rho(t) = U rho(0) U^dag computed block by block (PHYSICS.md section 1 in each invariant block of
 * H and rho(0)): each block has its own H_k = W_k diag(E_k) W_k^dag and rho~_k(0), so the one-time
 * diagonalization and the two products per frame cost sum n_k^3 instead of D^3. The entries of
 * rho(t) outside the blocks are zero at every t and are never written after construction.
 * With one block it is the dense spectral evolution, with no copies. Not thread-safe.
 */
public final class BlockPropagator {
    private final IndexBlocks blocks;
    private final EigenbasisTransform[] transforms;
    private final ComplexMatrix[] initialInEigenbasis;
    private final ComplexMatrix[] inEigenbasis;
    private final ComplexMatrix[] state;

    /**
     * @param hamiltonian H, D x D, block diagonal in {@code blocks}
     * @param initial     rho(0), block diagonal in {@code blocks}
     */
    public BlockPropagator(ComplexMatrix hamiltonian, ComplexMatrix initial, IndexBlocks blocks) {
        this(hamiltonian, initial, blocks, k -> { });
    }

    /** As above, calling {@code blockDone} with k after block k is diagonalized (for progress displays). */
    public BlockPropagator(ComplexMatrix hamiltonian, ComplexMatrix initial, IndexBlocks blocks, IntConsumer blockDone) {
        this.blocks = blocks;
        int count = blocks.count();
        this.transforms = new EigenbasisTransform[count];
        this.initialInEigenbasis = new ComplexMatrix[count];
        this.inEigenbasis = new ComplexMatrix[count];
        this.state = new ComplexMatrix[count];
        boolean single = count == 1;
        for (int k = 0; k < count; k++) {
            int m = blocks.size(k);
            ComplexMatrix h = single ? hamiltonian : ComplexMatrix.zeros(m);
            ComplexMatrix rho0 = single ? initial : ComplexMatrix.zeros(m);
            if (!single) {
                blocks.gather(hamiltonian, k, h);
                blocks.gather(initial, k, rho0);
                state[k] = ComplexMatrix.zeros(m);
            }
            transforms[k] = new EigenbasisTransform(HermitianEigen.of(h));
            initialInEigenbasis[k] = transforms[k].toEigenbasis(rho0);
            inEigenbasis[k] = ComplexMatrix.zeros(m);
            blockDone.accept(k);
        }
    }

    public IndexBlocks blocks() {
        return blocks;
    }

    /** The eigenvalues of H, block by block (each block ascending). */
    public double[] energies() {
        double[] e = new double[blocks.dimension()];
        int at = 0;
        for (EigenbasisTransform t : transforms) {
            double[] v = t.eigen().values();
            System.arraycopy(v, 0, e, at, v.length);
            at += v.length;
        }
        return e;
    }

    /**
     * Writes rho(t) into out (D x D). Entries outside the blocks are not touched: pass the same
     * zero-initialized buffer every frame.
     */
    public void stateAt(double t, ComplexMatrix out) {
        if (state[0] == null) {
            transforms[0].evolveInEigenbasis(initialInEigenbasis[0], t, inEigenbasis[0]);
            transforms[0].toStandardBasis(inEigenbasis[0], out);
            return;
        }
        evolve(t);
        scatterInto(out);
    }

    /**
     * Computes rho(t) block by block without assembling it: block k is then {@link #block(int)}
     * (more than one block only).
     */
    public void evolve(double t) {
        if (state[0] == null) {
            throw new IllegalStateException("one block: use stateAt");
        }
        for (int k = 0; k < transforms.length; k++) {
            transforms[k].evolveInEigenbasis(initialInEigenbasis[k], t, inEigenbasis[k]);
            transforms[k].toStandardBasis(inEigenbasis[k], state[k]);
        }
    }

    /** Block k of rho at the last {@link #evolve} (a work buffer, overwritten by the next). */
    public ComplexMatrix block(int k) {
        return state[k];
    }

    /** Writes the blocks of the last {@link #evolve} into out (D x D); entries outside them are left as they are. */
    public void scatterInto(ComplexMatrix out) {
        for (int k = 0; k < state.length; k++) {
            blocks.scatter(state[k], k, out);
        }
    }
}
