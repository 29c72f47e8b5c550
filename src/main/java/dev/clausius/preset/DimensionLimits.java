package dev.clausius.preset;

/**
 * The sizes Clausius refuses before building anything, and the messages that say why. A closed
 * system of dimension D needs a fixed base (JVM, ND4J, OpenBLAS) plus about a dozen dense complex
 * D x D matrices (state, eigenvectors, products, setup temporaries), 16 bytes an entry: peak RSS
 * measured 0.35 GB at D = 1024 and 1.02-1.05 GB at D = 2048 since rho is kept in block order
 * (docs/performance.md); 14 matrices (1.09 GB at D = 2048) keep the estimate above what was measured.
 * Open and engine modes work on the D^2 x D^2 Liouvillian instead.
 */
final class DimensionLimits {
    static final int LARGEST_LIOUVILLIAN = 64;
    /** Issue 6: the largest closed systems must fit in 2 GB. */
    static final double MEMORY_LIMIT_BYTES = 2.0 * (1L << 30);
    static final double BASE_BYTES = 150e6;
    static final int WORK_MATRICES = 14;
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

    /** The largest D whose estimate fits the limit (2986). */
    static final int LARGEST_CLOSED = (int) Math.sqrt((MEMORY_LIMIT_BYTES - BASE_BYTES) / (WORK_MATRICES * BYTES_PER_ENTRY));

    static double workingMemoryBytes(long dimension) {
        return BASE_BYTES + (double) WORK_MATRICES * BYTES_PER_ENTRY * dimension * dimension;
    }

    /** Reports at {@code at} when the closed system A (x) B is too large to simulate. */
    static void checkClosed(JsonCursor at, SubsystemSpec a, SubsystemSpec b) {
        long dA = a.dimension();
        long dB = b.dimension();
        long d = dA * dB;
        double bytes = workingMemoryBytes(d);
        if (d > LARGEST_CLOSED || bytes > MEMORY_LIMIT_BYTES) {
            at.problem("total dimension " + d + " (" + dA + " x " + dB + ") needs about "
                    + Numbers.gigabytes(bytes) + " of working memory; the limit is "
                    + Numbers.gigabytes(MEMORY_LIMIT_BYTES) + " (D <= " + LARGEST_CLOSED + ")");
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
                    + String.format(java.util.Locale.ROOT, "%.3g", steps)
                    + " time steps; the limit is " + (long) MOST_ROWS + " (use a larger dt or a smaller end)");
        }
    }
}
