package dev.clausius.linalg;

import java.util.Arrays;

/**
 * Eigenvalues of a small Hermitian matrix by cyclic complex Jacobi rotations, in plain Java
 * arrays. The explorer asks for the full spectrum of rho at every frame of a small system (the
 * live S_AB check); through LAPACK each call allocated native work buffers whose deallocation
 * references filled the young generation and stretched GC pauses past a 16 ms pulse
 * (decision 0010). Jacobi is backward stable: the eigenvalues are exact for a matrix within a few
 * ulps of ||A|| of the input, as LAPACK's are.
 */
final class JacobiEigenvalues {
    /** Sizes up to this go through Jacobi; larger ones through zheevd (O(n^3) per sweep). */
    static final int LIMIT = 16;
    private static final int MAX_SWEEPS = 60;

    private JacobiEigenvalues() {
    }

    /**
     * The eigenvalues, ascending, of the Hermitian matrix (re + i im), which is overwritten.
     * Only its Hermitian part is used: callers pass it symmetrized.
     */
    static double[] of(double[][] re, double[][] im) {
        int n = re.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.hypot(re[i][j], im[i][j]));
            }
        }
        // below this an off-diagonal element moves no eigenvalue by more than round-off
        double tiny = 4 * Math.ulp(1.0) * Math.max(scale, Double.MIN_NORMAL);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(re, im) > tiny; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(re, im, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = re[i][i];
        }
        Arrays.sort(values);
        return values;
    }

    private static double offDiagonal(double[][] re, double[][] im) {
        double largest = 0;
        for (int i = 0; i < re.length; i++) {
            for (int j = i + 1; j < re.length; j++) {
                largest = Math.max(largest, Math.hypot(re[i][j], im[i][j]));
            }
        }
        return largest;
    }

    /**
     * A <- J^dag A J with J = diag(1, e^{-i phi}) R on rows/columns p, q, where a_pq = |a_pq| e^{i phi}
     * and R the real Jacobi rotation that zeroes the now real off-diagonal element.
     */
    private static void rotate(double[][] re, double[][] im, int p, int q) {
        double magnitude = Math.hypot(re[p][q], im[p][q]);
        if (magnitude == 0) {
            return;
        }
        double cosPhi = re[p][q] / magnitude;
        double sinPhi = im[p][q] / magnitude;
        double theta = (re[q][q] - re[p][p]) / (2 * magnitude);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = re.length;
        // columns: a_kp' = c a_kp - s e^{-i phi} a_kq,  a_kq' = s a_kp + c e^{-i phi} a_kq
        for (int k = 0; k < n; k++) {
            double pr = re[k][p];
            double pi = im[k][p];
            double qr = re[k][q] * cosPhi + im[k][q] * sinPhi; // e^{-i phi} a_kq
            double qi = im[k][q] * cosPhi - re[k][q] * sinPhi;
            re[k][p] = c * pr - s * qr;
            im[k][p] = c * pi - s * qi;
            re[k][q] = s * pr + c * qr;
            im[k][q] = s * pi + c * qi;
        }
        // rows: a_pk'' = c a_pk' - s e^{i phi} a_qk',  a_qk'' = s a_pk' + c e^{i phi} a_qk'
        for (int k = 0; k < n; k++) {
            double pr = re[p][k];
            double pi = im[p][k];
            double qr = re[q][k] * cosPhi - im[q][k] * sinPhi; // e^{i phi} a_qk
            double qi = im[q][k] * cosPhi + re[q][k] * sinPhi;
            re[p][k] = c * pr - s * qr;
            im[p][k] = c * pi - s * qi;
            re[q][k] = s * pr + c * qr;
            im[q][k] = s * pi + c * qi;
        }
        // exact zeros where the rotation put them, and real diagonal entries
        re[p][q] = 0;
        im[p][q] = 0;
        re[q][p] = 0;
        im[q][p] = 0;
        im[p][p] = 0;
        im[q][q] = 0;
    }
}
