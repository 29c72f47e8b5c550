package dev.clausius.quantum;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;

/** Builds couplings V = sum g (A (x) B) (+ h.c.) term by term. */
public final class Coupling {
    private final Subsystem a;
    private final Subsystem b;
    private ComplexMatrix v;

    public Coupling(Subsystem a, Subsystem b) {
        this.a = a;
        this.b = b;
        this.v = ComplexMatrix.zeros(a.dimension() * b.dimension());
    }

    /** Adds g (opA (x) opB), and its Hermitian conjugate when hermitianConjugate. */
    public Coupling add(Complex g, ComplexMatrix opA, ComplexMatrix opB, boolean hermitianConjugate) {
        ComplexMatrix term = opA.kron(opB).scaled(g);
        v = v.plus(term);
        if (hermitianConjugate) {
            v = v.plus(term.adjoint());
        }
        return this;
    }

    /** Adds a term by operator names (the names docs/conventions.md lists for each kind). */
    public Coupling add(Complex g, String opA, String opB, boolean hermitianConjugate) {
        return add(g, a.operator(opA), b.operator(opB), hermitianConjugate);
    }

    public ComplexMatrix matrix() {
        return v;
    }
}
