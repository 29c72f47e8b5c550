package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;
import java.util.Optional;
import java.util.function.Function;

/**
 * One quantum subsystem: its Hamiltonian and its named operators (docs/conventions.md, subsystem kinds).
 * Operators are looked up by name and may be built on demand (a 10-spin bath has hundreds).
 *
 * @param sites number of {@code [k]}-indexed sites (spins kind), 0 otherwise
 */
public record Subsystem(String kind, int dimension, ComplexMatrix hamiltonian,
                        Function<String, Optional<ComplexMatrix>> operatorLookup, int sites) {

    /** The operator called name, or an IllegalArgumentException naming it. */
    public ComplexMatrix operator(String name) {
        if ("id".equals(name)) {
            return ComplexMatrix.identity(dimension);
        }
        return operatorLookup.apply(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown operator \"" + name + "\" for " + kind));
    }

    public boolean hasOperator(String name) {
        return "id".equals(name) || operatorLookup.apply(name).isPresent();
    }
}
