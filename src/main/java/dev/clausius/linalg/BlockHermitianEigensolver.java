package dev.clausius.linalg;

/**
 * The spectrum of a Hermitian matrix that is block diagonal in known {@link IndexBlocks}: one
 * reusable {@link HermitianEigensolver} per block, so a rho_B of two parity blocks of 128 costs
 * two 128 eigen-problems (a quarter of one of 256). The eigenvalues are listed block by block.
 * Entries outside the blocks are taken to be zero and are never read. Not thread-safe.
 */
public final class BlockHermitianEigensolver {
    private final IndexBlocks blocks;
    private final HermitianEigensolver[] solvers;
    private final ComplexMatrix[] gathered;
    private final double[] values;
    private final double[][] diagonals;

    public BlockHermitianEigensolver(IndexBlocks blocks) {
        this(blocks, LapackBackend.selected());
    }

    /** A solver on the given LAPACK backend. */
    public BlockHermitianEigensolver(IndexBlocks blocks, LapackBackend lapack) {
        this.blocks = blocks;
        int count = blocks.count();
        this.solvers = new HermitianEigensolver[count];
        this.gathered = new ComplexMatrix[count];
        this.diagonals = new double[count][];
        for (int k = 0; k < count; k++) {
            int m = blocks.size(k);
            solvers[k] = new HermitianEigensolver(m, lapack);
            gathered[k] = count == 1 ? null : ComplexMatrix.zeros(m);
            diagonals[k] = new double[m];
        }
        this.values = new double[blocks.dimension()];
    }

    public int size() {
        return values.length;
    }

    /** Diagonalizes the Hermitian part of h block by block; h is left unchanged. */
    public void solve(ComplexMatrix h) {
        int at = 0;
        for (int k = 0; k < solvers.length; k++) {
            solvers[k].solve(block(h, k));
            for (int j = 0; j < solvers[k].size(); j++) {
                values[at++] = solvers[k].value(j);
            }
        }
    }

    /** Eigenvalue j of the last solve, in block order (ascending within a block). */
    public double value(int j) {
        return values[j];
    }

    /** The smallest eigenvalue of the last solve. */
    public double smallest() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /**
     * out[j] = Re (V^dag X V)_jj in the order of {@link #value}: tr(X f(H)) = sum_j out[j] f(value j).
     * Only X's diagonal blocks matter, since f(H) is block diagonal.
     */
    public void diagonalInEigenbasis(ComplexMatrix x, double[] out) {
        int at = 0;
        for (int k = 0; k < solvers.length; k++) {
            solvers[k].diagonalInEigenbasis(block(x, k), diagonals[k]);
            System.arraycopy(diagonals[k], 0, out, at, diagonals[k].length);
            at += diagonals[k].length;
        }
    }

    private ComplexMatrix block(ComplexMatrix full, int k) {
        if (gathered[k] == null) {
            return full;
        }
        blocks.gather(full, k, gathered[k]);
        return gathered[k];
    }
}
