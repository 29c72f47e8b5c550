package dev.clausius.figures.scene;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.Charts;
import dev.clausius.figures.FigureData;

import dev.clausius.preset.EngineSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * What the scene shows for its newest frame, as numbers and colours through one {@link SceneMapping}:
 * the two bodies (or the body and its reservoir), the heat arrow, the bond and the entropy budget.
 *
 * @param time          the frame's t (NaN before the first frame)
 * @param a             body A (an engine's medium)
 * @param b             body B, or null where the partner is a reservoir (open and engine mode)
 * @param reservoir     the bath A touches (open mode; an engine's current stroke), or null
 * @param stroke        an engine's current stroke in words, else null
 * @param heatRate      dQ_A/dt: positive when heat flows into A
 * @param arrowFraction the arrow's width over its full width ({@link SceneMapping#arrowFraction})
 * @param information   I(A:B)
 * @param bondFraction  the bond's thickness over its full thickness (0: no bond)
 * @param budget        S_A, S_B, S_C and S_AB of the frame
 * @param mapping       the mapping used
 */
public record SceneElements(double time, Body a, Body b, Reservoir reservoir, String stroke, double heatRate,
                            double arrowFraction, double information, double bondFraction,
                            SceneMapping.EntropyBudget budget, SceneMapping mapping) {

    /**
     * One body: its temperature and colour, or, in classical mode, one colour per cell.
     *
     * @param temperature T_gen of Eq. 17 (quantum) or the mean cell temperature (classical)
     * @param colour      null where it has no temperature: drawn hatched, "no temperature"
     * @param cells       the cells' temperatures, A's from its far end to the contact, B's from the contact on; empty in the quantum modes
     * @param cellColours one colour per cell
     */
    public record Body(String name, double temperature, Color colour, double[] cells, List<Color> cellColours) {

        public boolean hatched() {
            return colour == null && cellColours.isEmpty();
        }
    }

    /** A bath at a fixed temperature: its name ("bath", "hot bath", "cold bath") and colour. */
    public record Reservoir(String name, double temperature, Color colour) {
    }

    /** The scene of the newest frame of {@code data}; null before the first frame. */
    public static SceneElements of(FigureData data) {
        return of(data, Texts.english());
    }

    /** As {@link #of(FigureData)}, the names and the stroke in {@code texts}' language. */
    public static SceneElements of(FigureData data, Texts texts) {
        if (data.frames().isEmpty()) {
            return null;
        }
        Preset preset = data.preset();
        SceneMapping mapping = SceneMapping.of(preset, data.frames());
        Frame frame = data.frames().get(data.frames().size() - 1);
        double[][] cells = data.cellTemperatures();
        Body a;
        Body b = null;
        Reservoir reservoir = null;
        String stroke = null;
        if (cells != null) {
            a = cellBody("A", cells[0], mapping);
            b = cellBody("B", cells[1], mapping);
        } else {
            a = quantumBody(preset.mode() == Mode.ENGINE ? Charts.text(texts, "figure.scene.medium") : "A",
                    frame.generalizedTemperatureA(), mapping);
            if (preset.mode() == Mode.OPEN) {
                reservoir = reservoir(Charts.text(texts, "figure.scene.bath"), preset.temperatureB(), mapping);
            } else if (preset.mode() == Mode.ENGINE) {
                EngineSpec engine = preset.engine();
                EngineSpec.Stroke current = frame.engine() == null ? null
                        : engine.strokes().get(Math.min(frame.engine().stroke(), engine.strokes().size() - 1));
                if (current != null) {
                    // 0-based, as the CSV's stroke column and the parameter sheet count them
                    stroke = Charts.text(texts, "figure.scene.stroke", Charts.integer(frame.engine().stroke(), texts),
                            strokeName(current, texts));
                    if ("hot".equals(current.bath())) {
                        reservoir = reservoir(Charts.text(texts, "figure.scene.bath.hot"), engine.hot().temperature(), mapping);
                    } else if ("cold".equals(current.bath())) {
                        reservoir = reservoir(Charts.text(texts, "figure.scene.bath.cold"), engine.cold().temperature(), mapping);
                    }
                }
            } else {
                b = quantumBody("B", frame.generalizedTemperatureB(), mapping);
            }
        }
        return new SceneElements(frame.time(), a, b, reservoir, stroke, frame.heatRateA(),
                mapping.arrowFraction(frame.heatRateA()), frame.mutualInformation(),
                mapping.bondFraction(frame.mutualInformation()), SceneMapping.EntropyBudget.of(frame), mapping);
    }

    /** An engine stroke in words: which bath, or an isolated drive, or a sudden quench. */
    static String strokeName(EngineSpec.Stroke stroke) {
        return strokeName(stroke, Texts.english());
    }

    static String strokeName(EngineSpec.Stroke stroke, Texts texts) {
        String omega = Charts.leftToRight(stroke.omegaStart() == stroke.omegaEnd()
                ? "ω = " + Charts.localized(shortNumber(stroke.omegaStart()), texts.locale())
                : "ω " + Charts.localized(shortNumber(stroke.omegaStart()), texts.locale()) + " → "
                        + Charts.localized(shortNumber(stroke.omegaEnd()), texts.locale()), texts);
        if (stroke.bath() != null) {
            String bath = "hot".equals(stroke.bath()) ? Charts.text(texts, "figure.scene.bath.hot")
                    : "cold".equals(stroke.bath()) ? Charts.text(texts, "figure.scene.bath.cold") : stroke.bath() + " bath";
            return Charts.text(texts, "figure.scene.stroke.bath", bath, omega);
        }
        return Charts.text(texts, stroke.duration() == 0 ? "figure.scene.stroke.quench" : "figure.scene.stroke.isolated", omega);
    }

    private static String shortNumber(double value) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.3g", value)).stripTrailingZeros()
                .toPlainString();
    }

    private static Body quantumBody(String name, double temperature, SceneMapping mapping) {
        Color colour = SceneMapping.hasTemperature(temperature) ? mapping.colour(temperature) : null;
        return new Body(name, temperature, colour, new double[0], List.of());
    }

    private static Body cellBody(String name, double[] cells, SceneMapping mapping) {
        List<Color> colours = Arrays.stream(cells).mapToObj(mapping::colour).toList();
        double mean = Arrays.stream(cells).average().orElse(Double.NaN);
        return new Body(name, mean, null, cells.clone(), colours);
    }

    private static Reservoir reservoir(String name, double temperature, SceneMapping mapping) {
        return new Reservoir(name, temperature, mapping.colour(temperature));
    }
}
