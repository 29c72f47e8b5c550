package dev.clausius.app;

import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;

import java.util.List;

/** Presets built as records, so UI tests need neither the JSON reader nor preset files. */
public final class TestPresets {
    private TestPresets() {
    }

    public static final String RESONANT_NAME = "Resonant qubits: heat swap";

    /** presets/resonant-qubits.json (the example of docs/conventions.md), with the given time grid. */
    public static Preset resonantQubits(double dt, double end) {
        CouplingSpec.Term term = new CouplingSpec.Term(ComplexValue.real(0.05), "sp", "sm", true, 0, 0);
        return new Preset(RESONANT_NAME, "two resonant qubits exchange heat", Mode.CLOSED,
                new SubsystemSpec.Qubit(1.0), new SubsystemSpec.Qubit(1.0), 0.5, 2.0,
                new CouplingSpec.Terms(List.of(term)), null, null, new TimeSpec(dt, end));
    }
}
