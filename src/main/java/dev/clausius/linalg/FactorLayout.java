package dev.clausius.linalg;

/**
 * Where the factor indices of A (x) B (A's index major, full index a dB + b) sit inside the
 * invariant blocks of {@link IndexBlocks}. A block lists its indices ascending, so its positions
 * with one value of a form a contiguous run; the positions with one value of b are listed as
 * groups. The partial traces (docs/conventions.md, reduced states) pair positions within one run (tr_A: same a)
 * or within one group (tr_B: same b). Immutable.
 */
final class FactorLayout {
    private final int dA;
    private final int dB;
    /** [k][a]: block k's positions with A index a are runStart[k][a] .. runStart[k][a + 1] - 1. */
    private final int[][] runStart;
    private final int[][] aOf;
    private final int[][] bOf;
    /** [k][b]: block k's positions with B index b are groupMembers[k][groupStart[k][b] ..]. */
    private final int[][] groupStart;
    private final int[][] groupMembers;

    FactorLayout(IndexBlocks blocks, int dA, int dB) {
        if (dA * dB != blocks.dimension()) {
            throw new IllegalArgumentException(dA + " x " + dB + " is not " + blocks.dimension());
        }
        this.dA = dA;
        this.dB = dB;
        int count = blocks.count();
        runStart = new int[count][];
        aOf = new int[count][];
        bOf = new int[count][];
        groupStart = new int[count][];
        groupMembers = new int[count][];
        for (int k = 0; k < count; k++) {
            int[] indices = blocks.indices(k);
            int m = indices.length;
            runStart[k] = new int[dA + 1];
            aOf[k] = new int[m];
            bOf[k] = new int[m];
            groupStart[k] = new int[dB + 1];
            for (int p = 0; p < m; p++) {
                aOf[k][p] = indices[p] / dB;
                bOf[k][p] = indices[p] % dB;
                runStart[k][aOf[k][p] + 1]++;
                groupStart[k][bOf[k][p] + 1]++;
            }
            for (int a = 0; a < dA; a++) {
                runStart[k][a + 1] += runStart[k][a];
            }
            for (int b = 0; b < dB; b++) {
                groupStart[k][b + 1] += groupStart[k][b];
            }
            int[] fill = groupStart[k].clone();
            groupMembers[k] = new int[m];
            for (int p = 0; p < m; p++) {
                groupMembers[k][fill[bOf[k][p]]++] = p;
            }
        }
    }

    int dA() {
        return dA;
    }

    int dB() {
        return dB;
    }

    int count() {
        return runStart.length;
    }

    int size(int k) {
        return aOf[k].length;
    }

    int runStart(int k, int a) {
        return runStart[k][a];
    }

    int a(int k, int p) {
        return aOf[k][p];
    }

    int b(int k, int p) {
        return bOf[k][p];
    }

    /** The B indices of block k's positions (shared, do not modify). */
    int[] bIndices(int k) {
        return bOf[k];
    }

    /** The longest run: the largest sub-block a tr_A over one block adds up. */
    int longestRun() {
        int longest = 0;
        for (int[] starts : runStart) {
            for (int a = 0; a < dA; a++) {
                longest = Math.max(longest, starts[a + 1] - starts[a]);
            }
        }
        return longest;
    }

    /** First member of the group of position p (the positions of block k with p's B index). */
    int groupFrom(int k, int p) {
        return groupStart[k][bOf[k][p]];
    }

    int groupTo(int k, int p) {
        return groupStart[k][bOf[k][p] + 1];
    }

    /** The positions of block k grouped by B index (shared, do not modify). */
    int[] groupMembers(int k) {
        return groupMembers[k];
    }
}
