package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.TemperatureFigure;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The temperatures panel in words: the generalized temperatures of Eq. 17 ("not defined" where
 * dS/dt is zero), a classical pair's border cells, a qubit's population temperature, then the
 * reference lines (the starting or bath temperatures), as the panel draws them.
 */
final class TemperaturesDescriber extends NewestFrameDescriber {

    TemperaturesDescriber() {
        super("temperatures");
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        Preset preset = data.preset();
        List<String> curves = new ArrayList<>();
        boolean engine = preset.mode() == Mode.ENGINE;
        curves.add(say.value(engine ? "T_gen" : "T_A_gen", frame.generalizedTemperatureA()));
        if (preset.mode() == Mode.CLOSED || preset.mode() == Mode.CLASSICAL) {
            curves.add(say.value("T_B_gen", frame.generalizedTemperatureB()));
        }
        if (preset.mode() == Mode.CLASSICAL && frame.classical() != null) {
            curves.add(say.value("T_A_border", frame.classical().borderTemperatureA()));
            curves.add(say.value("T_B_border", frame.classical().borderTemperatureB()));
        }
        if (preset.subsystemA() instanceof SubsystemSpec.Qubit qubit) {
            curves.add(say.value("T_pop", TemperatureFigure.populationTemperature(frame, qubit.omega())));
        } else if (engine && preset.engine().medium() instanceof SubsystemSpec.Qubit) {
            curves.add(say.value("T_pop", TemperatureFigure.populationTemperature(frame, Double.NaN)));
        }
        List<String> references = engine
                ? List.of(say.value("T_hot", preset.engine().hot().temperature()),
                        say.value("T_cold", preset.engine().cold().temperature()))
                : List.of(say.value("T_A(0)", preset.temperatureA()),
                        say.value(preset.mode() == Mode.OPEN ? "T_bath" : "T_B(0)", preset.temperatureB()));
        return say.groups(List.of(say.list(curves), say.list(references)));
    }
}
