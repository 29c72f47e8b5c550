package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;

import java.util.ArrayList;
import java.util.List;

/**
 * The entropy production panel in words, plot by plot: Sigma of Eq. 14 (in closed mode with the
 * parts of its exact decomposition I + D_B + Delta E_V/T_B, said to hold while the residual is
 * within the S_AB guard), then the rates: dSigma/dt and the interior term of Eq. 11, "zero up to
 * round-off" while it stays within the status bar's interior guard (classical mode: the interior
 * productions of A, B and AB, Eq. 15).
 */
final class ProductionDescriber extends NewestFrameDescriber {

    ProductionDescriber() {
        super("production");
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        Preset preset = data.preset();
        Frame first = data.frames().get(0);
        double bath = preset.temperatureB();
        List<String> integrated = new ArrayList<>();
        integrated.add(say.value("Σ", frame.spohnProduction()));
        List<String> groups = new ArrayList<>();
        if (preset.mode() == Mode.CLOSED) {
            double couplingChange = (frame.energyCoupling() - first.energyCoupling()) / bath;
            integrated.add(say.value("I(A:B)", frame.mutualInformation()));
            integrated.add(say.value("D(ρ_B‖ρ_B(0))", frame.relativeEntropyB()));
            integrated.add(say.value("ΔE_V/T_B", couplingChange));
            groups.add(say.list(integrated));
            double residual = frame.spohnProduction()
                    - (frame.mutualInformation() + frame.relativeEntropyB() + couplingChange);
            if (Math.abs(residual) <= InvariantLimit.ENTROPY_AB.threshold()) {
                groups.add(say.get("a11y.holds", "Σ = I + D_B + ΔE_V/T_B"));
            }
        } else {
            groups.add(say.list(integrated));
        }
        List<String> rates = new ArrayList<>();
        rates.add(say.value("dΣ/dt", frame.entropyRateA() - frame.heatRateA() / bath));
        if (preset.mode() == Mode.CLASSICAL && frame.classical() != null) {
            rates.add(say.value("interior_A", frame.interiorProductionA()));
            rates.add(say.value("interior_B", frame.classical().interiorProductionB()));
            rates.add(say.value("interior_AB", frame.classical().interiorProductionAB()));
        } else if (Math.abs(frame.interiorProductionA()) <= InvariantLimit.INTERIOR.threshold()) {
            rates.add(say.get("a11y.roundOff", "interior_A"));
        } else {
            rates.add(say.value("interior_A", frame.interiorProductionA()));
        }
        groups.add(say.list(rates));
        return say.groups(groups);
    }
}
