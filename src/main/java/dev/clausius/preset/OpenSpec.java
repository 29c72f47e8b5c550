package dev.clausius.preset;

import java.util.List;

/** Open mode: A in contact with a Markovian bath at temperatures.B. */
public record OpenSpec(double gamma, String operator, List<Jump> jumps) {

    /** An extra jump operator: a name of A's operators, or a matrix (exactly one is non-null). */
    public record Jump(String operator, ComplexArray matrix, double rate) {
    }
}
