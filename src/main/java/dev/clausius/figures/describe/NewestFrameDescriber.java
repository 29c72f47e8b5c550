package dev.clausius.figures.describe;

import dev.clausius.figures.FigureData;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Frame;

/**
 * A describer of a panel that shows the newest frame: "Panel: no frame yet" before the first,
 * else "Panel at t = ...: " and what {@link #describe(FigureData, Frame, Phrases)} says.
 */
abstract class NewestFrameDescriber implements PanelDescriber {
    private final String panel;

    /** @param panel the panel's figure name, whose words are {@code a11y.panel.<name>} */
    NewestFrameDescriber(String panel) {
        this.panel = panel;
    }

    @Override
    public String describe(FigureData data, Texts texts) {
        Phrases say = new Phrases(texts);
        if (data.frames().isEmpty()) {
            return say.noFrame(panel);
        }
        Frame frame = data.frames().get(data.frames().size() - 1);
        return say.at(panel, frame.time(), describe(data, frame, say));
    }

    /** What the panel shows at {@code frame}, the newest of {@code data}, after "Panel at t = ...: ". */
    abstract String describe(FigureData data, Frame frame, Phrases say);
}
