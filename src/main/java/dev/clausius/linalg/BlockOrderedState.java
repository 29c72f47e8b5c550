package dev.clausius.linalg;

import java.util.Arrays;

/**
 * A state of A (x) B kept in the order of its invariant blocks (docs/decisions/0005): block k as
 * two m x m column-major Java arrays (real and imaginary parts), never scattered into a D x D
 * matrix; split parts let the JIT vectorize the inner loops. The reduced
 * states and the partial traces of H rho (docs/conventions.md, how the numbers are computed; the rates come from
 * rho_dot = -i[H, rho]) are summed block by block, so entries outside the blocks, which are zero,
 * are never visited, and every inner loop walks a contiguous column of a block. H and V are given
 * as their blocks ({@link BlockedOperator}). Holds work buffers; not thread-safe.
 */
public final class BlockOrderedState {
    private final IndexBlocks blocks;
    private final FactorLayout layout;
    private final Part[] parts;
    /** A block as it comes from BLAS (interleaved, or split and stacked), before it is taken apart. */
    private final double[] interleaved;
    private final double[] accumulatorA;
    private final double[] accumulatorB;
    /** tr_A(H rho) over one run of one block, row-major (row r, column q), before it is added in. */
    private final double[] runReal;
    private final double[] runImaginary;

    public BlockOrderedState(IndexBlocks blocks, int dA, int dB) {
        this.blocks = blocks;
        this.layout = new FactorLayout(blocks, dA, dB);
        this.parts = new Part[blocks.count()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = new Part(blocks.size(k));
        }
        this.interleaved = new double[2 * blocks.largest() * blocks.largest()];
        this.accumulatorA = new double[2 * dA * dA];
        this.accumulatorB = new double[2 * dB * dB];
        int longest = layout.longestRun();
        this.runReal = new double[longest * longest];
        this.runImaginary = new double[longest * longest];
    }

    /** Takes block k of rho from {@code block} (size(k) x size(k), in the block's positions). */
    public void load(int k, ComplexMatrix block) {
        block.copyTo(interleaved);
        Part x = parts[k];
        for (int i = 0; i < x.re().length; i++) {
            x.re()[i] = interleaved[2 * i];
            x.im()[i] = interleaved[2 * i + 1];
        }
    }

    /** Takes block k of rho from an evolution that keeps it split (same parts, no interleaving). */
    void load(int k, SplitRealEvolution block) {
        block.copyStateTo(interleaved);
        Part x = parts[k];
        int m = x.size();
        for (int j = 0; j < m; j++) {
            System.arraycopy(interleaved, 2 * j * m, x.re(), j * m, m);
            System.arraycopy(interleaved, 2 * j * m + m, x.im(), j * m, m);
        }
    }

    /** Writes every block into full (D x D); entries outside the blocks are left as they are. */
    public void scatterInto(ComplexMatrix full) {
        for (int k = 0; k < parts.length; k++) {
            int[] indices = blocks.indices(k);
            Part x = parts[k];
            for (int j = 0; j < indices.length; j++) {
                for (int i = 0; i < indices.length; i++) {
                    full.set(indices[i], indices[j], x.re()[i + j * indices.length], x.im()[i + j * indices.length]);
                }
            }
        }
    }

    /** rho_A = tr_B rho: rho_A[a, a'] = sum_b rho[a dB + b, a' dB + b] (docs/conventions.md). */
    public void overB(ComplexMatrix out) {
        int dA = layout.dA();
        Arrays.fill(accumulatorA, 0);
        for (int k = 0; k < parts.length; k++) {
            Part x = parts[k];
            int[] members = layout.groupMembers(k);
            for (int p = 0; p < x.size(); p++) {
                int rowA = layout.a(k, p);
                for (int g = layout.groupFrom(k, p); g < layout.groupTo(k, p); g++) {
                    int q = members[g];
                    int o = p + q * x.size();
                    int t = 2 * (rowA + layout.a(k, q) * dA);
                    accumulatorA[t] += x.re()[o];
                    accumulatorA[t + 1] += x.im()[o];
                }
            }
        }
        out.copyFrom(accumulatorA);
    }

    /** rho_B = tr_A rho: rho_B[b, b'] = sum_a rho[a dB + b, a dB + b'], one run of equal a at a time. */
    public void overA(ComplexMatrix out) {
        int dB = layout.dB();
        Arrays.fill(accumulatorB, 0);
        for (int k = 0; k < parts.length; k++) {
            Part x = parts[k];
            int[] b = layout.bIndices(k);
            for (int a = 0; a < layout.dA(); a++) {
                int from = layout.runStart(k, a);
                int to = layout.runStart(k, a + 1);
                for (int q = from; q < to; q++) {
                    int column = 2 * b[q] * dB;
                    int base = q * x.size();
                    for (int p = from; p < to; p++) {
                        int t = column + 2 * b[p];
                        accumulatorB[t] += x.re()[base + p];
                        accumulatorB[t + 1] += x.im()[base + p];
                    }
                }
            }
        }
        out.copyFrom(accumulatorB);
    }

