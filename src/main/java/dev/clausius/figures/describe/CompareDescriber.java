package dev.clausius.figures.describe;

import dev.clausius.figures.CompareFigure;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The compare panel in words, one group per side (the shown preset solid, its partner dashed): the
 * side's kind and name (in the language's translation where the preset has one), S_AB (constant where it holds, as on the entropies panel), the rate of
 * S_AB inside AB ({@link CompareFigure#jointEntropyRate}) and the gap I(A:B) between S_A + S_B and
 * S_AB that the panel shades.
 */
final class CompareDescriber extends NewestFrameDescriber {

    CompareDescriber() {
        super("compare");
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        List<String> groups = new ArrayList<>();
        groups.add(side(data, "a11y.compare.shown", say));
        FigureData partner = data.partner();
        if (partner == null || partner.preset() == null || partner.frames().isEmpty()) {
            groups.add(say.get("a11y.compare.noPartner"));
        } else {
            groups.add(side(partner, "a11y.compare.partner", say));
        }
        return say.groups(groups);
    }

    private static String side(FigureData data, String key, Phrases say) {
        Preset preset = data.preset();
        Frame first = data.frames().get(0);
        Frame frame = data.frames().get(data.frames().size() - 1);
        Mode mode = preset.mode();
        String joint = EntropiesDescriber.jointIsConstant(mode, first, frame)
                ? say.constant("S_AB", frame.entropyAB()) : say.value("S_AB", frame.entropyAB());
        String kind = say.get(mode == Mode.CLASSICAL ? "a11y.kind.classical" : "a11y.kind.quantum");
        return say.get(key, kind, say.presetName(preset), say.list(List.of(joint,
                say.value("dS_AB/dt", CompareFigure.jointEntropyRate(mode, frame)),
                say.value("I(A:B)", CompareFigure.sumOfParts(frame) - frame.entropyAB()))));
    }
}
