package dev.clausius.linalg;

import java.util.function.IntConsumer;

/**
 * rho(t) = U rho(0) U^dag computed block by block (docs/conventions.md, closed evolution, in each invariant block of
 * H and rho(0)): each block has its own H_k = W_k diag(E_k) W_k^dag and rho~_k(0), so the one-time
 * diagonalization and the products per frame cost sum n_k^3 instead of D^3. With several blocks
 * rho(t) is never assembled: {@link #evolve} leaves each block in place and {@link #loadInto} hands
 * them to a {@link BlockOrderedState}; a block with real eigenvectors evolves with its real and
 * imaginary parts apart ({@link SplitRealEvolution}). With one block it is the dense spectral
 * evolution, with no copies. Not thread-safe.
 */
public final class BlockPropagator {
    private final IndexBlocks blocks;
    private final EigenbasisTransform[] transforms;
    private final ComplexMatrix[] initialInEigenbasis;
    private final ComplexMatrix[] inEigenbasis;
    /** Per block: its state when it evolves as complex matrices, or null when it evolves split. */
    private final ComplexMatrix[] state;
    private final SplitRealEvolution[] split;

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
        this.split = new SplitRealEvolution[count];
        boolean single = count == 1;
        for (int k = 0; k < count; k++) {
            int m = blocks.size(k);
            ComplexMatrix h = single ? hamiltonian : ComplexMatrix.zeros(m);
            ComplexMatrix rho0 = single ? initial : ComplexMatrix.zeros(m);
            if (!single) {
                blocks.gather(hamiltonian, k, h);
                blocks.gather(initial, k, rho0);
            }
            transforms[k] = new EigenbasisTransform(HermitianEigen.of(h));
            initialInEigenbasis[k] = transforms[k].toEigenbasis(rho0);
            if (!single && transforms[k].eigen().hasRealVectors()) {
                split[k] = new SplitRealEvolution(transforms[k].eigen(), initialInEigenbasis[k]);
                initialInEigenbasis[k] = null;
            } else {
                inEigenbasis[k] = ComplexMatrix.zeros(m);
                state[k] = single ? null : ComplexMatrix.zeros(m);
            }
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

    /** Writes rho(t) into out (D x D), with one block only (several: {@link #evolve}). */
    public void stateAt(double t, ComplexMatrix out) {
        if (transforms.length != 1) {
            throw new IllegalStateException(transforms.length + " blocks: use evolve and loadInto");
        }
        transforms[0].evolveInEigenbasis(initialInEigenbasis[0], t, inEigenbasis[0]);
        transforms[0].toStandardBasis(inEigenbasis[0], out);
    }

    /** Computes rho(t) block by block without assembling it (more than one block). */
    public void evolve(double t) {
        if (transforms.length == 1) {
            throw new IllegalStateException("one block: use stateAt");
        }
        for (int k = 0; k < transforms.length; k++) {
            if (split[k] != null) {
                split[k].evolve(t);
            } else {
                transforms[k].evolveInEigenbasis(initialInEigenbasis[k], t, inEigenbasis[k]);
                transforms[k].toStandardBasis(inEigenbasis[k], state[k]);
            }
        }
    }

    /** Hands every block of the last {@link #evolve} to {@code target}. */
    public void loadInto(BlockOrderedState target) {
        for (int k = 0; k < transforms.length; k++) {
            if (split[k] != null) {
                target.load(k, split[k]);
            } else {
                target.load(k, state[k]);
            }
        }
    }
}
