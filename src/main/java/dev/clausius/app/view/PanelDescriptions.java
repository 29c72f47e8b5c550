package dev.clausius.app.view;

import dev.clausius.app.view.chart.PanelDescription;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.describe.DescriptionThrottle;
import dev.clausius.i18n.Texts;

import java.util.List;
import java.util.function.Supplier;

/**
 * The accessible descriptions of every panel of the window, renewed on the pulse at most once a
 * second ({@link DescriptionThrottle} on the pulse's time stamps) from the frames the model has
 * already shown: the FX thread only formats numbers here.
 */
final class PanelDescriptions {
    private final Texts texts;
    private final DescriptionThrottle throttle = new DescriptionThrottle();
    private List<PanelDescription> panels = List.of();

    PanelDescriptions(Texts texts) {
        this.texts = texts;
    }

    /** Describes the panels of a new session from the next pulse on. */
    void show(List<PanelView> views) {
        panels = views.stream().map(view -> new PanelDescription(view, texts)).toList();
        throttle.changed();
    }

    /** Something on screen changed: a frame, the panel in front, the partner or the pins. */
    void changed() {
        throttle.changed();
    }

    /** One pulse at {@code nowNanos}: renews the descriptions from {@code data} when the throttle lets it. */
    void pulse(long nowNanos, Supplier<FigureData> data) {
        if (!panels.isEmpty() && throttle.due(nowNanos)) {
            FigureData shown = data.get();
            for (PanelDescription panel : panels) {
                panel.describe(shown);
            }
        }
    }
}
