package dev.clausius.preset;

import dev.clausius.preset.memory.MachineMemory;
import dev.clausius.preset.memory.MemoryBudget;

import java.util.Locale;

/**
 * The sizes Clausius refuses before building anything, and the messages that say why. A closed
 * system of dimension D needs a fixed base (JVM, ND4J, OpenBLAS) plus about a dozen dense complex
 * D x D matrices (state, eigenvectors, products, setup temporaries), 16 bytes an entry: peak RSS
 * measured 0.23-0.24 GB at D = 512, 0.37-0.40 GB at D = 1024, 1.00-1.13 GB at D = 2048 (the heap
 * G1 commits varies with the machine's load) and 3.60-3.61 GB at D = 4096 (docs/performance.md);
 * 200 MB and 15 matrices (0.26, 0.45, 1.21 and 4.23 GB) keep the estimate above every measurement.
 * Most of it is ND4J's native memory; the Java heap holds the state's blocks and the partial
 * traces' work: a run needed more than 160 and at most 192 MiB of heap at D = 2048, more than 640
 * and at most 768 MiB at D = 4096, 2.5-3 matrices, so the heap's estimate is 30 MB and 3 matrices.
 * The limits are the {@link MemoryBudget} of the JVM that reads the preset. Open and engine modes
 * work on the D^2 x D^2 Liouvillian instead.
 */
final class DimensionLimits {
    static final int LARGEST_LIOUVILLIAN = 64;
    static final double BASE_BYTES = 200e6;
    static final int WORK_MATRICES = 15;
    static final double HEAP_BASE_BYTES = 30e6;
    static final int HEAP_MATRICES = 3;
    static final int BYTES_PER_ENTRY = 16;
    static final int MOST_SPINS = 12;
    static final int MOST_LEVELS = 4096;
    static final double LARGEST_J = 1000;
    static final double MOST_ROWS = 10_000_000;
    /**
     * Classical mode: the cells of one body. The propagator keeps dense (N_A + N_B)^2 matrices (the
     * eigenvectors, and their complex copy while diagonalizing): 2000 cells need about 0.1 GB.
     */
    static final int MOST_CELLS = 1_000;
    /**
     * Classical mode: the largest T_B/T_A (or T_A/T_B). Every cell temperature carries a round-off
     * of about (N_A + N_B) 1e-16 times the hottest one, so at 1e6 the coldest keeps at least 5
     * digits for the largest bodies, and ln T stays defined.
     */
    static final double CLASSICAL_TEMPERATURE_RATIO = 1e6;

    private DimensionLimits() {
    }

    /** The whole process's working memory for a closed system of dimension D, in bytes. */
    static double workingMemoryBytes(long dimension) {
        return BASE_BYTES + (double) WORK_MATRICES * BYTES_PER_ENTRY * dimension * dimension;
    }

    /** The part of {@link #workingMemoryBytes} on the Java heap. */
    static double heapBytes(long dimension) {
        return HEAP_BASE_BYTES + (double) HEAP_MATRICES * BYTES_PER_ENTRY * dimension * dimension;
    }

    /** The largest D whose estimates fit {@code budget}, 0 when not even the base fits. */
    static long largestClosed(MemoryBudget budget) {
        return Math.min(largest(budget.residentBytes(), BASE_BYTES, WORK_MATRICES),
                largest(budget.heapBytes(), HEAP_BASE_BYTES, HEAP_MATRICES));
    }

    private static long largest(double limit, double base, int matrices) {
        long d = (long) Math.sqrt(Math.max(0, limit - base) / ((double) matrices * BYTES_PER_ENTRY));
        // the square root's rounding: step to the exact largest D whose estimate fits
        while (d > 0 && base + (double) matrices * BYTES_PER_ENTRY * d * d > limit) {
            d--;
        }
        while (base + (double) matrices * BYTES_PER_ENTRY * (d + 1) * (d + 1) <= limit) {
            d++;
        }
        return d;
    }

    /** Reports at {@code at} when the closed system A (x) B is too large for {@code budget}. */
    static void checkClosed(JsonCursor at, SubsystemSpec a, SubsystemSpec b, MemoryBudget budget) {
        long dA = a.dimension();
        long dB = b.dimension();
        long d = dA * dB;
        String size = "total dimension " + d + " (" + dA + " x " + dB + ") needs about ";
        String here = " (D <= " + largestClosed(budget) + " here";
        double bytes = workingMemoryBytes(d);
        if (bytes > budget.residentBytes()) {
            String[] amounts = gigabytes(bytes, budget.residentBytes());
            at.problem(size + amounts[0] + " of working memory, this " + (budget.machineIsTheLimit()
                    ? "machine allows " + amounts[1] + here + ", its physical memory)"
                    : "JVM allows " + amounts[1] + here + "; allow more with a larger -Xmx or -D"
                            + MachineMemory.MAX_PHYSICAL_BYTES + ")"));
        } else if (heapBytes(d) > budget.heapBytes()) {
            String[] amounts = gigabytes(heapBytes(d), budget.heapBytes());
            at.problem(size + amounts[0] + " of Java heap, this JVM allows " + amounts[1] + here
                    + "; allow more with a larger -Xmx)");
        }
    }

    /** Both amounts in GB with one decimal, or more where one would print the need and the allowance alike. */
    private static String[] gigabytes(double need, double allowed) {
        for (int decimals = 1; ; decimals++) {
            String format = "%." + decimals + "f GB";
            String[] amounts = {String.format(Locale.ROOT, format, need / 1e9), String.format(Locale.ROOT, format, allowed / 1e9)};
            if (!amounts[0].equals(amounts[1]) || decimals == 3) {
                return amounts;
            }
        }
    }

    /** Reports at {@code at} when a Lindblad (open or engine) system is too large for its Liouvillian. */
    static void checkLiouvillian(JsonCursor at, SubsystemSpec s, Mode mode) {
        long d = s.dimension();
        if (d > LARGEST_LIOUVILLIAN) {
            at.problem("dimension " + d + " is too large for " + mode.jsonName() + " mode: its Liouvillian is "
                    + d * d + " x " + d * d + "; the limit is D <= " + LARGEST_LIOUVILLIAN);
        }
    }

    /** Reports at {@code at} when the output grid 0, dt, ..., end has too many rows. */
    static void checkRows(JsonCursor at, double end, double dt) {
        double steps = end / dt;
        if (steps > MOST_ROWS) {
            at.problem("end / dt = " + Numbers.format(end) + " / " + Numbers.format(dt) + " = "
                    + String.format(Locale.ROOT, "%.3g", steps)
                    + " time steps; the limit is " + (long) MOST_ROWS + " (use a larger dt or a smaller end)");
        }
    }
}
