package dev.clausius.preset;

/** The output grid t = k dt, k = 0..round(end/dt). {@code end} is NaN in engine mode when left out. */
public record TimeSpec(double dt, double end) {
}
