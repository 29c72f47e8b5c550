package dev.clausius.figures.describe;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.figures.FigureData;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine panel in words: where in the cycle the medium is now (cycle and stroke, the drive's
 * omega), then the ledger of the last completed cycle as the panel prints it: Q_hot, Q_cold, W,
 * eta of Eq. 19, W/Q_hot and eta_Carnot. Cycles are counted from 1, as the ledger does.
 */
final class EngineDescriber extends NewestFrameDescriber {

    EngineDescriber() {
        super("engine");
    }

    @Override
    public String describe(FigureData data, Texts texts) {
        if (data.preset().mode() != Mode.ENGINE) {
            return texts.get("a11y.engine.notEngine", texts.get("a11y.panel.engine"));
        }
        return super.describe(data, texts);
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        Preset preset = data.preset();
        List<String> groups = new ArrayList<>();
        if (frame.engine() != null) {
            groups.add(say.get("a11y.engine.now", frame.engine().cycle() + 1, frame.engine().stroke(),
                    say.number(frame.engine().omega())));
        }
        List<CycleRecord> cycles = data.cycles();
        if (cycles.isEmpty()) {
            groups.add(say.get("a11y.engine.noCycle"));
        } else {
            CycleRecord last = cycles.get(cycles.size() - 1);
            double carnot = 1 - preset.engine().cold().temperature() / preset.engine().hot().temperature();
            groups.add(say.get("a11y.engine.ledger", last.cycle() + 1, say.list(List.of(
                    say.value("Q_hot", last.heatHot()), say.value("Q_cold", last.heatCold()),
                    say.value("W", last.work()), say.value("η (Eq. 19)", last.generalizedTemperatureEfficiency()),
                    say.value("W/Q_hot", last.energyEfficiency()), say.value("η_Carnot", carnot)))));
        }
        return say.groups(groups);
    }
}
