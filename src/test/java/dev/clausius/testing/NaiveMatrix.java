package dev.clausius.testing;

import dev.clausius.linalg.ComplexMatrix;
import java.util.Arrays;
import java.util.Random;

/**
 * A deliberately naive second implementation of the complex linear algebra (plain double[][],
 * textbook loops, Jacobi eigenvalues of the real embedding), used as an oracle for linalg.
 */
public final class NaiveMatrix {
    public final double[][] re;
    public final double[][] im;

    public NaiveMatrix(int rows, int columns) {
        re = new double[rows][columns];
        im = new double[rows][columns];
    }

    public NaiveMatrix(double[][] re, double[][] im) {
        this.re = re;
        this.im = im;
    }

    public static NaiveMatrix of(ComplexMatrix m) {
        double[][][] a = m.toArrays();
        return new NaiveMatrix(a[0], a[1]);
    }

    public ComplexMatrix toComplexMatrix() {
        return ComplexMatrix.of(re, im);
    }

    public static NaiveMatrix random(int n, Random random) {
        NaiveMatrix m = new NaiveMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.re[i][j] = random.nextGaussian();
                m.im[i][j] = random.nextGaussian();
            }
        }
        return m;
    }

    public static NaiveMatrix randomHermitian(int n, Random random) {
        NaiveMatrix m = random(n, random);
        return m.plus(m.adjoint()).scale(0.5);
    }

    /** A random density matrix (positive, trace 1, full rank). */
    public static NaiveMatrix randomDensity(int n, Random random) {
        NaiveMatrix g = random(n, random);
        NaiveMatrix rho = g.times(g.adjoint());
        return rho.scale(1 / rho.traceRe());
    }

    public static NaiveMatrix identity(int n) {
        NaiveMatrix m = new NaiveMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.re[i][i] = 1;
        }
        return m;
    }

    public int rows() {
        return re.length;
    }

    public int columns() {
        return re[0].length;
    }

    public NaiveMatrix times(NaiveMatrix o) {
        NaiveMatrix c = new NaiveMatrix(rows(), o.columns());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < o.columns(); j++) {
                for (int k = 0; k < columns(); k++) {
                    c.re[i][j] += re[i][k] * o.re[k][j] - im[i][k] * o.im[k][j];
                    c.im[i][j] += re[i][k] * o.im[k][j] + im[i][k] * o.re[k][j];
                }
            }
        }
        return c;
    }

    public NaiveMatrix plus(NaiveMatrix o) {
        NaiveMatrix c = new NaiveMatrix(rows(), columns());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                c.re[i][j] = re[i][j] + o.re[i][j];
                c.im[i][j] = im[i][j] + o.im[i][j];
            }
        }
        return c;
    }

    public NaiveMatrix minus(NaiveMatrix o) {
        return plus(o.scale(-1));
    }

    public NaiveMatrix scale(double x) {
        NaiveMatrix c = new NaiveMatrix(rows(), columns());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                c.re[i][j] = x * re[i][j];
                c.im[i][j] = x * im[i][j];
            }
        }
        return c;
    }

    /** multiplies by the complex number (a + ib). */
    public NaiveMatrix scale(double a, double b) {
        NaiveMatrix c = new NaiveMatrix(rows(), columns());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                c.re[i][j] = a * re[i][j] - b * im[i][j];
                c.im[i][j] = a * im[i][j] + b * re[i][j];
            }
        }
        return c;
    }

    public NaiveMatrix adjoint() {
        NaiveMatrix c = new NaiveMatrix(columns(), rows());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                c.re[j][i] = re[i][j];
                c.im[j][i] = -im[i][j];
            }
        }
        return c;
    }

    public double traceRe() {
        double t = 0;
        for (int i = 0; i < rows(); i++) {
            t += re[i][i];
        }
        return t;
    }

    public double traceIm() {
        double t = 0;
        for (int i = 0; i < rows(); i++) {
            t += im[i][i];
        }
        return t;
    }

    public NaiveMatrix kron(NaiveMatrix o) {
        NaiveMatrix c = new NaiveMatrix(rows() * o.rows(), columns() * o.columns());
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                NaiveMatrix block = o.scale(re[i][j], im[i][j]);
                for (int k = 0; k < o.rows(); k++) {
                    for (int l = 0; l < o.columns(); l++) {
                        c.re[i * o.rows() + k][j * o.columns() + l] = block.re[k][l];
                        c.im[i * o.rows() + k][j * o.columns() + l] = block.im[k][l];
                    }
                }
            }
        }
        return c;
    }

    /** tr_B as the textbook sum over basis states of B: sum_b (1 (x) <b|) X (1 (x) |b>). */
    public NaiveMatrix partialTraceOverB(int dA, int dB) {
        NaiveMatrix sum = new NaiveMatrix(dA, dA);
        for (int b = 0; b < dB; b++) {
            NaiveMatrix ket = identity(dA).kron(basisColumn(dB, b));
            sum = sum.plus(ket.adjoint().times(this).times(ket));
        }
        return sum;
    }

    public NaiveMatrix partialTraceOverA(int dA, int dB) {
        NaiveMatrix sum = new NaiveMatrix(dB, dB);
        for (int a = 0; a < dA; a++) {
            NaiveMatrix ket = basisColumn(dA, a).kron(identity(dB));
            sum = sum.plus(ket.adjoint().times(this).times(ket));
        }
        return sum;
    }

    private static NaiveMatrix basisColumn(int d, int k) {
        NaiveMatrix v = new NaiveMatrix(d, 1);
        v.re[k][0] = 1;
        return v;
    }

    /** Eigenvalues of a Hermitian matrix, ascending: Jacobi on the real embedding [[X, -Y], [Y, X]]. */
    public double[] hermitianEigenvalues() {
        int n = rows();
        double[][] a = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = re[i][j];
                a[i + n][j + n] = re[i][j];
                a[i][j + n] = -im[i][j];
                a[i + n][j] = im[i][j];
            }
        }
        double[] doubled = jacobiEigenvalues(a);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = doubled[2 * i]; // every eigenvalue appears twice in the embedding
        }
        return values;
    }

    private static double[] jacobiEigenvalues(double[][] a) {
        int n = a.length;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                }
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
        Arrays.sort(d);
        return d;
    }

    /** exp(z X) for complex z = (a + ib), by scaling and squaring a Taylor series. */
    public NaiveMatrix exp(double a, double b) {
        NaiveMatrix x = scale(a, b);
        double norm = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                norm = Math.max(norm, Math.hypot(x.re[i][j], x.im[i][j]) * rows());
            }
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm + 1e-300) / Math.log(2)) + 1);
        x = x.scale(Math.pow(2, -squarings));
        NaiveMatrix sum = identity(rows());
        NaiveMatrix term = identity(rows());
        for (int k = 1; k < 30; k++) {
            term = term.times(x).scale(1.0 / k);
            sum = sum.plus(term);
        }
        for (int s = 0; s < squarings; s++) {
            sum = sum.times(sum);
        }
        return sum;
    }

    public double maxAbsDifference(ComplexMatrix m) {
        double worst = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                worst = Math.max(worst, Math.hypot(re[i][j] - m.re(i, j), im[i][j] - m.im(i, j)));
            }
        }
        return worst;
    }
}
