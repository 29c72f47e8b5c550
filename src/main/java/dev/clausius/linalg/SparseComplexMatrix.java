package dev.clausius.linalg;

/**
 * A square complex matrix in compressed-row form. Hamiltonians of spin baths and couplings are
 * very sparse, so the per-frame quantities that need H rho (the rates) come from the nonzeros of
 * H and never from a dense product: tr_B(H rho) costs nnz(H) dA instead of D^3.
 */
public final class SparseComplexMatrix {
    private final int n;
    private final int[] rowStart;
    private final int[] column;
    private final double[] re;
    private final double[] im;

    private SparseComplexMatrix(int n, int[] rowStart, int[] column, double[] re, double[] im) {
        this.n = n;
        this.rowStart = rowStart;
        this.column = column;
        this.re = re;
        this.im = im;
    }

    /** The nonzero entries of a dense square matrix. */
    public static SparseComplexMatrix of(ComplexMatrix dense) {
        int n = dense.rows();
        int[] rowStart = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (dense.re(i, j) != 0 || dense.im(i, j) != 0) {
                    count++;
                }
            }
        }
        int[] column = new int[count];
        double[] re = new double[count];
        double[] im = new double[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = k;
            for (int j = 0; j < n; j++) {
                double r = dense.re(i, j);
                double m = dense.im(i, j);
                if (r != 0 || m != 0) {
                    column[k] = j;
                    re[k] = r;
                    im[k] = m;
                    k++;
                }
            }
        }
        rowStart[n] = k;
        return new SparseComplexMatrix(n, rowStart, column, re, im);
    }

    public int size() {
        return n;
    }

    public int nonzeros() {
        return rowStart[n];
    }

    /** tr(this rho) = sum_ic H_ic rho_ci. */
    public Complex traceOfProduct(ComplexMatrix rho) {
        double sr = 0;
        double si = 0;
        for (int i = 0; i < n; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                long o = rho.offset(column[k], i);
                double pr = rho.raw(o);
                double pi = rho.raw(o + 1);
                sr += re[k] * pr - im[k] * pi;
                si += re[k] * pi + im[k] * pr;
            }
        }
        return new Complex(sr, si);
    }

    /**
     * out = tr_B(this rho) for a Hermitian rho: out[a, a'] = sum_b sum_c H[a dB + b, c] rho[c, a' dB + b].
     * rho[c, col] is read as conj(rho[col, c]) so the inner loop walks a column (contiguous).
     */
    public void partialTraceOverBOfProduct(ComplexMatrix rho, int dA, int dB, ComplexMatrix out) {
        double[] acc = new double[2 * dA * dA];
        for (int a = 0; a < dA; a++) {
            for (int b = 0; b < dB; b++) {
                int row = a * dB + b;
                for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                    int c = column[k];
                    double hr = re[k];
                    double hi = im[k];
                    for (int a2 = 0; a2 < dA; a2++) {
                        long o = rho.offset(a2 * dB + b, c);
                        double pr = rho.raw(o);
                        double pi = -rho.raw(o + 1);
                        int t = 2 * (a + a2 * dA);
                        acc[t] += hr * pr - hi * pi;
                        acc[t + 1] += hr * pi + hi * pr;
                    }
                }
            }
        }
        for (int a2 = 0; a2 < dA; a2++) {
            for (int a = 0; a < dA; a++) {
                int t = 2 * (a + a2 * dA);
                out.set(a, a2, acc[t], acc[t + 1]);
            }
        }
    }

    /**
     * out = tr_A(this rho) for a Hermitian rho: out[b, b'] = sum_a sum_c H[a dB + b, c] rho[c, a dB + b'].
     */
    public void partialTraceOverAOfProduct(ComplexMatrix rho, int dA, int dB, ComplexMatrix out) {
        double[] acc = new double[2 * dB * dB];
        for (int a = 0; a < dA; a++) {
            for (int b = 0; b < dB; b++) {
                int row = a * dB + b;
                for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                    int c = column[k];
                    double hr = re[k];
                    double hi = im[k];
                    long base = rho.offset(a * dB, c);
                    int rowBase = 2 * b * dB; // acc is row-major in b so this loop writes contiguously
                    for (int b2 = 0; b2 < dB; b2++) {
                        long o = base + 2L * b2;
                        double pr = rho.raw(o);
                        double pi = -rho.raw(o + 1);
                        int t = rowBase + 2 * b2;
                        acc[t] += hr * pr - hi * pi;
                        acc[t + 1] += hr * pi + hi * pr;
                    }
                }
            }
        }
        for (int b2 = 0; b2 < dB; b2++) {
            for (int b = 0; b < dB; b++) {
                int t = 2 * (b * dB + b2);
                out.set(b, b2, acc[t], acc[t + 1]);
            }
        }
    }

    /** Every block of this matrix, as {@link #block}: the operand {@link BlockOrderedState} takes. */
    public SparseComplexMatrix[] blocks(IndexBlocks blocks) {
        SparseComplexMatrix[] parts = new SparseComplexMatrix[blocks.count()];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = block(blocks, k);
        }
        return parts;
    }

    /**
     * Block k of this matrix in the block's own positions (row and column p = the p-th index of
     * block k): for a matrix block diagonal in {@code blocks}, whose nonzeros join only indices of
     * one block, as H and V are in their invariant blocks.
     *
     * @throws IllegalArgumentException when a nonzero of a row in block k has its column outside it
     */
    public SparseComplexMatrix block(IndexBlocks blocks, int k) {
        int[] indices = blocks.indices(k);
        int m = indices.length;
        int[] start = new int[m + 1];
        for (int p = 0; p < m; p++) {
            start[p + 1] = start[p] + rowStart[indices[p] + 1] - rowStart[indices[p]];
        }
        int[] localColumn = new int[start[m]];
        double[] localRe = new double[start[m]];
        double[] localIm = new double[start[m]];
        for (int p = 0; p < m; p++) {
            int to = start[p];
            for (int e = rowStart[indices[p]]; e < rowStart[indices[p] + 1]; e++) {
                if (blocks.blockOf(column[e]) != k) {
                    throw new IllegalArgumentException("entry (" + indices[p] + ", " + column[e] + ") joins two blocks");
                }
                localColumn[to] = blocks.position(column[e]);
                localRe[to] = re[e];
                localIm[to] = im[e];
                to++;
            }
        }
        return new SparseComplexMatrix(m, start, localColumn, localRe, localIm);
    }

    /** The transpose (not conjugated): row c lists the (r, this[r, c]) of column c. */
    public SparseComplexMatrix transpose() {
        int count = nonzeros();
        int[] start = new int[n + 1];
        for (int e = 0; e < count; e++) {
            start[column[e] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = start.clone();
        int[] rows = new int[count];
        double[] tr = new double[count];
        double[] ti = new double[count];
        for (int r = 0; r < n; r++) {
            for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                int to = fill[column[e]]++;
                rows[to] = r;
                tr[to] = re[e];
                ti[to] = im[e];
            }
        }
        return new SparseComplexMatrix(n, start, rows, tr, ti);
    }

    int rowStart(int row) {
        return rowStart[row];
    }

    int column(int entry) {
        return column[entry];
    }

    double re(int entry) {
        return re[entry];
    }

    double im(int entry) {
        return im[entry];
    }
}
