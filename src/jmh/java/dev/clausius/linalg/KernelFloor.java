package dev.clausius.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The BLAS/LAPACK calls one closed frame makes, replayed with nothing around them: for each
 * invariant block of size m the products of its evolution (for a real H: with several blocks the
 * three dgemm of SplitRealEvolution, with one the two on the real (2m x m) view; else two zgemm),
 * for each block of rho_B one zheevd with vectors and one zgemm (dS_B), for each block of rho_A one
 * zheevd and three zgemm (dS_A and the Eq. 10-12 split). Its time is the frame's kernel floor.
 */
public final class KernelFloor {
    private final List<Runnable> calls = new ArrayList<>();
    private final Random random = new Random(5);

    /**
     * @param full      the invariant blocks of the state
     * @param reducedA  the blocks of rho_A
     * @param reducedB  the blocks of rho_B
     * @param realH     whether H (so the eigenvectors) is real
     */
    public KernelFloor(IndexBlocks full, IndexBlocks reducedA, IndexBlocks reducedB, boolean realH) {
        for (int k = 0; k < full.count(); k++) {
            int m = full.size(k);
            ComplexMatrix x = hermitian(m);
            ComplexMatrix out = ComplexMatrix.zeros(m);
            if (realH && full.count() > 1) {
                addSplit(m);
            } else if (realH) {
                RealMatrix w = randomReal(m);
                calls.add(() -> Blas.multiplyByReal(x, w, true, out));
                calls.add(() -> Blas.multiplyByReal(x, w, true, out));
            } else {
                calls.add(() -> Blas.multiply(x, false, x, false, out));
                calls.add(() -> Blas.multiply(x, false, x, true, out));
            }
        }
        addReduced(reducedB, 1);
        addReduced(reducedA, 3);
    }

    /** SplitRealEvolution's three dgemm: Z = X W^T on the 2m x m stack, then (Re Z)^T W^T and -(Im Z)^T W^T. */
    private void addSplit(int m) {
        RealMatrix w = randomReal(m);
        Storage stack = new Storage(2L * m * m);
        Storage product = new Storage(2L * m * m);
        Storage state = new Storage(2L * m * m);
        for (long i = 0; i < 2L * m * m; i++) {
            stack.put(i, random.nextGaussian());
        }
        var productImaginary = product.pointerAt(m);
        var stateImaginary = state.pointerAt(m);
        calls.add(() -> Blas.multiplyReal(false, true, 2 * m, m, m, 1, stack.pointer(), 2 * m, w.pointer(), m,
                product.pointer(), 2 * m));
        calls.add(() -> Blas.multiplyReal(true, true, m, m, m, 1, product.pointer(), 2 * m, w.pointer(), m,
                state.pointer(), 2 * m));
        calls.add(() -> Blas.multiplyReal(true, true, m, m, m, -1, productImaginary, 2 * m, w.pointer(), m,
                stateImaginary, 2 * m));
    }

    private RealMatrix randomReal(int m) {
        RealMatrix w = new RealMatrix(m);
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                w.set(i, j, random.nextGaussian());
            }
        }
        return w;
    }

    private void addReduced(IndexBlocks blocks, int products) {
        for (int k = 0; k < blocks.count(); k++) {
            int m = blocks.size(k);
            ComplexMatrix rho = hermitian(m);
            ComplexMatrix out = ComplexMatrix.zeros(m);
            HermitianEigensolver solver = new HermitianEigensolver(m);
            calls.add(() -> solver.solve(rho));
            for (int p = 0; p < products; p++) {
                calls.add(() -> Blas.multiply(rho, false, solver.vectors(), false, out));
            }
        }
    }

    private ComplexMatrix hermitian(int n) {
        ComplexMatrix m = ComplexMatrix.zeros(n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                double re = random.nextGaussian();
                double im = i == j ? 0 : random.nextGaussian();
                m.set(i, j, re, im);
                m.set(j, i, re, -im);
            }
        }
        return m;
    }

    /** Makes every call once. */
    public void run() {
        for (Runnable call : calls) {
            call.run();
        }
    }
}
