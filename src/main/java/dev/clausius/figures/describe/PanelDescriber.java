package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.i18n.Texts;

/**
 * What one panel shows now, as one sentence a screen reader reads out: the quantities the panel
 * draws at the newest frame of the data, in the words of a {@link Texts}. Reads the frames already
 * computed, computes no physics, and knows no JavaFX, so it is tested on plain data.
 */
public interface PanelDescriber {

    /** The sentence for the newest frame of {@code data} ("no frame yet" before the first). */
    String describe(FigureData data, Texts texts);

    /** The describer of the panel whose figure is named {@code name} (Figure.name()). */
    static PanelDescriber forPanel(String name) {
        return switch (name) {
            case "scene" -> new SceneDescriber();
            case "entropies" -> new EntropiesDescriber();
            case "production" -> new ProductionDescriber();
            case "temperatures" -> new TemperaturesDescriber();
            case "engine" -> new EngineDescriber();
            case "state" -> new StateDescriber();
            case "compare" -> new CompareDescriber();
            default -> throw new IllegalArgumentException("no description for the panel " + name);
        };
    }
}
