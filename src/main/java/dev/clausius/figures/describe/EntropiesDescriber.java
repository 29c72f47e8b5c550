package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.preset.Mode;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.InvariantLimit;

import java.util.List;

/**
 * "Entropies at t = 31.25: S_A 0.663, S_B 0.365, S_AB 1.03 constant, S_C -0.0000267": the four
 * curves of the entropies panel (Eq. 16). S_AB is called constant in closed mode while it stays
 * within the status bar's S_AB guard of its value at t = 0, as unitary motion keeps it.
 */
final class EntropiesDescriber extends NewestFrameDescriber {

    EntropiesDescriber() {
        super("entropies");
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        Frame first = data.frames().get(0);
        String joint = jointIsConstant(data.preset().mode(), first, frame)
                ? say.constant("S_AB", frame.entropyAB()) : say.value("S_AB", frame.entropyAB());
        return say.list(List.of(say.value("S_A", frame.entropyA()), say.value("S_B", frame.entropyB()), joint,
                say.value("S_C", frame.correlationEntropy())));
    }

    /** Closed mode, and S_AB within {@link InvariantLimit#ENTROPY_AB}'s threshold of S_AB(0). */
    static boolean jointIsConstant(Mode mode, Frame first, Frame frame) {
        return mode == Mode.CLOSED
                && Math.abs(frame.entropyAB() - first.entropyAB()) <= InvariantLimit.ENTROPY_AB.threshold();
    }
}
