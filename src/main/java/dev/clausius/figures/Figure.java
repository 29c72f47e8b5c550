package dev.clausius.figures;

import dev.clausius.i18n.Texts;
import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * One panel of the explorer as JFreeChart charts, built from plain data and free of JavaFX, so the
 * same objects are shown live (drawn off the FX thread into an image) and rendered headless for export.
 */
public interface Figure {

    /** A short identifier, e.g. {@code entropies}: used for ids and file names. */
    String name();

    /** The panel's title, e.g. "Entropies". */
    String title();

    /** The language of the panel's words (titles, captions, axes, legends, notes); English by default. */
    default Texts texts() {
        return Texts.english();
    }

    /** One line: what the paper claims about this panel. */
    String caption();

    /** The charts of this panel (most panels have one). */
    List<JFreeChart> charts();

    /** Redraws from {@code data} for a drawing {@code pixels} wide: one change event per chart. */
    void update(FigureData data, int pixels);

    /** Switches between the normal and the projector look. */
    void style(FigureStyle style);

    /** Whether chart {@code index} has anything to show for {@code data} (the app hides it if not). */
    default boolean hasContent(int index, FigureData data) {
        return true;
    }

    /** The time plots whose curves a cursor readout reports (empty for panels not against t). */
    default List<TimePlot> timePlots() {
        return List.of();
    }

    /** The keys {@link #highlight} knows on this panel: the keys of its curves. */
    default List<String> highlights() {
        return timePlots().stream().flatMap(p -> p.curves().stream()).map(Curve::key).toList();
    }

    /**
     * Points at one curve for a guided tour (thick, the others faded) from the next {@link #style}
     * on; null draws every curve as usual. Keys outside {@link #highlights} match nothing.
     */
    default void highlight(String key) {
        timePlots().forEach(p -> p.highlight(key));
    }
}
