package dev.clausius.linalg;

/**
 * A sparse operator that is block diagonal in some {@link IndexBlocks} (H or V in the invariant
 * blocks of closed evolution), as its blocks in the blocks' own positions and as their transposes,
 * so that {@link BlockOrderedState} can walk either its rows or its columns.
 */
public record BlockedOperator(SparseComplexMatrix[] rows, SparseComplexMatrix[] columns) {
    /** @throws IllegalArgumentException when a nonzero of {@code operator} joins two blocks */
    public static BlockedOperator of(SparseComplexMatrix operator, IndexBlocks blocks) {
        SparseComplexMatrix[] rows = operator.blocks(blocks);
        SparseComplexMatrix[] columns = new SparseComplexMatrix[rows.length];
        for (int k = 0; k < rows.length; k++) {
            columns[k] = rows[k].transpose();
        }
        return new BlockedOperator(rows, columns);
    }
}
