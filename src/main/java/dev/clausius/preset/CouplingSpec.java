package dev.clausius.preset;

import java.util.List;

/** The coupling V of a closed-mode preset: a list of terms or one full matrix. */
public sealed interface CouplingSpec {

    /** V = sum g (A (x) B) (+ h.c. where hc is true). */
    record Terms(List<Term> terms) implements CouplingSpec {
    }

    /** V given as a full dim(A)*dim(B) matrix. */
    record FullMatrix(ComplexArray v) implements CouplingSpec {
    }

    /**
     * One term g (A (x) B). With a spread, each k of an {@code [*]} operator gets
     * g_k = g (1 + spread u_k), u_k uniform in [-1, 1] from the generator seeded with {@code seed}.
     *
     * @param spread 0 when absent
     * @param seed   0 when absent
     */
    record Term(ComplexValue g, String operatorA, String operatorB, boolean hermitianConjugate,
                double spread, long seed) {
    }
}
