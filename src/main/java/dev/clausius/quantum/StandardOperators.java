package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;

/**
 * The named operators of docs/conventions.md. Qubit basis: index 0 = |e>, 1 = |g>, so sigma_z = diag(1, -1)
 * and sigma_+ = |e><g|. Spin basis m = j, j-1, ..., -j. Oscillator basis Fock |0>..|N-1>.
 */
public final class StandardOperators {
    private StandardOperators() {
    }

    public static ComplexMatrix sigmaX() {
        return ComplexMatrix.of(new double[][] {{0, 1}, {1, 0}}, null);
    }

    public static ComplexMatrix sigmaY() {
        return ComplexMatrix.of(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, -1}, {1, 0}});
    }

    public static ComplexMatrix sigmaZ() {
        return ComplexMatrix.diagonal(1, -1);
    }

    /** sigma_+ = |e><g|. */
    public static ComplexMatrix sigmaPlus() {
        return ComplexMatrix.of(new double[][] {{0, 1}, {0, 0}}, null);
    }

    public static ComplexMatrix sigmaMinus() {
        return ComplexMatrix.of(new double[][] {{0, 0}, {1, 0}}, null);
    }

    /** J_z = diag(j, j-1, ..., -j). */
    public static ComplexMatrix spinZ(double j) {
        int d = spinDimension(j);
        double[] m = new double[d];
        for (int i = 0; i < d; i++) {
            m[i] = j - i;
        }
        return ComplexMatrix.diagonal(m);
    }

    /** J_+ |m> = sqrt(j(j+1) - m(m+1)) |m+1>; |m+1> is the index before |m>. */
    public static ComplexMatrix spinPlus(double j) {
        int d = spinDimension(j);
        ComplexMatrix jp = ComplexMatrix.zeros(d);
        for (int i = 1; i < d; i++) {
            double m = j - i;
            jp.set(i - 1, i, Math.sqrt(j * (j + 1) - m * (m + 1)), 0);
        }
        return jp;
    }

    public static int spinDimension(double j) {
        return (int) Math.round(2 * j + 1);
    }

    /** a |n> = sqrt(n) |n-1>, truncated to N levels. */
    public static ComplexMatrix annihilation(int levels) {
        ComplexMatrix a = ComplexMatrix.zeros(levels);
        for (int n = 1; n < levels; n++) {
            a.set(n - 1, n, Math.sqrt(n), 0);
        }
        return a;
    }

    public static ComplexMatrix number(int levels) {
        double[] n = new double[levels];
        for (int i = 0; i < levels; i++) {
            n[i] = i;
        }
        return ComplexMatrix.diagonal(n);
    }

    /** (a + b) scaled by the complex factor (re, im). */
    static ComplexMatrix combine(ComplexMatrix a, double aRe, double aIm, ComplexMatrix b, double bRe, double bIm) {
        int n = a.rows();
        ComplexMatrix c = ComplexMatrix.zeros(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double xr = a.re(i, j);
                double xi = a.im(i, j);
                double yr = b.re(i, j);
                double yi = b.im(i, j);
                c.set(i, j, aRe * xr - aIm * xi + bRe * yr - bIm * yi, aRe * xi + aIm * xr + bRe * yi + bIm * yr);
            }
        }
        return c;
    }
}
