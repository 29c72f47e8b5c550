package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexBlocksTest {

    @Test
    void componentsOfAPattern() {
        ComplexMatrix m = ComplexMatrix.zeros(6);
        m.set(0, 3, 1, 0);
        m.set(4, 1, 0, 2);
        m.set(3, 5, 1, 0);
        IndexBlocks blocks = IndexBlocks.builder(6).connectNonzeros(m).build();
        assertEquals(3, blocks.count());
        assertArrayEquals(new int[] {0, 3, 5}, blocks.indices(0));
        assertArrayEquals(new int[] {1, 4}, blocks.indices(1));
        assertArrayEquals(new int[] {2}, blocks.indices(2));
        assertEquals(2, blocks.position(5));
        assertEquals(3, blocks.largest());
    }

    @Test
    void factorPatternsJoinEveryCopy() {
        ComplexMatrix flip = ComplexMatrix.of(new double[][] {{0, 1}, {1, 0}}, null);
        IndexBlocks a = IndexBlocks.builder(6).connectNonzerosOfFactorA(flip, 3).build();
        assertEquals(3, a.count()); // (0,b) ~ (1,b)
        assertArrayEquals(new int[] {0, 3}, a.indices(0));
        IndexBlocks b = IndexBlocks.builder(6).connectNonzerosOfFactorB(3, flip).build();
        assertEquals(3, b.count());
        assertArrayEquals(new int[] {0, 1}, b.indices(0));
    }

    @Test
    void reducedBlocksOfTotalParity() {
        // two qubits, blocks = even and odd total parity: {00, 11}, {01, 10}
        IndexBlocks parity = IndexBlocks.builder(4).connect(0, 3).connect(1, 2).build();
        IndexBlocks overA = parity.reduced(2, 2, false);
        assertEquals(2, overA.count()); // rho_B is diagonal
        IndexBlocks chain = IndexBlocks.builder(4).connect(0, 1).build();
        assertEquals(1, chain.reduced(2, 2, false).count()); // b = 0 ~ 1 via a = 0
        assertEquals(2, chain.reduced(2, 2, true).count());
    }

    @Test
    void gatherAndScatterAreInverse() {
        IndexBlocks blocks = IndexBlocks.builder(4).connect(0, 2).build();
        ComplexMatrix full = ComplexMatrix.zeros(4);
        full.set(0, 2, 1, 2);
        full.set(2, 0, 1, -2);
        full.set(2, 2, 3, 0);
        ComplexMatrix block = ComplexMatrix.zeros(2);
        blocks.gather(full, 0, block);
        assertEquals(new Complex(1, 2), block.get(0, 1));
        ComplexMatrix back = ComplexMatrix.zeros(4);
        blocks.scatter(block, 0, back);
        assertArrayEquals(full.toArrays()[1][0], back.toArrays()[1][0]);
        assertEquals(3, back.re(2, 2));
    }
}
