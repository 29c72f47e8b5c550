package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.MatrixExponential;
import dev.clausius.linalg.MatrixProducts;

/**
 * vec(rho(t)) = exp(L t) vec(rho(0)), exact at any t (no step error). With P = exp(L h) cached
 * for the grid step h, a grid time k h is reached by matrix-vector products from the cursor (the
 * last state) or from rho(0), as long as that takes fewer products than one exponential costs;
 * any other t takes one exponential applied to rho(0) directly. Grid frames therefore come out the
 * same whatever order they are asked in, and scrubbing costs little. A step asked for twice in a
 * row off the grid (another grid, such as a {@code --dt} override) becomes the cached step.
 * Holds buffers: one thread at a time.
 */
final class LiouvillianPropagator {
    private final ComplexMatrix liouvillian;
    private final ComplexMatrix initial;
    private final int dimension;
    /** One exponential of the d^2 x d^2 L costs about 10 d^2 products with a vector; stay well below. */
    private final long mostSteps;
    private final ComplexMatrix cursor;
    private final ComplexMatrix scratch;
    private double step;
    private ComplexMatrix stepPropagator;
    private double cursorTime;
    /** The cursor's grid index k (cursorTime = k h), or -1 when it is off the grid. */
    private long cursorIndex;
    private double lastUncachedStep = Double.NaN;

    /**
     * @param liouvillian the d^2 x d^2 superoperator on column-stacked vectors
     * @param initial     rho(0), d x d
     * @param gridStep    the step to cache first (the preset's dt)
     */
    LiouvillianPropagator(ComplexMatrix liouvillian, ComplexMatrix initial, double gridStep) {
        this.dimension = initial.rows();
        this.liouvillian = liouvillian;
        this.initial = new ComplexMatrix(dimension * dimension, 1);
        for (int j = 0; j < dimension; j++) {
            for (int i = 0; i < dimension; i++) {
                this.initial.set(i + j * dimension, 0, initial.re(i, j), initial.im(i, j));
            }
        }
        this.mostSteps = Math.max(16, 2L * dimension * dimension);
        this.cursor = this.initial.copy();
        this.scratch = new ComplexMatrix(dimension * dimension, 1);
        cacheStep(gridStep);
    }

    private void cacheStep(double h) {
        step = h;
        stepPropagator = MatrixExponential.exp(liouvillian, h);
        cursorIndex = gridIndex(cursorTime);
    }

    /** Writes rho(t) into rho (d x d); the state is kept Hermitian (round-off anti-Hermitian parts removed). */
    void stateAt(double t, ComplexMatrix rho) {
        if (t != cursorTime) {
            moveCursor(t);
        }
        for (int j = 0; j < dimension; j++) {
            for (int i = 0; i < dimension; i++) {
                rho.set(i, j, cursor.re(i + j * dimension, 0), cursor.im(i + j * dimension, 0));
            }
        }
    }

    private void moveCursor(double t) {
        double advance = t - cursorTime;
        long k = gridIndex(t);
        if (k < 0 && advance > 0 && isStep(advance, lastUncachedStep, t)) {
            cacheStep(advance);
            k = gridIndex(t);
        }
        if (k >= 0 && cursorIndex >= 0 && k >= cursorIndex && k - cursorIndex <= mostSteps) {
            stepTimes(k - cursorIndex);
        } else if (k >= 0 && k <= mostSteps) {
            cursor.assign(initial);
            stepTimes(k);
        } else if (k < 0 && advance > 0 && isStep(advance, step, t)) {
            stepTimes(1); // one grid step from an off-grid cursor
        } else {
            lastUncachedStep = advance;
            MatrixProducts.multiply(MatrixExponential.exp(liouvillian, t), initial, scratch);
            cursor.assign(scratch);
            symmetrizeCursor();
        }
        cursorIndex = k;
        cursorTime = t;
    }

    private void stepTimes(long count) {
        for (long n = 0; n < count; n++) {
            MatrixProducts.multiply(stepPropagator, cursor, scratch);
            cursor.assign(scratch);
            symmetrizeCursor();
        }
    }

    /** k when t is the grid time k h (up to the rounding of the product k h), else -1. */
    private long gridIndex(double t) {
        double k = Math.rint(t / step);
        return k >= 0 && k < Long.MAX_VALUE / 2 && isStep(t, k * step, t) ? (long) k : -1;
    }

    /**
     * True when a equals b up to the rounding of t_k = k dt (a product: it differs from the exact
     * k dt by at most an ulp of t): propagating by exactly h then adds no error beyond round-off.
     */
    private static boolean isStep(double a, double b, double t) {
        return Math.abs(a - b) <= 4 * Math.ulp(Math.max(Math.abs(t), Math.abs(b)));
    }

    /** L maps Hermitian to Hermitian; keeping the cursor Hermitian stops round-off from accumulating there. */
    private void symmetrizeCursor() {
        for (int j = 0; j < dimension; j++) {
            for (int i = 0; i <= j; i++) {
                int ij = i + j * dimension;
                int ji = j + i * dimension;
                double re = 0.5 * (cursor.re(ij, 0) + cursor.re(ji, 0));
                double im = 0.5 * (cursor.im(ij, 0) - cursor.im(ji, 0));
                cursor.set(ij, 0, re, im);
                cursor.set(ji, 0, re, -im);
            }
        }
    }
}
