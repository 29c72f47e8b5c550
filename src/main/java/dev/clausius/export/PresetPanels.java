package dev.clausius.export;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.CompareFigure;
import dev.clausius.figures.EngineFigure;
import dev.clausius.figures.Figure;
import dev.clausius.figures.Figures;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import java.util.List;

/**
 * Which panels an export of a preset has: the explorer's panels ({@link Figures#forPreset}, in
 * their order) that apply to its mode. The window shows the engine panel for every preset (it says
 * there is no engine); an export leaves it out unless the preset is an engine, since a file of an
 * empty panel tells a reader nothing. The compare panel is never exported with a preset: it draws
 * a second preset that only the explorer's session has.
 */
public final class PresetPanels {
    private PresetPanels() {
    }

    /** Fresh figures, not yet filled, of every panel the preset's export has. */
    public static List<Figure> figures(Preset preset, double end) {
        return figures(preset, end, Texts.english());
    }

    /** As {@link #figures(Preset, double)}, the panels' words in {@code texts}' language. */
    public static List<Figure> figures(Preset preset, double end, Texts texts) {
        return Figures.forPreset(preset, end, texts).stream()
                .filter(figure -> preset.mode() == Mode.ENGINE || !(figure instanceof EngineFigure))
                .filter(figure -> !(figure instanceof CompareFigure))
                .toList();
    }
}
