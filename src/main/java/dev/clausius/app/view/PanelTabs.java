package dev.clausius.app.view;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.view.chart.ChartPainter;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.figures.CompareFigure;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.Figures;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's panels: one tab per figure of the preset shown, each a {@link PanelView} drawn by
 * the one {@link ChartPainter}. Only the panel in front is redrawn.
 */
final class PanelTabs implements AutoCloseable {
    private final TabPane tabs;
    private final ChartPainter painter = new ChartPainter();
    private List<PanelView> views = new ArrayList<>();
    /** What the panels were made for; a session of the same look keeps them (a parameter dragged). */
    private Figures.Look look;
    /** The model whose frames the panels' readouts look up. */
    private SimulationModel model;
    private final Texts texts;

    PanelTabs(TabPane tabs, Texts texts) {
        this.tabs = tabs;
        this.texts = texts;
    }

    /** The "preparing" panel in place of every tab, until the first session is shown. */
    void showPreparing(PreparingPanel preparing) {
        look = null;
        views = new ArrayList<>();
        tabs.getTabs().setAll(preparing.tab());
    }

    /**
     * One tab per figure of {@code preset}, keeping the tab in front by position; the compare
     * panel gets a "Compare with..." button that runs {@code onCompareWith}.
     */
    void show(Preset preset, SimulationModel model, Runnable onCompareWith) {
        show(preset, model, onCompareWith, Texts.english());
    }

    /** As {@link #show(Preset, SimulationModel, Runnable)}, the panels' words in {@code texts}' language. */
    void show(Preset preset, SimulationModel model, Runnable onCompareWith, Texts texts) {
        show(preset, model, onCompareWith, texts, false);
    }

    /**
     * As above; with {@code keepAlike} (a run resumed while a parameter is dragged) the panels stay
     * when the new preset's figures would be the same ({@link Figures#look}), zoom and all.
     *
     * @return true if the panels were kept
     */
    boolean show(Preset preset, SimulationModel model, Runnable onCompareWith, Texts texts, boolean keepAlike) {
        this.model = model;
        double end = model.grid().end();
        Figures.Look next = Figures.look(preset, end);
        if (keepAlike && next.equals(look) && !views.isEmpty()) {
            return true; // the same figures would be made again: keep them, their zoom, style and images
        }
        look = next;
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        views = new ArrayList<>();
        tabs.getTabs().clear();
        for (var figure : Figures.forPreset(preset, end, texts)) {
            PanelView view = new PanelView(figure, () -> this.model.frames(), end, painter);
            if (figure instanceof CompareFigure) {
                view.addControl(compareWithButton(onCompareWith, texts));
            }
            // time runs left to right on every chart, as in print, in a mirrored (Persian) window too
            view.node().setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            views.add(view);
            Tab tab = new Tab(figure.title(), view.node());
            tab.setId(figure.name() + "Tab");
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(selected);
        return false;
    }

    private static Button compareWithButton(Runnable onCompareWith, Texts texts) {
        Button compareWith = new Button(texts.get("compare.button"));
        compareWith.setId("compareWith");
        compareWith.setTooltip(new Tooltip(texts.get("compare.button.help")));
        compareWith.setAccessibleText(texts.get("compare.button.name"));
        compareWith.setAccessibleHelp(texts.get("compare.button.help"));
        compareWith.setFocusTraversable(false);
        compareWith.setOnAction(e -> onCompareWith.run());
        return compareWith;
    }

    /** The panel in front, or null while none is (before the first session). */
    PanelView inFront() {
        int index = tabs.getSelectionModel().getSelectedIndex();
        return index >= 0 && index < views.size() ? views.get(index) : null;
    }

    /** Hands the panel in front the frames to draw (it draws on the painter thread). */
    void redrawInFront(FigureData data) {
        PanelView view = inFront();
        if (view != null) {
            view.redraw(data);
        }
    }

    /** Whether the compare panel is the one on screen. */
    boolean comparing() {
        PanelView view = inFront();
        return view != null && view.figure() instanceof CompareFigure;
    }

    void style(FigureStyle style) {
        views.forEach(view -> view.style(style));
    }

    List<PanelView> views() {
        return views;
    }

    PanelView panel(String name) {
        return views.stream().filter(v -> v.figure().name().equals(name)).findFirst().orElseThrow();
    }

    void select(String name) {
        tabs.getSelectionModel().select(views.indexOf(panel(name)));
    }

    ChartPainter painter() {
        return painter;
    }

    @Override
    public void close() {
        painter.close();
    }
}
