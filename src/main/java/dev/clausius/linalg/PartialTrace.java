package dev.clausius.linalg;

/**
 * Partial traces of an operator on A (x) B, A's index major (basis index a dB + b):
 * tr_B X [a, a'] = sum_b X[a dB + b, a' dB + b], tr_A X [b, b'] = sum_a X[a dB + b, a dB + b'].
 */
public final class PartialTrace {
    private PartialTrace() {
    }

    /** tr_B x, a dA x dA matrix. */
    public static ComplexMatrix overB(ComplexMatrix x, int dA, int dB) {
        ComplexMatrix out = ComplexMatrix.zeros(dA);
        overB(x, dA, dB, out);
        return out;
    }

    /** tr_A x, a dB x dB matrix. */
    public static ComplexMatrix overA(ComplexMatrix x, int dA, int dB) {
        ComplexMatrix out = ComplexMatrix.zeros(dB);
        overA(x, dA, dB, out);
        return out;
    }

    public static void overB(ComplexMatrix x, int dA, int dB, ComplexMatrix out) {
        requireShape(x, dA, dB);
        for (int a2 = 0; a2 < dA; a2++) {
            for (int a = 0; a < dA; a++) {
                double re = 0;
                double im = 0;
                for (int b = 0; b < dB; b++) {
                    long o = x.offset(a * dB + b, a2 * dB + b);
                    re += x.raw(o);
                    im += x.raw(o + 1);
                }
                out.set(a, a2, re, im);
            }
        }
    }

    public static void overA(ComplexMatrix x, int dA, int dB, ComplexMatrix out) {
        requireShape(x, dA, dB);
        for (int b2 = 0; b2 < dB; b2++) {
            for (int b = 0; b < dB; b++) {
                double re = 0;
                double im = 0;
                for (int a = 0; a < dA; a++) {
                    long o = x.offset(a * dB + b, a * dB + b2);
                    re += x.raw(o);
                    im += x.raw(o + 1);
                }
                out.set(b, b2, re, im);
            }
        }
    }

    private static void requireShape(ComplexMatrix x, int dA, int dB) {
        if (x.rows() != dA * dB || x.columns() != dA * dB) {
            throw new IllegalArgumentException("operator is " + x.rows() + "x" + x.columns() + ", not (" + dA + "*" + dB + ")^2");
        }
    }
}
