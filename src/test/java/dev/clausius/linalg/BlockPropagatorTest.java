package dev.clausius.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.testing.NaiveMatrix;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The block-by-block evolution, handed to a {@link BlockOrderedState} and assembled, against exp(-iHt) rho exp(iHt). */
class BlockPropagatorTest {

    private static NaiveMatrix insideBlocks(NaiveMatrix m, IndexBlocks blocks) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.rows(); j++) {
                if (blocks.blockOf(i) != blocks.blockOf(j)) {
                    m.re[i][j] = 0;
                    m.im[i][j] = 0;
                }
            }
        }
        return m;
    }

    /** Real H: the blocks evolve split (SplitRealEvolution); complex H: as complex matrices. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void blocksEvolveAsTheNaivePropagatorSays(boolean realHamiltonian) {
        Random random = new Random(realHamiltonian ? 4 : 5);
        int dA = 2;
        int dB = 5;
        int n = dA * dB;
        IndexBlocks.Builder builder = IndexBlocks.builder(n);
        for (int i = 0; i < n; i++) {
            builder.connect(i, i % 3); // three blocks of uneven sizes, each meeting both values of a
        }
        IndexBlocks blocks = builder.build();
        NaiveMatrix h = NaiveMatrix.randomHermitian(n, random);
        if (realHamiltonian) {
            h = new NaiveMatrix(h.re, new double[n][n]);
        }
        h = insideBlocks(h, blocks);
        NaiveMatrix rho = NaiveMatrix.randomHermitian(n, random); // Hermitian is all the evolution needs
        rho = insideBlocks(rho, blocks);
        BlockPropagator propagator = new BlockPropagator(h.toComplexMatrix(), rho.toComplexMatrix(), blocks);
        BlockOrderedState state = new BlockOrderedState(blocks, dA, dB);
        for (double t : new double[] {0.3, 2.7, -1.1}) {
            NaiveMatrix u = h.exp(0, -t);
            NaiveMatrix expected = u.times(rho).times(u.adjoint());
            propagator.evolve(t);
            propagator.loadInto(state);
            ComplexMatrix assembled = ComplexMatrix.zeros(n);
            state.scatterInto(assembled);
            assertTrue(expected.maxAbsDifference(assembled) < 1e-11,
                    "t = " + t + ": max diff " + expected.maxAbsDifference(assembled));
        }
    }
}
