package dev.clausius.preset;

/** A complex number as written in a preset: a plain number or {"re": x, "im": y}. */
public record ComplexValue(double re, double im) {
    public static ComplexValue real(double re) {
        return new ComplexValue(re, 0.0);
    }
}
