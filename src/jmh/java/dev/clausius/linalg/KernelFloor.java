package dev.clausius.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The BLAS/LAPACK calls one closed frame makes, replayed with nothing around them: for each
 * invariant block of size m two products (dgemm on the real (2m x m) view for a real H, else zgemm),
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
            if (realH) {
                RealMatrix w = new RealMatrix(m);
                for (int j = 0; j < m; j++) {
                    for (int i = 0; i < m; i++) {
                        w.set(i, j, random.nextGaussian());
                    }
                }
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
