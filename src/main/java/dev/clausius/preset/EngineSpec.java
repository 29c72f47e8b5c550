package dev.clausius.preset;

import java.util.List;

/** Engine mode: a working medium driven through strokes, cycles times. */
public record EngineSpec(SubsystemSpec medium, Bath hot, Bath cold, List<Stroke> strokes, int cycles) {

    public record Bath(double temperature, double gamma) {
    }

    /** omega moves linearly from omegaStart to omegaEnd; duration 0 is a sudden quench; bath null = isolated. */
    public record Stroke(String bath, double omegaStart, double omegaEnd, double duration) {
    }
}
