package dev.clausius.preset.optional;

/** The span a slider offers for one number of a preset ({@code "ranges"}: {@code [min, max]}, min < max). */
public record SliderRange(double min, double max) {
}
