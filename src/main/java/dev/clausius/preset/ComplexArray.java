package dev.clausius.preset;

/**
 * A complex square matrix as written in a preset: {"re": [[...]], "im": [[...]]} or a plain real
 * array. Row-major: re[row][column]. {@code im} has the same shape as {@code re} (zeros if absent).
 */
public record ComplexArray(double[][] re, double[][] im) {
    public int size() {
        return re.length;
    }
}
