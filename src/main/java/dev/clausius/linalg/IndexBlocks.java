package dev.clausius.linalg;

import java.util.Arrays;

/**
 * A partition of the indices 0..n-1 into blocks: the connected components of a graph whose edges
 * are the nonzeros of some matrices. A matrix whose nonzeros join only indices of the same block
 * is block diagonal after a permutation, and so are its products, its commutators and every
 * function of it. Closed evolution keeps rho(t) inside the blocks of H and rho(0), so each block
 * evolves on its own (docs/decisions/0005-symmetry-blocks.md). Immutable.
 */
public final class IndexBlocks {
    private final int[][] blocks;
    private final int[] blockOf;
    private final int[] position;

    private IndexBlocks(int[][] blocks, int n) {
        this.blocks = blocks;
        this.blockOf = new int[n];
        this.position = new int[n];
        for (int k = 0; k < blocks.length; k++) {
            for (int p = 0; p < blocks[k].length; p++) {
                blockOf[blocks[k][p]] = k;
                position[blocks[k][p]] = p;
            }
        }
    }

    /** One block holding every index: the dense case. */
    public static IndexBlocks single(int n) {
        Builder builder = builder(n);
        for (int i = 1; i < n; i++) {
            builder.connect(0, i);
        }
        return builder.build();
    }

    public static Builder builder(int n) {
        return new Builder(n);
    }

    /** The number of indices. */
    public int dimension() {
        return blockOf.length;
    }

    public int count() {
        return blocks.length;
    }

    public int size(int k) {
        return blocks[k].length;
    }

    /** The largest block size. */
    public int largest() {
        int m = 0;
        for (int[] b : blocks) {
            m = Math.max(m, b.length);
        }
        return m;
    }

    /** The indices of block k, ascending (a copy). */
    public int[] indices(int k) {
        return blocks[k].clone();
    }

    public int blockOf(int index) {
        return blockOf[index];
    }

    /** Index i's place inside its block. */
    public int position(int index) {
        return position[index];
    }

    /**
     * The blocks of the reduced operators on one factor of a bipartite space (this partition is of
     * A (x) B, A's index major): x and x' of the kept factor share a block when, for some index of the
     * traced factor, (x, y) and (x', y) lie in one block here. Then tr_Y of any operator that is block
     * diagonal here is block diagonal there.
     */
    public IndexBlocks reduced(int dA, int dB, boolean keepA) {
        if (dA * dB != dimension()) {
            throw new IllegalArgumentException(dA + " x " + dB + " is not " + dimension());
        }
        int kept = keepA ? dA : dB;
        int traced = keepA ? dB : dA;
        Builder builder = builder(kept);
        int[] firstSeen = new int[count()];
        int[] stamp = new int[count()];
        Arrays.fill(stamp, -1);
        for (int y = 0; y < traced; y++) {
            for (int x = 0; x < kept; x++) {
                int c = blockOf[keepA ? x * dB + y : y * dB + x];
                if (stamp[c] == y) {
                    builder.connect(firstSeen[c], x);
                } else {
                    stamp[c] = y;
                    firstSeen[c] = x;
                }
            }
        }
        return builder.build();
    }

    /** out = the block k of full (out is size(k) x size(k)). */
    public void gather(ComplexMatrix full, int k, ComplexMatrix out) {
        int[] idx = blocks[k];
        int m = idx.length;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                long from = full.offset(idx[i], idx[j]);
                long to = out.offset(i, j);
                out.putRaw(to, full.raw(from));
                out.putRaw(to + 1, full.raw(from + 1));
            }
        }
    }

    /** Writes block into the entries of block k of full; the entries outside are left as they are. */
    public void scatter(ComplexMatrix block, int k, ComplexMatrix full) {
        int[] idx = blocks[k];
        int m = idx.length;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                long from = block.offset(i, j);
                long to = full.offset(idx[i], idx[j]);
                full.putRaw(to, block.raw(from));
                full.putRaw(to + 1, block.raw(from + 1));
            }
        }
    }

    /** Collects edges with union-find (path halving, union by size), then numbers the components. */
    public static final class Builder {
        private final int[] parent;
        private final int[] weight;

        private Builder(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("dimension must be positive, got " + n);
            }
            parent = new int[n];
            weight = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                weight[i] = 1;
            }
        }

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        public Builder connect(int i, int j) {
            int a = find(i);
            int b = find(j);
            if (a != b) {
                if (weight[a] < weight[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                weight[a] += weight[b];
            }
            return this;
        }

        /** Joins i and j wherever m[i, j] != 0 (m is n x n). */
        public Builder connectNonzeros(ComplexMatrix m) {
            return connectAbove(m, 0);
        }

        /** Joins i and j wherever |m[i, j]| > tolerance (m is n x n). */
        public Builder connectAbove(ComplexMatrix m, double tolerance) {
            requireSize(m, parent.length);
            int n = parent.length;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    long o = m.offset(i, j);
                    if (Math.abs(m.raw(o)) > tolerance || Math.abs(m.raw(o + 1)) > tolerance) {
                        connect(i, j);
                    }
                }
            }
            return this;
        }

        /** Joins the indices m (x) 1_dB joins (n = dim(m) dB), without forming the product. */
        public Builder connectNonzerosOfFactorA(ComplexMatrix m, int dB) {
            requireSize(m, parent.length / dB);
            int dA = m.rows();
            for (int a2 = 0; a2 < dA; a2++) {
                for (int a = 0; a < dA; a++) {
                    if (m.re(a, a2) != 0 || m.im(a, a2) != 0) {
                        for (int b = 0; b < dB; b++) {
                            connect(a * dB + b, a2 * dB + b);
                        }
                    }
                }
            }
            return this;
        }

        /** Joins the indices 1_dA (x) m joins (n = dA dim(m)). */
        public Builder connectNonzerosOfFactorB(int dA, ComplexMatrix m) {
            int dB = m.rows();
            requireSize(m, parent.length / dA);
            for (int b2 = 0; b2 < dB; b2++) {
                for (int b = 0; b < dB; b++) {
                    if (m.re(b, b2) != 0 || m.im(b, b2) != 0) {
                        for (int a = 0; a < dA; a++) {
                            connect(a * dB + b, a * dB + b2);
                        }
                    }
                }
            }
            return this;
        }

        private static void requireSize(ComplexMatrix m, int n) {
            if (m.rows() != n || m.columns() != n) {
                throw new IllegalArgumentException("pattern is " + m.rows() + "x" + m.columns() + ", expected " + n + "x" + n);
            }
        }

        /** The components, numbered by their smallest index, each ascending. */
        public IndexBlocks build() {
            int n = parent.length;
            int[] label = new int[n];
            Arrays.fill(label, -1);
            int[] sizes = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                int root = find(i);
                if (label[root] < 0) {
                    label[root] = count++;
                }
                sizes[label[root]]++;
            }
            int[][] blocks = new int[count][];
            for (int k = 0; k < count; k++) {
                blocks[k] = new int[sizes[k]];
            }
            int[] fill = new int[count];
            for (int i = 0; i < n; i++) {
                int k = label[find(i)];
                blocks[k][fill[k]++] = i;
            }
            return new IndexBlocks(blocks, n);
        }
    }
}