    /**
     * out = tr_A(H rho) for a Hermitian rho: out[b, b'] = sum_a sum_c H[a dB + b, c] rho[c, a dB + b'].
     * rho[c, q] is read as conj(rho[q, c]), so the q of one run are a contiguous stretch of block
     * column c; H is walked by columns, so that each stretch is read once and serves every nonzero
     * H[r, c] of the run's rows r.
     */
    public void productOverA(BlockedOperator h, ComplexMatrix out) {
        Arrays.fill(accumulatorB, 0);
        for (int k = 0; k < parts.length; k++) {
            Part x = parts[k];
            SparseComplexMatrix columns = h.columns()[k];
            for (int a = 0; a < layout.dA(); a++) {
                int from = layout.runStart(k, a);
                int length = layout.runStart(k, a + 1) - from;
                Arrays.fill(runReal, 0, length * length, 0);
                Arrays.fill(runImaginary, 0, length * length, 0);
                for (int c = 0; c < x.size(); c++) {
                    int stretch = from + c * x.size();
                    for (int e = columns.rowStart(c); e < columns.rowStart(c + 1); e++) {
                        int i = columns.column(e) - from; // H[r, c] with r = from + i
                        if (i < 0 || i >= length) {
                            continue;
                        }
                        double hr = columns.re(e);
                        double hi = columns.im(e);
                        int row = i * length;
                        for (int j = 0; j < length; j++) {
                            double xr = x.re()[stretch + j];
                            double xi = x.im()[stretch + j];
                            runReal[row + j] += hr * xr + hi * xi;
                            runImaginary[row + j] += hi * xr - hr * xi;
                        }
                    }
                }
                addRun(k, from, length);
            }
        }
        out.copyFrom(accumulatorB);
    }

    /** Tile side for adding a row-major run into the column-major accumulator (both stay in L1). */
    private static final int TILE = 16;

    /** accumulatorB[b(from + i), b(from + j)] += run[i, j], tile by tile. */
    private void addRun(int k, int from, int length) {
        int dB = layout.dB();
        int[] b = layout.bIndices(k);
        for (int j0 = 0; j0 < length; j0 += TILE) {
            for (int i0 = 0; i0 < length; i0 += TILE) {
                for (int j = j0; j < Math.min(j0 + TILE, length); j++) {
                    int column = 2 * b[from + j] * dB;
                    for (int i = i0; i < Math.min(i0 + TILE, length); i++) {
                        int t = column + 2 * b[from + i];
                        int o = i * length + j;
                        accumulatorB[t] += runReal[o];
                        accumulatorB[t + 1] += runImaginary[o];
                    }
                }
            }
        }
    }

    /**
     * out = tr_B(H rho): out[a, a'] = sum_b sum_c H[a dB + b, c] rho[c, a' dB + b]. For a row r of H
     * and a q of r's group, its c run down block column q.
     */
    public void productOverB(BlockedOperator h, ComplexMatrix out) {
        int dA = layout.dA();
        Arrays.fill(accumulatorA, 0);
        for (int k = 0; k < parts.length; k++) {
            Part x = parts[k];
            SparseComplexMatrix hk = h.rows()[k];
            int[] members = layout.groupMembers(k);
            for (int r = 0; r < x.size(); r++) {
                int rowA = layout.a(k, r);
                for (int g = layout.groupFrom(k, r); g < layout.groupTo(k, r); g++) {
                    int q = members[g];
                    int column = q * x.size();
                    double sr = 0;
                    double si = 0;
                    for (int e = hk.rowStart(r); e < hk.rowStart(r + 1); e++) {
                        double xr = x.re()[column + hk.column(e)];
                        double xi = x.im()[column + hk.column(e)];
                        sr += hk.re(e) * xr - hk.im(e) * xi;
                        si += hk.re(e) * xi + hk.im(e) * xr;
                    }
                    int t = 2 * (rowA + layout.a(k, q) * dA);
                    accumulatorA[t] += sr;
                    accumulatorA[t + 1] += si;
                }
            }
        }
        out.copyFrom(accumulatorA);
    }

    /** tr(V rho) = sum_rc V[r, c] rho[c, r], block by block. */
    public Complex traceOfProduct(BlockedOperator v) {
        double sr = 0;
        double si = 0;
        for (int k = 0; k < parts.length; k++) {
            Part x = parts[k];
            SparseComplexMatrix vk = v.rows()[k];
            for (int r = 0; r < x.size(); r++) {
                for (int e = vk.rowStart(r); e < vk.rowStart(r + 1); e++) {
                    int o = vk.column(e) + r * x.size();
                    sr += vk.re(e) * x.re()[o] - vk.im(e) * x.im()[o];
                    si += vk.re(e) * x.im()[o] + vk.im(e) * x.re()[o];
                }
            }
        }
        return new Complex(sr, si);
    }

    /** Block k of rho: its real and imaginary parts, each size x size column-major. */
    private record Part(int size, double[] re, double[] im) {
        Part(int size) {
            this(size, new double[size * size], new double[size * size]);
        }
    }
}
