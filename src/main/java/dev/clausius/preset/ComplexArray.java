package dev.clausius.preset;

import java.util.Arrays;

/**
 * A complex square matrix as written in a preset: {"re": [[...]], "im": [[...]]} or a plain real
 * array. Row-major: re[row][column]. {@code im} has the same shape as {@code re} (zeros if absent).
 *
 * <p>Equality compares the entries (a record would compare the array references), so a preset
 * read back from a written file equals the original.
 */
public record ComplexArray(double[][] re, double[][] im) {
    public int size() {
        return re.length;
    }

    /** A real matrix: the imaginary part is all zeros. */
    public static ComplexArray real(double[][] re) {
        return new ComplexArray(re, new double[re.length][re.length == 0 ? 0 : re[0].length]);
    }

    /** True when some imaginary entry is not zero. */
    public boolean hasImaginaryPart() {
        for (double[] row : im) {
            for (double x : row) {
                if (x != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComplexArray that
                && Arrays.deepEquals(re, that.re) && Arrays.deepEquals(im, that.im);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(re) + Arrays.deepHashCode(im);
    }

    @Override
    public String toString() {
        return "ComplexArray[re=" + Arrays.deepToString(re) + ", im=" + Arrays.deepToString(im) + "]";
    }
}
