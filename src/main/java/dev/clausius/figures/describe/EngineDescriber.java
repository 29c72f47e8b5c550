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
final class EngineDescriber implements PanelDescriber {

    @Override
    public String describe(FigureData data, Texts texts) {
        Phrases say = new Phrases(texts);
        Preset preset = data.preset();
        if (preset.mode() != Mode.ENGINE) {
            return say.get("a11y.engine.notEngine", say.panelName("engine"));
        }
        if (data.frames().isEmpty()) {
            return say.noFrame("engine");
        }
        Frame frame = data.frames().get(data.frames().size() - 1);
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
        return say.at("engine", frame.time(), say.groups(groups));
    }
}
