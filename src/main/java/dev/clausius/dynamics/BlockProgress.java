package dev.clausius.dynamics;

import dev.clausius.linalg.IndexBlocks;
import java.util.function.IntConsumer;

/** Turns "block k diagonalized" into a fraction of the setup, each block weighted by its m^3 cost. */
final class BlockProgress implements IntConsumer {
    /** The part of the setup before the diagonalizations (building H, V, rho(0), the blocks). */
    private static final double BEFORE = 0.05;
    /** The part after them (work buffers, probes, releasing temporaries). */
    private static final double AFTER = 0.05;
    private final IndexBlocks blocks;
    private final SetupProgress progress;
    private final double total;
    private double done;

    BlockProgress(IndexBlocks blocks, SetupProgress progress) {
        this.blocks = blocks;
        this.progress = progress;
        double sum = 0;
        for (int k = 0; k < blocks.count(); k++) {
            sum += Math.pow(blocks.size(k), 3);
        }
        this.total = sum;
        progress.reached(BEFORE, "diagonalizing H (" + blocks.count() + " invariant block(s), largest "
                + blocks.largest() + ")");
    }

    @Override
    public void accept(int k) {
        done += Math.pow(blocks.size(k), 3);
        progress.reached(BEFORE + (1 - BEFORE - AFTER) * done / total,
                "diagonalizing H: block " + (k + 1) + " of " + blocks.count() + " (" + blocks.size(k) + ")");
    }
}
