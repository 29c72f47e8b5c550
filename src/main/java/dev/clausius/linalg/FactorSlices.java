package dev.clausius.linalg;

/**
 * For a state block diagonal in {@link IndexBlocks} of A (x) B: which indices of one factor meet
 * a given block when the other factor's index is fixed. The partial traces of H rho then read only
 * entries of rho that can be nonzero (half of them for a parity-conserving W1). Immutable.
 */
public final class FactorSlices {
    private final int[][] lists;
    private final int count;
    private final int[] blockOf;

    private FactorSlices(int[][] lists, int count, int[] blockOf) {
        this.lists = lists;
        this.count = count;
        this.blockOf = blockOf;
    }

    /** For each a and block k: the b with (a, b) in block k, ascending. */
    public static FactorSlices ofB(IndexBlocks blocks, int dA, int dB) {
        return of(blocks, dA, dB, false);
    }

    /** For each b and block k: the a with (a, b) in block k, ascending. */
    public static FactorSlices ofA(IndexBlocks blocks, int dA, int dB) {
        return of(blocks, dA, dB, true);
    }

    private static FactorSlices of(IndexBlocks blocks, int dA, int dB, boolean listA) {
        int count = blocks.count();
        int fixed = listA ? dB : dA;
        int varying = listA ? dA : dB;
        int[] sizes = new int[fixed * count];
        int[] blockOf = new int[dA * dB];
        for (int i = 0; i < dA * dB; i++) {
            blockOf[i] = blocks.blockOf(i);
            int f = listA ? i % dB : i / dB;
            sizes[f * count + blockOf[i]]++;
        }
        int[][] lists = new int[fixed * count][];
        for (int s = 0; s < lists.length; s++) {
            lists[s] = new int[sizes[s]];
        }
        int[] fill = new int[fixed * count];
        for (int f = 0; f < fixed; f++) {
            for (int v = 0; v < varying; v++) {
                int i = listA ? v * dB + f : f * dB + v;
                int s = f * count + blockOf[i];
                lists[s][fill[s]++] = v;
            }
        }
        return new FactorSlices(lists, count, blockOf);
    }

    /** The varying-factor indices that meet the block of full index i when the other factor is fixed. */
    int[] meeting(int fixedIndex, int fullIndex) {
        return lists[fixedIndex * count + blockOf[fullIndex]];
    }
}
