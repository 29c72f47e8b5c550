package dev.clausius.linalg;

/**
 * Change of basis to and from the eigenbasis of a Hermitian H = W diag(E) W^dag, and the exact
 * time evolution there (docs/conventions.md, closed evolution): rho~(t)_jk = rho~(0)_jk exp(-i (E_j - E_k) t),
 * rho(t) = W rho~(t) W^dag. With real W (real H) each product is one dgemm on the interleaved
 * buffer seen as a real (2n x n) matrix: half the flops of a zgemm.
 */
public final class EigenbasisTransform {
    private final HermitianEigen eigen;
    private final int n;
    private final ComplexMatrix work;
    private final ComplexMatrix workAdjoint;
    private final double[] cos;
    private final double[] sin;

    public EigenbasisTransform(HermitianEigen eigen) {
        this.eigen = eigen;
        this.n = eigen.size();
        this.work = ComplexMatrix.zeros(n);
        this.workAdjoint = ComplexMatrix.zeros(n);
        this.cos = new double[n];
        this.sin = new double[n];
    }

    public HermitianEigen eigen() {
        return eigen;
    }

    /** W^dag rho W, for a Hermitian rho (setup, not per frame). */
    public ComplexMatrix toEigenbasis(ComplexMatrix rho) {
        ComplexMatrix left = ComplexMatrix.zeros(n);
        ComplexMatrix out = ComplexMatrix.zeros(n);
        Blas.multiply(eigen.vectors(), true, rho, false, left);
        Blas.multiply(left, false, eigen.vectors(), false, out);
        return out;
    }

    /** out = W x W^dag for a Hermitian x given in the eigenbasis; out must not be x. */
    public void toStandardBasis(ComplexMatrix x, ComplexMatrix out) {
        if (eigen.hasRealVectors()) {
            RealMatrix w = eigen.realVectors();
            Blas.multiplyByReal(x, w, true, work);        // Z = x W^T
            work.adjointInto(workAdjoint);                // Z^dag = W x (x Hermitian)
            Blas.multiplyByReal(workAdjoint, w, true, out); // W x W^T
        } else {
            Blas.multiply(eigen.vectors(), false, x, false, work);
            Blas.multiply(work, false, eigen.vectors(), true, out);
        }
    }

    /** out_jk = x_jk exp(-i (E_j - E_k) t): exact evolution in the eigenbasis. */
    public void evolveInEigenbasis(ComplexMatrix x, double t, ComplexMatrix out) {
        Phases.of(eigen, t, cos, sin);
        for (int k = 0; k < n; k++) {
            double ck = cos[k];
            double sk = -sin[k];
            for (int j = 0; j < n; j++) {
                // a_j conj(a_k), a_j = exp(-i E_j t)
                double pr = cos[j] * ck - sin[j] * sk;
                double pi = cos[j] * sk + sin[j] * ck;
                long o = x.offset(j, k);
                double xr = x.raw(o);
                double xi = x.raw(o + 1);
                out.putRaw(o, xr * pr - xi * pi);
                out.putRaw(o + 1, xr * pi + xi * pr);
            }
        }
    }
}
