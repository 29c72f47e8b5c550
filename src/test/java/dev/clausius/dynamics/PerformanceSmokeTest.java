package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.HermitianEigensolver;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CI-safe guard against an order-of-magnitude slowdown of the closed frame. Absolute times mean
 * nothing on a shared CI machine, so the frame is timed against kernels measured in the same run
 * (a complex product and an eigen-decomposition at the frame's block sizes), best of several
 * rounds to shed noise. The bound is about ten times the ratio measured on the development
 * machine (docs/performance.md), so only a real regression (a lost block structure, a dense
 * product where a sparse one belongs, an O(D^3) Java loop) trips it.
 */
class PerformanceSmokeTest {
    /** Measured 0.92-0.94 on the 2-core development machine, quiet or loaded: ten times that. */
    private static final double MOST_FRAME_PER_KERNEL = 10;
    private static final int ROUNDS = 5;

    private interface Work {
        void run(int i);
    }

    private static double bestMillis(int repetitions, Work work) {
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < repetitions; i++) {
                work.run(round * repetitions + i);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / repetitions);
        }
        return best;
    }

    private static ComplexMatrix randomHermitian(int n, Random random) {
        ComplexMatrix m = ComplexMatrix.zeros(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                double re = random.nextGaussian();
                double im = i == j ? 0 : random.nextGaussian();
                m.set(i, j, re, im);
                m.set(j, i, re, -im);
            }
        }
        return m;
    }

    @Test
    void frameStaysWithinAFewKernelsOfItsBlocks() {
        // W1's family at D = 256: two parity blocks of 128, rho_B in two blocks of 64
        ClosedEvolver evolver = new ClosedEvolver(SymmetryBlocksTest.parityBath(7));
        Random random = new Random(3);
        ComplexMatrix x = randomHermitian(128, random);
        ComplexMatrix y = randomHermitian(128, random);
        ComplexMatrix rhoB = randomHermitian(64, random);
        HermitianEigensolver solver = new HermitianEigensolver(64);
        // the kernels one frame is made of: per block two products at 128, per rho_B block one eigen-solve at 64
        Work kernels = i -> {
            for (int k = 0; k < 4; k++) {
                x.times(y);
            }
            solver.solve(rhoB);
            solver.solve(rhoB);
        };
        Work frame = i -> evolver.frameAt(0.5 * (i + 1));
        frame.run(0);
        kernels.run(0);
        double kernelMillis = bestMillis(5, kernels);
        double frameMillis = bestMillis(5, frame);
        double ratio = frameMillis / kernelMillis;
        assertTrue(ratio < MOST_FRAME_PER_KERNEL, String.format(
                "a D = 256 frame took %.3f ms, %.1f times its kernels (%.3f ms); bound %.0f",
                frameMillis, ratio, kernelMillis, MOST_FRAME_PER_KERNEL));
        System.out.printf("performance smoke: frame %.3f ms, kernels %.3f ms, ratio %.2f%n", frameMillis, kernelMillis, ratio);
    }
}
