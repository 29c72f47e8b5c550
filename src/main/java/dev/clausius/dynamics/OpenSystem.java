package dev.clausius.dynamics;

import dev.clausius.dynamics.lindblad.JumpOperator;
import dev.clausius.dynamics.lindblad.ThermalJumps;
import dev.clausius.preset.OpenSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.Problem;
import dev.clausius.quantum.Subsystem;
import java.util.ArrayList;
import java.util.List;

/**
 * Open mode's system: A alone, starting in its Gibbs state at temperatureA, with the
 * thermal jumps of a bath at bathTemperature (paper Eqs. 7-8) and any extra jumps of the preset.
 */
public record OpenSystem(Subsystem a, double temperatureA, double bathTemperature, List<JumpOperator> jumps) {

    public OpenSystem {
        jumps = List.copyOf(jumps);
    }

    /** The open system of a validated open-mode preset; physics it cannot simulate is a PresetException. */
    public static OpenSystem of(Preset preset, String source) throws PresetException {
        Subsystem a = PresetSystems.subsystem(preset.subsystemA());
        OpenSpec open = preset.open();
        double bath = preset.temperatureB();
        if (bath == Double.POSITIVE_INFINITY) {
            throw new PresetException(source, new Problem("$.temperatures.B",
                    "an open-mode bath needs a finite temperature: at \"inf\" the thermal jump rates "
                            + "gamma (n + 1), gamma n are infinite"));
        }
        List<JumpOperator> jumps = new ArrayList<>(
                ThermalJumps.davies(a.hamiltonian(), a.operator(open.operator()), open.gamma(), bath));
        for (int i = 0; i < open.jumps().size(); i++) {
            OpenSpec.Jump jump = open.jumps().get(i);
            try {
                jumps.add(new JumpOperator(jump.operator() != null ? a.operator(jump.operator())
                        : PresetSystems.matrix(jump.matrix()), jump.rate()));
            } catch (IllegalArgumentException e) {
                throw new PresetException(source, new Problem("$.jumps[" + i + "]", e.getMessage()));
            }
        }
        return new OpenSystem(a, preset.temperatureA(), bath, jumps);
    }
}
