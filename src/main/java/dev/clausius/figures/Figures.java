package dev.clausius.figures;

import dev.clausius.preset.Preset;

import java.util.List;

/** The explorer's panels, in the order they are shown (and exported). */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> forPreset(Preset preset, double end) {
        return List.of(new SceneFigure(), new EntropiesFigure(end), new ProductionFigure(preset, end), new TemperatureFigure(preset, end),
                new EngineFigure(preset), new StateFigure());
    }
}
