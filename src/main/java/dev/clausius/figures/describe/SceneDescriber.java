package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.scene.SceneMapping;
import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scene in words, as the picture says it: which body is hotter (T_gen of Eq. 17 for a quantum
 * body, the cells' mean for a classical one, a bath's own temperature), which way the heat flows
 * and how much (dQ_A/dt), the bond I(A:B) and the entropy budget S_A + S_B + S_C against S_AB
 * (Eq. 16). Magnitudes below {@link SceneMapping#ZERO} count as none, as the scene draws them.
 */
final class SceneDescriber extends NewestFrameDescriber {

    SceneDescriber() {
        super("scene");
    }

    /** One side of the picture: its words and its temperature (NaN: none, drawn hatched). */
    private record Side(String name, String words, double temperature) {
    }

    @Override
    String describe(FigureData data, Frame frame, Phrases say) {
        Preset preset = data.preset();
        double[][] cells = data.cellTemperatures();
        Side a;
        Side other;
        if (cells != null) {
            a = cellSide("A", cells[0], cells[0].length - 1, 0, say);
            other = cellSide("B", cells[1], 0, cells[1].length - 1, say);
        } else {
            a = quantumSide(preset.mode() == Mode.ENGINE ? say.get("a11y.scene.medium") : "A",
                    frame.generalizedTemperatureA(), say);
            other = switch (preset.mode()) {
                case OPEN -> reservoir(say.get("a11y.scene.bath"), preset.temperatureB(), say);
                case ENGINE -> engineBath(preset.engine(), frame, say);
                default -> quantumSide("B", frame.generalizedTemperatureB(), say);
            };
        }
        List<String> groups = new ArrayList<>();
        groups.add(temperatures(a, other, say));
        groups.add(heat(a, other, frame.heatRateA(), say));
        if (preset.mode() == Mode.CLOSED || preset.mode() == Mode.CLASSICAL) {
            double information = frame.mutualInformation();
            groups.add(Double.isFinite(information) && Math.abs(information) >= SceneMapping.ZERO
                    ? say.get("a11y.scene.bond", say.number(information)) : say.get("a11y.scene.noBond"));
        }
        SceneMapping.EntropyBudget budget = SceneMapping.EntropyBudget.of(frame);
        groups.add(say.get("a11y.scene.budget", say.number(budget.partialSums()[2]), say.number(budget.entropyAB())));
        return say.groups(groups);
    }

    private static Side quantumSide(String name, double temperature, Phrases say) {
        return SceneMapping.hasTemperature(temperature)
                ? new Side(name, say.get("a11y.scene.body", name, say.number(temperature)), temperature)
                : new Side(name, say.get("a11y.scene.noTemperature", name), Double.NaN);
    }

    /** A classical body: its mean temperature, and the cells at its far end and at the contact. */
    private static Side cellSide(String name, double[] cells, int contact, int farEnd, Phrases say) {
        double mean = Arrays.stream(cells).average().orElse(Double.NaN);
        return new Side(name, say.get("a11y.scene.cells", name, say.number(mean), say.number(cells[farEnd]),
                say.number(cells[contact])), mean);
    }

    private static Side reservoir(String name, double temperature, Phrases say) {
        return new Side(name, say.get("a11y.scene.reservoir", name, say.number(temperature)), temperature);
    }

    /** The bath of the engine's current stroke, or null on an isolated stroke or a quench. */
    private static Side engineBath(EngineSpec engine, Frame frame, Phrases say) {
        if (frame.engine() == null) {
            return null;
        }
        EngineSpec.Stroke stroke = engine.strokes().get(Math.min(frame.engine().stroke(), engine.strokes().size() - 1));
        if ("hot".equals(stroke.bath())) {
            return reservoir(say.get("a11y.scene.hotBath"), engine.hot().temperature(), say);
        }
        if ("cold".equals(stroke.bath())) {
            return reservoir(say.get("a11y.scene.coldBath"), engine.cold().temperature(), say);
        }
        return null;
    }

    /** "B (T_gen 1.31) is hotter than A (T_gen 0.655)", or each side on its own where one has no temperature. */
    private static String temperatures(Side a, Side other, Phrases say) {
        if (other == null) {
            return a.words();
        }
        if (Double.isNaN(a.temperature()) || Double.isNaN(other.temperature())) {
            return say.list(List.of(a.words(), other.words()));
        }
        if (Math.abs(a.temperature() - other.temperature()) < SceneMapping.ZERO) {
            return say.get("a11y.scene.equal", a.words(), other.words());
        }
        return a.temperature() > other.temperature()
                ? say.get("a11y.scene.hotter", a.words(), other.words())
                : say.get("a11y.scene.hotter", other.words(), a.words());
    }

    /** dQ_A/dt > 0 is heat into A, so from its partner; "no heat flows" below round-off. */
    private static String heat(Side a, Side other, double heatRate, Phrases say) {
        if (!Double.isFinite(heatRate) || Math.abs(heatRate) < SceneMapping.ZERO) {
            return say.get("a11y.scene.noHeat");
        }
        if (other == null) {
            return say.value("dQ_A/dt", heatRate);
        }
        return heatRate > 0
                ? say.get("a11y.scene.heat", other.name(), a.name(), say.number(heatRate))
                : say.get("a11y.scene.heat", a.name(), other.name(), say.number(-heatRate));
    }
}
