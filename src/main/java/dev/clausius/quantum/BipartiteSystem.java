package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;

/**
 * A and B coupled by V: H = H_A (x) 1 + 1 (x) H_B + V, starting from
 * rho(0) = gamma_A(T_A) (x) gamma_B(T_B) (docs/conventions.md, temperatures).
 */
public record BipartiteSystem(Subsystem a, Subsystem b, ComplexMatrix coupling,
                              double temperatureA, double temperatureB) {

    public BipartiteSystem {
        int d = a.dimension() * b.dimension();
        if (coupling.rows() != d || coupling.columns() != d) {
            throw new IllegalArgumentException("coupling is " + coupling.rows() + "x" + coupling.columns()
                    + ", expected " + d + "x" + d);
        }
    }

    public int dimension() {
        return a.dimension() * b.dimension();
    }

    /** The total Hamiltonian. */
    public ComplexMatrix hamiltonian() {
        ComplexMatrix h = a.hamiltonian().kron(ComplexMatrix.identity(b.dimension()));
        ComplexMatrix hb = ComplexMatrix.identity(a.dimension()).kron(b.hamiltonian());
        return h.plus(hb).plus(coupling);
    }

    public ComplexMatrix initialStateA() {
        return GibbsState.of(a.hamiltonian(), temperatureA);
    }

    public ComplexMatrix initialStateB() {
        return GibbsState.of(b.hamiltonian(), temperatureB);
    }

    public ComplexMatrix initialState() {
        return initialStateA().kron(initialStateB());
    }
}
