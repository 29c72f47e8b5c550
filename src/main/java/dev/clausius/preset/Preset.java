package dev.clausius.preset;

/**
 * A validated preset file, format "clausius-preset" version 1 (docs/conventions.md). Temperatures are
 * {@code >= 0}; {@code "inf"} is {@link Double#POSITIVE_INFINITY}.
 *
 * @param subsystemB  null in open and engine mode
 * @param subsystemA  null in engine mode
 * @param coupling    closed mode only, else null
 * @param open        open mode only, else null
 * @param engine      engine mode only, else null
 * @param temperatureA NaN in engine mode
 * @param temperatureB NaN in engine mode; the bath temperature in open mode
 * @param classical   classical mode only (its bodies and contact), else null; A and B are then null
 */
public record Preset(String name, String description, Mode mode,
                     SubsystemSpec subsystemA, SubsystemSpec subsystemB,
                     double temperatureA, double temperatureB,
                     CouplingSpec coupling, OpenSpec open, EngineSpec engine,
                     TimeSpec time, ClassicalSpec classical) {

    /** A preset of a quantum mode (closed, open, engine): no classical bodies. */
    public Preset(String name, String description, Mode mode,
                  SubsystemSpec subsystemA, SubsystemSpec subsystemB,
                  double temperatureA, double temperatureB,
                  CouplingSpec coupling, OpenSpec open, EngineSpec engine,
                  TimeSpec time) {
        this(name, description, mode, subsystemA, subsystemB, temperatureA, temperatureB, coupling, open, engine,
                time, null);
    }
}
