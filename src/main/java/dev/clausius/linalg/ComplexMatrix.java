package dev.clausius.linalg;

import org.bytedeco.javacpp.DoublePointer;

/**
 * A dense complex matrix held in an ND4J array: interleaved (re, im) pairs in column-major
 * (Fortran) order, the layout OpenBLAS's zgemm and LAPACKE's zheevd read with no copy.
 * Element (i, j) sits at 2 (i + j rows). Mutable: the evolvers reuse buffers across frames.
 */
public final class ComplexMatrix {
    private final int rows;
    private final int columns;
    private final Storage storage;

    public ComplexMatrix(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("matrix size must be positive, got " + rows + " x " + columns);
        }
        this.rows = rows;
        this.columns = columns;
        this.storage = new Storage(2L * rows * columns);
    }

    /** An n x n zero matrix. */
    public static ComplexMatrix zeros(int n) {
        return new ComplexMatrix(n, n);
    }

    public static ComplexMatrix identity(int n) {
        ComplexMatrix m = zeros(n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 1, 0);
        }
        return m;
    }

    /** From row-major arrays re[i][j], im[i][j] ({@code im} may be null: all zeros). */
    public static ComplexMatrix of(double[][] re, double[][] im) {
        ComplexMatrix m = new ComplexMatrix(re.length, re[0].length);
        for (int i = 0; i < m.rows; i++) {
            for (int j = 0; j < m.columns; j++) {
                m.set(i, j, re[i][j], im == null ? 0 : im[i][j]);
            }
        }
        return m;
    }

    /** A real diagonal matrix. */
    public static ComplexMatrix diagonal(double... entries) {
        ComplexMatrix m = zeros(entries.length);
        for (int i = 0; i < entries.length; i++) {
            m.set(i, i, entries[i], 0);
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public boolean isSquare() {
        return rows == columns;
    }

    long offset(int i, int j) {
        return 2L * (i + (long) j * rows);
    }

    public double re(int i, int j) {
        return storage.get(offset(i, j));
    }

    public double im(int i, int j) {
        return storage.get(offset(i, j) + 1);
    }

    public Complex get(int i, int j) {
        long o = offset(i, j);
        return new Complex(storage.get(o), storage.get(o + 1));
    }

    public void set(int i, int j, double re, double im) {
        long o = offset(i, j);
        storage.put(o, re);
        storage.put(o + 1, im);
    }

    public void add(int i, int j, double re, double im) {
        long o = offset(i, j);
        storage.put(o, storage.get(o) + re);
        storage.put(o + 1, storage.get(o + 1) + im);
    }

    /** Raw element access by flat index into the interleaved buffer (for tight loops in this package). */
    double raw(long k) {
        return storage.get(k);
    }

    void putRaw(long k, double value) {
        storage.put(k, value);
    }

    long length() {
        return 2L * rows * columns;
    }

    /** Copies the interleaved column-major buffer into {@code to} (length 2 rows columns) in one native copy. */
    void copyTo(double[] to) {
        storage.pointer().get(to, 0, (int) length());
    }

    /** Overwrites this matrix from an interleaved column-major array (length 2 rows columns). */
    void copyFrom(double[] from) {
        storage.pointer().put(from, 0, (int) length());
    }

    DoublePointer pointer() {
        return storage.pointer();
    }

    Storage storage() {
        return storage;
    }

    private void requireSameShape(ComplexMatrix o) {
        if (o.rows != rows || o.columns != columns) {
            throw new IllegalArgumentException("shape mismatch: " + rows + "x" + columns + " vs " + o.rows + "x" + o.columns);
        }
    }

    public ComplexMatrix copy() {
        ComplexMatrix c = new ComplexMatrix(rows, columns);
        c.storage.array().assign(storage.array());
        return c;
    }

    /** Copies o's elements into this matrix (same shape). */
    public void assign(ComplexMatrix o) {
        requireSameShape(o);
        storage.array().assign(o.storage.array());
    }

    public ComplexMatrix plus(ComplexMatrix o) {
        requireSameShape(o);
        ComplexMatrix c = copy();
        c.storage.array().addi(o.storage.array());
        return c;
    }

    public ComplexMatrix minus(ComplexMatrix o) {
        requireSameShape(o);
        ComplexMatrix c = copy();
        c.storage.array().subi(o.storage.array());
        return c;
    }

    /** this += x o, in place (real x). */
    public void addScaled(double x, ComplexMatrix o) {
        requireSameShape(o);
        long n = length();
        for (long k = 0; k < n; k++) {
            storage.put(k, storage.get(k) + x * o.storage.get(k));
        }
    }

    /** z * this. */
    public ComplexMatrix scaled(Complex z) {
        ComplexMatrix c = new ComplexMatrix(rows, columns);
        long n = length();
        for (long k = 0; k < n; k += 2) {
            double a = storage.get(k);
            double b = storage.get(k + 1);
            c.storage.put(k, z.re() * a - z.im() * b);
            c.storage.put(k + 1, z.re() * b + z.im() * a);
        }
        return c;
    }

    public ComplexMatrix scaled(double x) {
        return scaled(new Complex(x, 0));
    }

    /** this * o, by zgemm. */
    public ComplexMatrix times(ComplexMatrix o) {
        ComplexMatrix c = new ComplexMatrix(rows, o.columns);
        Blas.multiply(this, false, o, false, c);
        return c;
    }

    /** The conjugate transpose. */
    public ComplexMatrix adjoint() {
        ComplexMatrix c = new ComplexMatrix(columns, rows);
        adjointInto(c);
        return c;
    }

    /** Writes the conjugate transpose into {@code out} (columns x rows, not this). */
    public void adjointInto(ComplexMatrix out) {
        if (out.rows != columns || out.columns != rows || out == this) {
            throw new IllegalArgumentException("adjoint needs a distinct " + columns + "x" + rows + " target");
        }
        // tile by tile, so that the rows written stay in cache while a tile's columns are read
        for (int j0 = 0; j0 < columns; j0 += TILE) {
            for (int i0 = 0; i0 < rows; i0 += TILE) {
                for (int j = j0; j < Math.min(j0 + TILE, columns); j++) {
                    for (int i = i0; i < Math.min(i0 + TILE, rows); i++) {
                        long o = offset(i, j);
                        long t = out.offset(j, i);
                        out.storage.put(t, storage.get(o));
                        out.storage.put(t + 1, -storage.get(o + 1));
                    }
                }
            }
        }
    }

    /**
     * out = -i (this - this^dag), tile by tile like {@link #adjointInto}: with this = tr_X(H rho) it is
     * the reduced rho_dot_X of rho_dot = -i[H, rho] (docs/conventions.md). out must not be this.
     */
    public void minusITimesAntiHermitianPartInto(ComplexMatrix out) {
        if (!isSquare() || out.rows != rows || out.columns != columns || out == this) {
            throw new IllegalArgumentException("needs a distinct square target of size " + rows);
        }
        for (int j0 = 0; j0 < columns; j0 += TILE) {
            for (int i0 = 0; i0 < rows; i0 += TILE) {
                for (int j = j0; j < Math.min(j0 + TILE, columns); j++) {
                    for (int i = i0; i < Math.min(i0 + TILE, rows); i++) {
                        long ij = offset(i, j);
                        long ji = offset(j, i);
                        out.storage.put(ij, storage.get(ij + 1) + storage.get(ji + 1));
                        out.storage.put(ij + 1, storage.get(ji) - storage.get(ij));
                    }
                }
            }
        }
    }

    /** Tile side of the transposing loops. */
    private static final int TILE = 16;

    public Complex trace() {
        double re = 0;
        double im = 0;
        for (int i = 0; i < Math.min(rows, columns); i++) {
            long o = offset(i, i);
            re += storage.get(o);
            im += storage.get(o + 1);
        }
        return new Complex(re, im);
    }

    /** tr(this * o) without forming the product: sum_ij this_ij o_ji. */
    public Complex traceOfProduct(ComplexMatrix o) {
        if (o.rows != columns || o.columns != rows) {
            throw new IllegalArgumentException("tr(AB) needs B of shape " + columns + "x" + rows);
        }
        double re = 0;
        double im = 0;
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                long a = offset(i, j);
                long b = o.offset(j, i);
                double ar = storage.get(a);
                double ai = storage.get(a + 1);
                double br = o.storage.get(b);
                double bi = o.storage.get(b + 1);
                re += ar * br - ai * bi;
                im += ar * bi + ai * br;
            }
        }
        return new Complex(re, im);
    }

    /** The Kronecker product this (x) o, this's index major. */
    public ComplexMatrix kron(ComplexMatrix o) {
        ComplexMatrix c = new ComplexMatrix(rows * o.rows, columns * o.columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double ar = re(i, j);
                double ai = im(i, j);
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int k = 0; k < o.rows; k++) {
                    for (int l = 0; l < o.columns; l++) {
                        double br = o.re(k, l);
                        double bi = o.im(k, l);
                        c.set(i * o.rows + k, j * o.columns + l, ar * br - ai * bi, ar * bi + ai * br);
                    }
                }
            }
        }
        return c;
    }

    /** Largest |a_ij - conj(a_ji)|: zero for a Hermitian matrix. */
    public double hermiticityError() {
        // squared sizes, one square root at the end: the explorer checks every frame (D^2 / 2 entries)
        double worst = 0;
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i <= j && i < rows; i++) {
                double dr = re(i, j) - re(j, i);
                double di = im(i, j) + im(j, i);
                double size = dr * dr + di * di;
                if (!(size <= worst)) {
                    worst = size; // NaN stays: a broken state must not look Hermitian
                }
            }
        }
        return Math.sqrt(worst);
    }

    /** Largest |a_ij|. */
    public double maxAbs() {
        double worst = 0;
        long n = length();
        for (long k = 0; k < n; k += 2) {
            worst = Math.max(worst, Math.hypot(storage.get(k), storage.get(k + 1)));
        }
        return worst;
    }

    /** True when every imaginary part is exactly zero. */
    public boolean isReal() {
        long n = length();
        for (long k = 1; k < n; k += 2) {
            if (storage.get(k) != 0) {
                return false;
            }
        }
        return true;
    }

    /** (this + this^dag)/2: removes round-off anti-Hermitian parts before an eigen-solve. */
    public ComplexMatrix hermitianPart() {
        requireSquare();
        ComplexMatrix c = new ComplexMatrix(rows, columns);
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i <= j; i++) {
                double r = 0.5 * (re(i, j) + re(j, i));
                double m = 0.5 * (im(i, j) - im(j, i));
                c.set(i, j, r, m);
                c.set(j, i, r, -m);
            }
        }
        return c;
    }

    private void requireSquare() {
        if (!isSquare()) {
            throw new IllegalArgumentException("needs a square matrix, got " + rows + "x" + columns);
        }
    }

    /** Row-major copies (re, im), for tests and for code outside the hot paths. */
    public double[][][] toArrays() {
        double[][] re = new double[rows][columns];
        double[][] im = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                re[i][j] = re(i, j);
                im[i][j] = im(i, j);
            }
        }
        return new double[][][] {re, im};
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                s.append(String.format("%+.4f%+.4fi ", re(i, j), im(i, j)));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
