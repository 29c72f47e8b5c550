package dev.clausius.export;

import dev.clausius.i18n.Texts;
import dev.clausius.figures.FigureFit;
import dev.clausius.figures.Curve;
import dev.clausius.figures.Figure;
import dev.clausius.figures.FigureStyle;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import dev.clausius.typeset.Markup;
import dev.clausius.typeset.TypesetTitle;

/** The explorer's panels for a recorded run, drawn headless with the same figure classes as the window. */
public final class PanelExport {
    private PanelExport() {
    }

    /** One panel ready to write: its file-name part, its title, its charts and the time curves they draw. */
    public record Panel(String name, String title, List<JFreeChart> charts, List<Curve> curves) {
    }

    /**
     * Every panel that applies to the run's mode ({@link PresetPanels}), filled with the whole run
     * for a drawing {@code pixels} wide; with a caption, each chart carries the preset's key
     * parameters as a subtitle; titled, the panel's title heads its first chart.
     */
    public static List<Panel> panels(RecordedRun run, int pixels, boolean caption, boolean titled) {
        return panels(run, pixels, caption, titled, Texts.english());
    }

    /** As {@link #panels(RecordedRun, int, boolean, boolean)}, the panels' words in {@code texts}' language. */
    public static List<Panel> panels(RecordedRun run, int pixels, boolean caption, boolean titled, Texts texts) {
        return draw(run, PresetPanels.figures(run.preset(), run.end(), texts), pixels, caption, titled, FigureStyle.NORMAL);
    }

    /** The panels named {@code names} (in the explorer's order), drawn as {@code options} say. */
    static List<Panel> panels(RecordedRun run, FigureOptions options, Collection<String> names) {
        List<Figure> figures = PresetPanels.figures(run.preset(), run.end(), options.texts()).stream()
                .filter(figure -> names.contains(figure.name()))
                .toList();
        FigureStyle style = options.figureStyle();
        List<Panel> panels = draw(run, figures, options.size().widthPixels(), options.caption(), options.titled(), style);
        FigureSize size = options.size();
        double scale = size.layoutScale();
        for (Panel panel : panels) {
            for (JFreeChart chart : panel.charts()) {
                // the area PanelLayout draws the chart in, in layout units
                FigureFit.fit(chart, new Rectangle2D.Double(0, 0, size.widthPoints() * scale,
                        PanelLayout.chartHeight(chart, size) * scale), style.smallestText());
            }
        }
        return panels;
    }

    private static List<Panel> draw(RecordedRun run, List<Figure> figures, int pixels, boolean caption,
                                    boolean titled, FigureStyle style) {
        String parameters = parameters(run.preset());
        return figures.stream().map(figure -> {
            figure.style(style);
            figure.update(run.figureData(), pixels);
            if (caption) {
                figure.charts().forEach(chart -> chart.addSubtitle(new TypesetTitle(parameters, style.tickFont(), style.smallestText())));
            }
            if (titled && !figure.charts().isEmpty()) {
                // a handout names its panel; a journal figure may not
                figure.charts().get(0).setTitle(new TypesetTitle(figure.title(), style.titleFont(), style.smallestText()));
            }
            List<Curve> curves = figure.timePlots().stream().flatMap(plot -> plot.curves().stream()).toList();
            return new Panel(figure.name(), figure.title(), figure.charts(), curves);
        }).toList();
    }

    public static FigureMetadata metadata(Preset preset, String title) {
        return new FigureMetadata(title, preset.name(), Markup.plain(parameters(preset)), ClausiusVersion.software());
    }

    /** The preset's key parameters in one line of markup, for captions ({@link Markup#plain} for file metadata). */
    public static String parameters(Preset preset) {
        StringBuilder s = new StringBuilder(preset.mode().jsonName());
        if (preset.mode() == Mode.ENGINE) {
            s.append(String.format(Locale.ROOT, "; T_{h} = %s, T_{c} = %s, %d cycles", number(preset.engine().hot().temperature()),
                    number(preset.engine().cold().temperature()), preset.engine().cycles()));
        } else if (preset.mode() == Mode.CLASSICAL) {
            s.append(String.format(Locale.ROOT, "; A %d cells, B %d cells, k_{c} = %s; T_{A} = %s, T_{B} = %s",
                    preset.classical().bodyA().cells(), preset.classical().bodyB().cells(),
                    number(preset.classical().contactConductance()), number(preset.temperatureA()),
                    number(preset.temperatureB())));
        } else {
            s.append("; A ").append(preset.subsystemA().kind());
            if (preset.subsystemB() != null) {
                s.append(", B ").append(preset.subsystemB().kind());
            }
            s.append(String.format(Locale.ROOT, "; T_{A} = %s, T_{B} = %s", number(preset.temperatureA()),
                    number(preset.temperatureB())));
        }
        s.append(String.format(Locale.ROOT, "; dt = %s", number(preset.time().dt())));
        return s.toString();
    }

    private static String number(double x) {
        return Double.isInfinite(x) ? "inf" : String.format(Locale.ROOT, "%.4g", x);
    }
}
