package dev.clausius.app.view.chart;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.describe.PanelDescriber;
import dev.clausius.i18n.Texts;
import dev.clausius.typeset.Markup;
import javafx.scene.AccessibleRole;

/**
 * A panel's charts as a screen reader finds them: each chart can take the focus (Tab lands on it),
 * is an image whose accessible text is what the panel shows now ({@link PanelDescriber}, e.g.
 * "Entropies at t = 31.25: S_A 0.663, ...") and whose help is the panel's caption and the keys.
 * {@link #describe} runs on the FX thread, from frames already computed.
 */
public final class PanelDescription {
    private final PanelView panel;
    private final PanelDescriber describer;
    private final Texts texts;
    private String text = "";

    public PanelDescription(PanelView panel, Texts texts) {
        this.panel = panel;
        this.texts = texts;
        this.describer = PanelDescriber.forPanel(panel.figure().name());
        String help = texts.get("a11y.chart.help", Markup.plain(panel.figure().caption()));
        for (ChartImageView chart : panel.views()) {
            chart.setFocusTraversable(true);
            chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            chart.setAccessibleRoleDescription(texts.get("a11y.chart.role"));
            chart.setAccessibleHelp(help);
        }
    }

    /** Describes {@code data}'s newest frame on every chart of the panel (FX thread). */
    public void describe(FigureData data) {
        String next = describer.describe(data, texts);
        if (!next.equals(text)) {
            text = next;
            for (ChartImageView chart : panel.views()) {
                chart.setAccessibleText(next);
            }
        }
    }

    /** The description on the charts now ("" before the first). */
    public String text() {
        return text;
    }
}
