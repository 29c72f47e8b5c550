package dev.clausius.dynamics.lindblad;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.linalg.MatrixProducts;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lindblad generator of paper Eqs. 7-8, rho_dot = -i[H, rho] + D(rho) with
 * D(rho) = sum_k r_k (L_k rho L_k^dag - 1/2 {L_k^dag L_k, rho}).
 *
 * <p>Written as rho_dot = G rho + rho G^dag + sum_k M_k rho M_k^dag with M_k = sqrt(r_k) L_k and
 * G = -i H - K/2, K = sum_k M_k^dag M_k, so that one application is 2 + 2 n_jumps products
 * into preallocated buffers and nothing is allocated per call. Holds a work buffer: one thread at a time.
 */
public final class LindbladGenerator {
    private final int dimension;
    private final ComplexMatrix hamiltonian;
    private final List<JumpOperator> jumps;
    private final List<ComplexMatrix> scaledJumps;
    /** G = -i H - K/2: the coherent part together with the anticommutator term. */
    private final ComplexMatrix effective;
    /** -K/2: the anticommutator term alone (the dissipator without H). */
    private final ComplexMatrix halfDecay;
    private final ComplexMatrix work;

    public LindbladGenerator(ComplexMatrix hamiltonian, List<JumpOperator> jumps) {
        if (!hamiltonian.isSquare()) {
            throw new IllegalArgumentException("H must be square");
        }
        this.dimension = hamiltonian.rows();
        this.hamiltonian = hamiltonian.copy();
        this.jumps = List.copyOf(jumps);
        List<ComplexMatrix> scaled = new ArrayList<>();
        ComplexMatrix decay = ComplexMatrix.zeros(dimension);
        for (JumpOperator jump : this.jumps) {
            if (jump.operator().rows() != dimension) {
                throw new IllegalArgumentException("jump operator is " + jump.operator().rows() + " x "
                        + jump.operator().rows() + " but H is " + dimension + " x " + dimension);
            }
            ComplexMatrix m = jump.operator().scaled(Math.sqrt(jump.rate()));
            scaled.add(m);
            decay = decay.plus(m.adjoint().times(m));
        }
        this.scaledJumps = List.copyOf(scaled);
        // K is Hermitian by construction; its Hermitian part removes the products' round-off
        this.halfDecay = decay.hermitianPart().scaled(-0.5);
        this.effective = this.hamiltonian.hermitianPart().scaled(new Complex(0, -1))
                .plus(halfDecay);
        this.work = ComplexMatrix.zeros(dimension);
    }

    public int dimension() {
        return dimension;
    }

    /** The Hamiltonian (a copy was taken at construction; do not modify). */
    public ComplexMatrix hamiltonian() {
        return hamiltonian;
    }

    public List<JumpOperator> jumps() {
        return jumps;
    }

    /** out = -i[H, rho] + D(rho), paper Eqs. 7-8. out must not be rho. */
    public void apply(ComplexMatrix rho, ComplexMatrix out) {
        applyWith(effective, rho, out);
    }

    /** out = D(rho) = sum_k r_k (L rho L^dag - 1/2 {L^dag L, rho}), paper Eq. 8. out must not be rho. */
    public void dissipator(ComplexMatrix rho, ComplexMatrix out) {
        applyWith(halfDecay, rho, out);
    }

    /** out = g rho + rho g^dag + sum_k M_k rho M_k^dag. */
    private void applyWith(ComplexMatrix g, ComplexMatrix rho, ComplexMatrix out) {
        if (rho.rows() != dimension || !rho.isSquare() || out == rho) {
            throw new IllegalArgumentException("needs a " + dimension + " x " + dimension + " rho and a distinct out");
        }
        MatrixProducts.multiply(g, rho, out);
        MatrixProducts.multiplyAdjointAdd(rho, g, out);
        for (ComplexMatrix m : scaledJumps) {
            MatrixProducts.multiply(m, rho, work);
            MatrixProducts.multiplyAdjointAdd(work, m, out);
        }
    }

    /**
     * The d^2 x d^2 Liouvillian acting on the column-stacked vec(rho) (index i + j d, the layout
     * of ComplexMatrix): vec(A X B) = (B^T (x) A) vec(X), so
     * L = 1 (x) G + conj(G) (x) 1 + sum_k conj(M_k) (x) M_k.
     */
    public ComplexMatrix superoperator() {
        ComplexMatrix identity = ComplexMatrix.identity(dimension);
        ComplexMatrix liouvillian = identity.kron(effective).plus(conjugate(effective).kron(identity));
        for (ComplexMatrix m : scaledJumps) {
            liouvillian = liouvillian.plus(conjugate(m).kron(m));
        }
        return liouvillian;
    }

    private static ComplexMatrix conjugate(ComplexMatrix a) {
        ComplexMatrix c = new ComplexMatrix(a.rows(), a.columns());
        for (int j = 0; j < a.columns(); j++) {
            for (int i = 0; i < a.rows(); i++) {
                c.set(i, j, a.re(i, j), -a.im(i, j));
            }
        }
        return c;
    }
}
