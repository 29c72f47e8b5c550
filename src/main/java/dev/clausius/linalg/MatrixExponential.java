package dev.clausius.linalg;

/**
 * exp(A) of a general (non-Hermitian) complex square matrix by scaling and squaring with Padé
 * approximants (Higham, SIAM J. Matrix Anal. Appl. 26 (2005) 1179, Algorithm 2.3): the lowest
 * degree m in {3, 5, 7, 9} whose theta_m bounds ||A||_1 is used, else degree 13 on A / 2^s.
 * The rational approximant r = (V - U)^{-1} (V + U) comes from one LU solve (zgesv).
 * The Liouvillian of open mode is not normal, so its exponential cannot come from an eigen-decomposition.
 */
public final class MatrixExponential {
    /** Higham's Table 2.3: the largest ||A||_1 for which degree m is accurate to double precision. */
    private static final double[] THETA = {1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1,
            2.097847961257068e0};
    private static final int[] DEGREES = {3, 5, 7, 9};
    private static final double THETA_13 = 5.371920351148152e0;
    private static final double[][] COEFFICIENTS = {
            {120, 60, 12, 1},
            {30240, 15120, 3360, 420, 30, 1},
            {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1},
            {17643225600.0, 8821612800.0, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1}};
    private static final double[] COEFFICIENTS_13 = {64764752532480000.0, 32382376266240000.0,
            7771770303897600.0, 1187353796428800.0, 129060195264000.0, 10559470521600.0, 670442572800.0,
            33522128640.0, 1323241920, 40840800, 960960, 16380, 182, 1};

    private MatrixExponential() {
    }

    /** exp(a); a is not modified. */
    public static ComplexMatrix exp(ComplexMatrix a) {
        if (!a.isSquare()) {
            throw new IllegalArgumentException("exp needs a square matrix, got " + a.rows() + "x" + a.columns());
        }
        double norm = oneNorm(a);
        if (!Double.isFinite(norm)) {
            throw new ArithmeticException("exp of a matrix with non-finite entries");
        }
        for (int k = 0; k < DEGREES.length; k++) {
            if (norm <= THETA[k]) {
                return lowDegree(a, COEFFICIENTS[k]);
            }
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / THETA_13) / Math.log(2)));
        ComplexMatrix scaled = a.scaled(Math.scalb(1.0, -squarings));
        ComplexMatrix r = degree13(scaled);
        for (int s = 0; s < squarings; s++) {
            r = r.times(r);
        }
        return r;
    }

    /** exp(a t) for a real t. */
    public static ComplexMatrix exp(ComplexMatrix a, double t) {
        return exp(a.scaled(t));
    }

    /** Degrees 3..9: U = A sum_{k odd} b_k A^{k-1}, V = sum_{k even} b_k A^k. */
    private static ComplexMatrix lowDegree(ComplexMatrix a, double[] b) {
        int n = a.rows();
        ComplexMatrix a2 = a.times(a);
        ComplexMatrix power = ComplexMatrix.identity(n); // A^{2j}
        ComplexMatrix odd = ComplexMatrix.zeros(n);
        ComplexMatrix even = ComplexMatrix.zeros(n);
        for (int k = 0; k + 1 < b.length; k += 2) {
            even.addScaled(b[k], power);
            odd.addScaled(b[k + 1], power);
            if (k + 2 < b.length) {
                power = power.times(a2);
            }
        }
        return solve(a.times(odd), even);
    }

    /** Higham's Eq. 2.6 evaluation of the degree-13 approximant: six products. */
    private static ComplexMatrix degree13(ComplexMatrix a) {
        double[] b = COEFFICIENTS_13;
        int n = a.rows();
        ComplexMatrix identity = ComplexMatrix.identity(n);
        ComplexMatrix a2 = a.times(a);
        ComplexMatrix a4 = a2.times(a2);
        ComplexMatrix a6 = a4.times(a2);
        ComplexMatrix inner = ComplexMatrix.zeros(n);
        inner.addScaled(b[13], a6);
        inner.addScaled(b[11], a4);
        inner.addScaled(b[9], a2);
        ComplexMatrix u = a6.times(inner);
        u.addScaled(b[7], a6);
        u.addScaled(b[5], a4);
        u.addScaled(b[3], a2);
        u.addScaled(b[1], identity);
        u = a.times(u);
        inner = ComplexMatrix.zeros(n);
        inner.addScaled(b[12], a6);
        inner.addScaled(b[10], a4);
        inner.addScaled(b[8], a2);
        ComplexMatrix v = a6.times(inner);
        v.addScaled(b[6], a6);
        v.addScaled(b[4], a4);
        v.addScaled(b[2], a2);
        v.addScaled(b[0], identity);
        return solve(u, v);
    }

    /** (V - U)^{-1} (V + U). */
    private static ComplexMatrix solve(ComplexMatrix u, ComplexMatrix v) {
        ComplexMatrix denominator = v.minus(u);
        ComplexMatrix numerator = v.plus(u);
        LapackBackend.selected().solve(denominator, numerator);
        return numerator;
    }

    /** max_j sum_i |a_ij|. */
    static double oneNorm(ComplexMatrix a) {
        double worst = 0;
        for (int j = 0; j < a.columns(); j++) {
            double sum = 0;
            for (int i = 0; i < a.rows(); i++) {
                sum += Math.hypot(a.re(i, j), a.im(i, j));
            }
            worst = Math.max(worst, sum);
        }
        return worst;
    }
}
