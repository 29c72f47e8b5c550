package dev.clausius.dynamics.engine;

import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;

/** Builds the engine of a preset: H1 (the medium's Hamiltonian at omega = 1) and its bath operator. */
public final class EngineMedia {
    private EngineMedia() {
    }

    public static EngineEvolver evolver(EngineSpec spec) {
        SubsystemSpec medium = spec.medium();
        Subsystem unit;
        String bathOperator;
        if (medium instanceof SubsystemSpec.Spin spin) {
            unit = Subsystems.spin(spin.j(), 1);
            bathOperator = "jm";
        } else if (medium instanceof SubsystemSpec.Oscillator oscillator) {
            unit = Subsystems.oscillator(1, oscillator.levels());
            bathOperator = "a";
        } else if (medium instanceof SubsystemSpec.Qubit) {
            unit = Subsystems.qubit(1);
            bathOperator = "sm"; // the thermal qubit: sqrt(g0(n+1)) sm and sqrt(g0 n) sp
        } else {
            throw new IllegalArgumentException("an engine medium must be a qubit, spin or oscillator, not " + medium.kind());
        }
        return new EngineEvolver(new EngineSchedule(spec), unit.hamiltonian(), unit.operator(bathOperator));
    }
}
