package dev.clausius.preset;

/**
 * Hermiticity checks with the tolerance of the preset format: |M_ij - conj(M_ji)| <= 1e-12 *
 * max(1, max|M|), relative so that large and small Hamiltonians are judged alike, with a floor
 * so that an all-zero matrix with 1e-300 noise still passes.
 */
final class Hermiticity {
    static final double RELATIVE_TOLERANCE = 1e-12;

    private Hermiticity() {
    }

    /** Null when {@code m} is Hermitian, else the first offending pair, e.g. "H[0][1] = 1+2i but conj(H[1][0]) = 1-2i". */
    static String violation(ComplexArray m, String symbol) {
        double tolerance = tolerance(m, m);
        int n = m.size();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dre = m.re()[i][j] - m.re()[j][i];
                double dim = m.im()[i][j] + m.im()[j][i];
                if (Math.hypot(dre, dim) > tolerance) {
                    return "not Hermitian: " + symbol + "[" + i + "][" + j + "] = "
                            + Numbers.complex(m.re()[i][j], m.im()[i][j])
                            + " but conj(" + symbol + "[" + j + "][" + i + "]) = "
                            + Numbers.complex(m.re()[j][i], -m.im()[j][i])
                            + " (it must equal its conjugate transpose)";
                }
            }
        }
        return null;
    }

    /** True when {@code b} is the conjugate transpose of {@code a} (same tolerance). */
    static boolean isAdjoint(ComplexArray a, ComplexArray b) {
        int n = a.size();
        if (b.size() != n) {
            return false;
        }
        double tolerance = tolerance(a, b);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dre = a.re()[i][j] - b.re()[j][i];
                double dim = a.im()[i][j] + b.im()[j][i];
                if (Math.hypot(dre, dim) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The tolerance for comparing two complex numbers of typical size {@code scale}. */
    static double tolerance(double scale) {
        return RELATIVE_TOLERANCE * Math.max(1, scale);
    }

    private static double tolerance(ComplexArray a, ComplexArray b) {
        return tolerance(Math.max(largest(a), largest(b)));
    }

    private static double largest(ComplexArray m) {
        double largest = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                largest = Math.max(largest, Math.hypot(m.re()[i][j], m.im()[i][j]));
            }
        }
        return largest;
    }
}
