package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block-ordered partial traces against the textbook ones of {@link NaiveMatrix} (sums of
 * (<a| (x) 1) X (|a> (x) 1) over a D x D matrix), on random Hermitian matrices that are block
 * diagonal in random blocks.
 */
class BlockOrderedStateTest {

    /** Zeroes every entry of m that joins two blocks. */
    private static NaiveMatrix insideBlocks(NaiveMatrix m, IndexBlocks blocks) {
        int n = m.rows();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (blocks.blockOf(i) != blocks.blockOf(j)) {
                    m.re[i][j] = 0;
                    m.im[i][j] = 0;
                }
            }
        }
        return m;
    }

    /** Random sparse (not Hermitian: the kernels must not lean on it), then restricted to the blocks. */
    private static NaiveMatrix sparseInside(IndexBlocks blocks, Random random) {
        NaiveMatrix h = NaiveMatrix.random(blocks.dimension(), random);
        for (int i = 0; i < h.rows(); i++) {
            for (int j = 0; j < h.rows(); j++) {
                if (random.nextInt(3) == 0) {
                    h.re[i][j] = 0;
                    h.im[i][j] = 0;
                }
            }
        }
        return insideBlocks(h, blocks);
    }

    private static IndexBlocks randomBlocks(int n, int edges, Random random) {
        IndexBlocks.Builder builder = IndexBlocks.builder(n);
        for (int e = 0; e < edges; e++) {
            builder.connect(random.nextInt(n), random.nextInt(n));
        }
        return builder.build();
    }

    /** The total parity of a qubit and spins, as W1's blocks (two blocks, each index's runs of length dB / 2). */
    private static IndexBlocks parity(int dA, int dB) {
        IndexBlocks.Builder builder = IndexBlocks.builder(dA * dB);
        for (int i = 0; i < dA * dB; i++) {
            for (int j = 0; j < i; j++) {
                if (Integer.bitCount(i) % 2 == Integer.bitCount(j) % 2) {
                    builder.connect(i, j);
                }
            }
        }
        return builder.build();
    }

    private static void assertAgreesWithDense(IndexBlocks blocks, int dA, int dB, long seed) {
        Random random = new Random(seed);
        NaiveMatrix rho = insideBlocks(NaiveMatrix.randomHermitian(dA * dB, random), blocks);
        NaiveMatrix h = sparseInside(blocks, random);
        BlockOrderedState state = new BlockOrderedState(blocks, dA, dB);
        ComplexMatrix dense = rho.toComplexMatrix();
        for (int k = 0; k < blocks.count(); k++) {
            ComplexMatrix block = ComplexMatrix.zeros(blocks.size(k));
            blocks.gather(dense, k, block);
            state.load(k, block);
        }
        BlockedOperator hBlocks = BlockedOperator.of(SparseComplexMatrix.of(h.toComplexMatrix()), blocks);
        ComplexMatrix outA = ComplexMatrix.zeros(dA);
        ComplexMatrix outB = ComplexMatrix.zeros(dB);
        String what = blocks.count() + " blocks of " + dA + " x " + dB;

        state.overB(outA);
        state.overA(outB);
        assertTrue(rho.partialTraceOverB(dA, dB).maxAbsDifference(outA) < 1e-12, "tr_B rho, " + what);
        assertTrue(rho.partialTraceOverA(dA, dB).maxAbsDifference(outB) < 1e-12, "tr_A rho, " + what);

        NaiveMatrix product = h.times(rho);
        state.productOverB(hBlocks, outA);
        state.productOverA(hBlocks, outB);
        assertTrue(product.partialTraceOverB(dA, dB).maxAbsDifference(outA) < 1e-12, "tr_B(H rho), " + what);
        assertTrue(product.partialTraceOverA(dA, dB).maxAbsDifference(outB) < 1e-12, "tr_A(H rho), " + what);

        Complex trace = state.traceOfProduct(hBlocks);
        assertEquals(product.traceRe(), trace.re(), 1e-12, what);
        assertEquals(product.traceIm(), trace.im(), 1e-12, what);
    }

    @Test
    void partialTracesAgreeWithDenseOnParityBlocks() {
        assertAgreesWithDense(parity(2, 8), 2, 8, 1);
        assertAgreesWithDense(parity(4, 4), 4, 4, 2);
    }

    @Test
    void partialTracesAgreeWithDenseOnRandomBlocks() {
        Random random = new Random(17);
        int[][] shapes = {{2, 3}, {3, 4}, {4, 2}, {3, 5}, {1, 6}, {6, 1}};
        for (int trial = 0; trial < 30; trial++) {
            int[] shape = shapes[trial % shapes.length];
            int n = shape[0] * shape[1];
            IndexBlocks blocks = randomBlocks(n, random.nextInt(n + 1), random);
            assertAgreesWithDense(blocks, shape[0], shape[1], trial);
        }
    }

    @Test
    void oneBlockIsTheDensePartialTrace() {
        assertAgreesWithDense(IndexBlocks.single(12), 3, 4, 9);
    }

    @Test
    void aMatrixJoiningTwoBlocksIsRefused() {
        IndexBlocks blocks = IndexBlocks.builder(4).connect(0, 1).connect(2, 3).build();
        ComplexMatrix joining = ComplexMatrix.zeros(4);
        joining.set(1, 2, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> BlockedOperator.of(SparseComplexMatrix.of(joining), blocks));
    }
}
