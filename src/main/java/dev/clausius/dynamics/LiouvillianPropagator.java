package dev.clausius.dynamics;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.MatrixExponential;
import dev.clausius.linalg.MatrixProducts;

/**
 * vec(rho(t)) = exp(L t) vec(rho(0)), exact at any t (no step error). A cursor remembers the
 * last state: a request one grid step after it costs one matrix-vector product with the cached
 * P = exp(L h); any other t is computed directly from rho(0) with one exponential, so times can be
 * asked for in any order. A step that is asked for twice in a row (another grid, such as a
 * {@code --dt} override) becomes the cached step. Holds buffers: one thread at a time.
 */
final class LiouvillianPropagator {
    private final ComplexMatrix liouvillian;
    private final ComplexMatrix initial;
    private final int dimension;
    private final ComplexMatrix cursor;
    private final ComplexMatrix scratch;
    private double step;
    private ComplexMatrix stepPropagator;
    private double cursorTime;
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
        this.cursor = this.initial.copy();
        this.scratch = new ComplexMatrix(dimension * dimension, 1);
        cacheStep(gridStep);
    }

    private void cacheStep(double h) {
        step = h;
        stepPropagator = MatrixExponential.exp(liouvillian, h);
    }

    /** Writes rho(t) into rho (d x d), its Hermitian part: round-off anti-Hermitian parts removed. */
    void stateAt(double t, ComplexMatrix rho) {
        if (t != cursorTime) {
            advanceCursor(t);
        }
        for (int j = 0; j < dimension; j++) {
            for (int i = 0; i < dimension; i++) {
                rho.set(i, j, cursor.re(i + j * dimension, 0), cursor.im(i + j * dimension, 0));
            }
        }
    }

    private void advanceCursor(double t) {
        double advance = t - cursorTime;
        if (advance > 0 && isStep(advance, step, t)) {
            stepOnce();
        } else if (advance > 0 && isStep(advance, lastUncachedStep, t)) {
            cacheStep(advance);
            stepOnce();
        } else {
            lastUncachedStep = advance;
            MatrixProducts.multiply(MatrixExponential.exp(liouvillian, t), initial, scratch);
            cursor.assign(scratch);
            symmetrizeCursor();
        }
        cursorTime = t;
    }

    private void stepOnce() {
        MatrixProducts.multiply(stepPropagator, cursor, scratch);
        cursor.assign(scratch);
        symmetrizeCursor();
    }

    /**
     * True when advance is h up to the rounding of t_k = k dt (a product, so t_k - t_(k-1) differs
     * from dt by at most an ulp of t): propagating by exactly h then adds no error beyond round-off.
     */
    private static boolean isStep(double advance, double h, double t) {
        return Math.abs(advance - h) <= 4 * Math.ulp(Math.max(t, h));
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
