package dev.clausius.figures;

import dev.clausius.figures.scene.SceneFigure;
import dev.clausius.i18n.Texts;

import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;

import java.util.List;

/** The explorer's panels, in the order they are shown (and exported). */
public final class Figures {
    private Figures() {
    }

    /**
     * Every panel of the preset's mode. Classical mode has neither a density matrix nor an engine,
     * so its panels are the entropies, the production and the temperatures. Every mode ends with
     * the compare panel, which draws a second preset beside this one (the window supplies it).
     */
    public static List<Figure> forPreset(Preset preset, double end) {
        return forPreset(preset, end, Texts.english());
    }

    /** As {@link #forPreset(Preset, double)}, every word of the panels in {@code texts}' language. */
    public static List<Figure> forPreset(Preset preset, double end, Texts texts) {
        List<Figure> figures = panels(preset, end, texts);
        figures.forEach(figure -> figure.charts().forEach(chart -> Charts.localizeTicks(chart, texts)));
        return figures;
    }

    private static List<Figure> panels(Preset preset, double end, Texts texts) {
        if (preset.mode() == Mode.CLASSICAL) {
            return List.of(new SceneFigure(texts), new EntropiesFigure(end, texts), new ProductionFigure(preset, end, texts),
                    new TemperatureFigure(preset, end, texts), new CompareFigure(end, texts));
        }
        return List.of(new SceneFigure(texts), new EntropiesFigure(end, texts), new ProductionFigure(preset, end, texts),
                new TemperatureFigure(preset, end, texts), new EngineFigure(preset, texts), new StateFigure(texts),
                new CompareFigure(end, texts));
    }

    /**
     * Every value of a preset that the constructors of {@link #forPreset}'s figures read (the
     * reference lines of T_A(0), T_B(0) and the baths, the qubit's omega, the mode) and the run's end.
     * Two presets with equal looks get the same figures, so a window may keep its panels when a
     * drag changes only other numbers (a coupling, a rate). A figure that reads more of its preset
     * must add it here.
     */
    public static Look look(Preset preset, double end) {
        boolean engine = preset.mode() == Mode.ENGINE;
        return new Look(preset.mode(), end, preset.temperatureA(), preset.temperatureB(),
                preset.subsystemA() instanceof SubsystemSpec.Qubit qubit ? qubit.omega() : Double.NaN,
                engine ? preset.engine().hot().temperature() : Double.NaN,
                engine ? preset.engine().cold().temperature() : Double.NaN,
                engine && preset.engine().medium() instanceof SubsystemSpec.Qubit);
    }

    /** See {@link #look}; doubles compare as {@link Double#compare} does (NaN equals NaN). */
    public record Look(Mode mode, double end, double temperatureA, double temperatureB, double qubitOmega,
                       double hot, double cold, boolean qubitMedium) {
    }

    /** The panels of curves against t (entropies, production, temperatures): the ones that draw pins. */
    public static List<Figure> timeSeries(Preset preset, double end) {
        return List.of(new EntropiesFigure(end), new ProductionFigure(preset, end), new TemperatureFigure(preset, end));
    }
}
