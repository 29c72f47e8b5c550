package dev.clausius.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.preset.memory.MemoryBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static dev.clausius.preset.TestPresets.assertValid;
import static dev.clausius.preset.TestPresets.problems;
import static dev.clausius.preset.TestPresets.set;
import static dev.clausius.preset.TestPresets.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: the largest closed system follows the memory budget it is read with. */
class MemoryBudgetTest {
    private static final long NONE = Long.MAX_VALUE;

    /** A qubit and an oscillator of {@code levels} levels: D = 2 levels. */
    private static ObjectNode qubitAndOscillator(int levels) {
        ObjectNode json = set(tree(CLOSED), "B", "{\"kind\": \"oscillator\", \"omega\": 1, \"levels\": " + levels + "}");
        return set(json, "coupling", "[{\"g\": 0.1, \"A\": \"sp\", \"B\": \"a\", \"hc\": true}]");
    }

    /** The working memory the estimate gives D: 200 MB and 15 complex D x D matrices. */
    private static long workingMemory(long d) {
        return 200_000_000L + 15L * 16 * d * d;
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1490, 2048, 3000, 4096})
    void theLargestAcceptedDimensionIsTheEstimates(int levels) {
        long d = 2L * levels;
        long exactFit = workingMemory(d);
        MemoryBudget fits = new MemoryBudget(exactFit, NONE, NONE);
        assertEquals(d, DimensionLimits.largestClosed(fits));
        assertValid(problems(qubitAndOscillator(levels), fits));
        if (levels < DimensionLimits.MOST_LEVELS) {
            assertOnlyProblem(problems(qubitAndOscillator(levels + 1), fits), "$.B", "(D <= " + d + " here");
        }
        // one byte less and D no longer fits: the largest is then D - 1
        MemoryBudget short1 = new MemoryBudget(exactFit - 1, NONE, NONE);
        assertEquals(d - 1, DimensionLimits.largestClosed(short1));
        assertOnlyProblem(problems(qubitAndOscillator(levels), short1), "$.B", "(D <= " + (d - 1) + " here");
    }

    @Test
    void theLargestDimensionIsTheSquareRootOfTheFormulaForAnyBudget() {
        for (long bytes = 200_000_000L; bytes < (64L << 30); bytes = bytes * 3 / 2 + 12_345) {
            long d = DimensionLimits.largestClosed(new MemoryBudget(bytes, NONE, NONE));
            assertTrue(workingMemory(d) <= bytes && workingMemory(d + 1) > bytes, bytes + " bytes: D = " + d);
        }
        assertEquals(0, DimensionLimits.largestClosed(new MemoryBudget(100_000_000L, NONE, NONE)));
    }

    @Test
    void theMessageNamesWhatIsNeededAndWhatThisMachineAllows() {
        // 200 MB + 15 x 16 x 6144^2 = 9.26 GB; 3.1 GB leaves sqrt((3.1e9 - 200e6) / 240) = 3476.1
        MemoryBudget machine = new MemoryBudget(3_100_000_000L, 12_000_000_000L, NONE);
        assertOnlyProblem(problems(qubitAndOscillator(3072), machine), "$.B", "total dimension 6144 (2 x 3072) needs "
                + "about 9.3 GB of working memory, this machine allows 3.1 GB (D <= 3476 here, its physical memory)");
        assertValid(problems(qubitAndOscillator(1738), machine));
        assertOnlyProblem(problems(qubitAndOscillator(1739), machine), "$.B", "(D <= 3476 here");
    }

    @Test
    void aJvmLimitSaysHowToRaiseIt() {
        // JavaCPP's default for -Xmx1g: 4 GiB for the process; sqrt((4294967296 - 200e6) / 240) = 4130.4
        MemoryBudget jvm = new MemoryBudget(24L << 30, 4L << 30, 1L << 30);
        assertOnlyProblem(problems(qubitAndOscillator(3072), jvm), "$.B", "total dimension 6144 (2 x 3072) needs "
                + "about 9.3 GB of working memory, this JVM allows 4.3 GB (D <= 4130 here; allow more with a larger "
                + "-Xmx or -Dorg.bytedeco.javacpp.maxphysicalbytes)");
    }

    @Test
    void theJavaHeapHasItsOwnLimit() {
        // the heap holds 30 MB + 3 matrices: 0.84 GB at D = 4096; sqrt((256 MiB - 30e6) / 48) = 2228.8
        MemoryBudget smallHeap = new MemoryBudget(24L << 30, NONE, 256L << 20);
        assertOnlyProblem(problems(qubitAndOscillator(2048), smallHeap), "$.B", "total dimension 4096 (2 x 2048) needs "
                + "about 0.8 GB of Java heap, this JVM allows 0.3 GB (D <= 2228 here; allow more with a larger -Xmx)");
        assertValid(problems(qubitAndOscillator(1114), smallHeap));
        assertOnlyProblem(problems(qubitAndOscillator(1115), smallHeap), "$.B", "of Java heap");
    }

    @Test
    void closeAmountsGetMoreDecimals() {
        // -Xmx256m: JavaCPP allows 4 x 256 MiB = 1.074 GB; D = 1980 needs 1.141 GB; sqrt((1.074e9 - 200e6) / 240) = 1908.7
        MemoryBudget jvm = new MemoryBudget(24L << 30, 1L << 30, 256L << 20);
        assertOnlyProblem(problems(qubitAndOscillator(990), jvm), "$.B",
                "needs about 1.14 GB of working memory, this JVM allows 1.07 GB (D <= 1908 here;");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new MemoryBudget(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new MemoryBudget(1, 1, -1));
    }
}
