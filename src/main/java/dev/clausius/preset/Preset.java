package dev.clausius.preset;

import dev.clausius.preset.optional.PresetOptions;

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
 * @param options     the optional {@code ranges} and {@code translations}, which change no result
 */
public record Preset(String name, String description, Mode mode,
                     SubsystemSpec subsystemA, SubsystemSpec subsystemB,
                     double temperatureA, double temperatureB,
                     CouplingSpec coupling, OpenSpec open, EngineSpec engine,
                     TimeSpec time, ClassicalSpec classical, PresetOptions options) {

    public Preset {
        options = options == null ? PresetOptions.NONE : options;
    }

    /** A preset without optional fields. */
    public Preset(String name, String description, Mode mode,
                  SubsystemSpec subsystemA, SubsystemSpec subsystemB,
                  double temperatureA, double temperatureB,
                  CouplingSpec coupling, OpenSpec open, EngineSpec engine,
                  TimeSpec time, ClassicalSpec classical) {
        this(name, description, mode, subsystemA, subsystemB, temperatureA, temperatureB, coupling, open, engine,
                time, classical, PresetOptions.NONE);
    }

    /** A preset of a quantum mode (closed, open, engine): no classical bodies. */
    public Preset(String name, String description, Mode mode,
                  SubsystemSpec subsystemA, SubsystemSpec subsystemB,
                  double temperatureA, double temperatureB,
                  CouplingSpec coupling, OpenSpec open, EngineSpec engine,
                  TimeSpec time) {
        this(name, description, mode, subsystemA, subsystemB, temperatureA, temperatureB, coupling, open, engine,
                time, null);
    }

    /** This preset with {@code newOptions} in place of its optional fields. */
    public Preset withOptions(PresetOptions newOptions) {
        return new Preset(name, description, mode, subsystemA, subsystemB, temperatureA, temperatureB, coupling, open,
                engine, time, classical, newOptions);
    }
}
