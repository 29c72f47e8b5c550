package dev.clausius.app.view.chart;


import dev.clausius.figures.Curve;
import dev.clausius.figures.Figure;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.TimePlot;
import dev.clausius.figures.Charts;
import dev.clausius.app.view.text.TypesetFlow;
import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.thermo.Frame;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows one {@link Figure}: its caption, its charts as images drawn off the FX thread by the
 * window's {@link ChartPainter} (zoom with the mouse wheel or a drag, pan with Ctrl-drag, see
 * {@link ChartGestures}), a reset-zoom button, and a readout of the curves at the cursor's t.
 * After construction the figure belongs to the painter thread: {@link #redraw}, {@link #style},
 * {@link #highlight} and {@link #resetZoom} hand it work there, and {@link #read} reads it there.
 */
public final class PanelView {
    private final Figure figure;
    private final ChartPainter painter;
    private final List<ChartImageView> views = new ArrayList<>();
    private final TypesetLabel readout;
    private final VBox root;
    private final HBox bottom;
    private final Supplier<List<Frame>> frames;
    private final double end;
    private final AtomicReference<FigureData> pending = new AtomicReference<>();
    // painter thread only
    private FigureStyle style = FigureStyle.NORMAL;
    private boolean[] shown;

    public PanelView(Figure figure, Supplier<List<Frame>> frames, double end, ChartPainter painter) {
        this.figure = figure;
        this.readout = new TypesetLabel(figure.texts().get("figure.readout.hint"));
        this.frames = frames;
        this.end = end;
        this.painter = painter;
        this.shown = new boolean[figure.charts().size()];
        Arrays.fill(shown, true);
        TypesetFlow caption = new TypesetFlow(figure.caption());
        caption.setMinHeight(Region.USE_PREF_SIZE); // every line of it: the chart below gives way
        caption.getStyleClass().add("caption");
        if (figure.texts().language().rightToLeft()) {
            // Persian is not set in italics: the oblique sans faces have no Arabic script, and JavaFX
            // then draws glyphs of unrelated fonts
            caption.setStyle("-fx-font-style: normal;");
            caption.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        }
        caption.setId(figure.name() + "Caption");
        Button resetZoom = new Button(figure.texts().get("figure.resetZoom"));
        resetZoom.setId(figure.name() + "ResetZoom");
        resetZoom.setAccessibleText("Reset the zoom of the " + figure.title() + " charts");
        resetZoom.setFocusTraversable(false);
        resetZoom.setOnAction(e -> resetZoom());
        readout.setId(figure.name() + "Readout");
        readout.getStyleClass().add("readout");
        readout.setAccessibleText(figure.title() + " values at the cursor");
        bottom = new HBox(10, resetZoom, readout);
        Button info = new Button("i");
        info.setId(figure.name() + "Info");
        info.getStyleClass().add("info-button");
        info.setAccessibleText("About the " + figure.title() + " panel: what it shows, its formula and equation");
        info.setTooltip(new javafx.scene.control.Tooltip("What this panel shows, its formula and the paper's equation"));
        info.setFocusTraversable(false);
        info.setOnAction(e -> PanelInfo.show(figure, info.getScene() == null ? null : info.getScene().getWindow()));
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, caption, info);
        for (JFreeChart chart : figure.charts()) {
            ChartImageView view = new ChartImageView(chart, painter);
            view.setAccessibleText(figure.title() + " chart: " + caption.plainText());
            ChartGestures.attach(view, this::showValuesAt, this::resetZoom, figure.texts());
            views.add(view);
        }
        views.get(0).setId(figure.name() + "Chart");
        root = new VBox(6, top);
        if (figure.charts().size() == 1) {
            VBox.setVgrow(views.get(0), Priority.ALWAYS);
            root.getChildren().add(views.get(0));
        } else {
            HBox row = new HBox(6);
            VBox.setVgrow(row, Priority.ALWAYS);
            for (ChartImageView view : views) {
                HBox.setHgrow(view, Priority.ALWAYS);
                view.setPrefWidth(300);
                row.getChildren().add(view);
            }
            root.getChildren().add(row);
        }
        root.getChildren().add(bottom);
        root.setPadding(new Insets(6));
    }

    public Figure figure() {
        return figure;
    }

    public Node node() {
        return root;
    }

    /** Adds a control of the panel's own (a command's button) beside the reset-zoom button. */
    public void addControl(Node control) {
        bottom.getChildren().add(1, control);
    }

    public List<ChartImageView> views() {
        return views;
    }

    public String readoutText() {
        return readout.getText();
    }

    /** Reads the figure on the painter thread, which owns it, after every change asked for so far. */
    public <T> T read(Function<Figure, T> read) {
        return painter.call(() -> read.apply(figure));
    }

    /**
     * Redraws every chart of the panel from {@code data}, a snapshot the painter may keep (its
     * frame list is not the model's live one). Data handed over before the painter got to the
     * previous hand-over replaces it: the charts show the latest, never a backlog.
     */
    public void redraw(FigureData data) {
        if (pending.getAndSet(data) == null) {
            painter.execute(this::drawPending);
        }
    }

    /** Painter thread: fills the figure from the latest data and draws the charts that have content. */
    private void drawPending() {
        FigureData data = pending.getAndSet(null);
        if (data == null) {
            return;
        }
        int pixels = Math.max(100, views.get(0).drawWidth());
        figure.update(data, pixels);
        boolean[] show = new boolean[views.size()];
        for (int i = 0; i < show.length; i++) {
            show[i] = figure.hasContent(i, data);
        }
        if (!Arrays.equals(show, shown)) {
            shown = show;
            Platform.runLater(() -> {
                for (int i = 0; i < show.length; i++) {
                    views.get(i).setVisible(show[i]);
                    views.get(i).setManaged(show[i]);
                }
            });
        }
        renderShown();
    }

    private void renderShown() {
        for (int i = 0; i < views.size(); i++) {
            if (shown[i]) {
                views.get(i).render();
            }
        }
    }

    public void style(FigureStyle newStyle) {
        painter.execute(() -> {
            style = newStyle;
            figure.style(style);
            renderShown();
        });
    }

    /** Draws curve {@code key} thick and the others faded (a tour step's highlight); null: none. */
    public void highlight(String key) {
        painter.execute(() -> {
            figure.highlight(key);
            figure.style(style);
            renderShown();
        });
    }

    /** Back to the whole run on the time axis and automatic value ranges. */
    void resetZoom() {
        painter.execute(() -> {
            for (JFreeChart chart : figure.charts()) {
                if (chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                    combined.getSubplots().stream().filter(sub -> !(sub.getRangeAxis() instanceof org.jfree.chart.axis.LogAxis))
                            .forEach(sub -> sub.getRangeAxis().setAutoRange(true));
                    restoreDomain(combined.getDomainAxis());
                } else if (chart.getPlot() instanceof XYPlot xy) {
                    xy.getRangeAxis().setAutoRange(true);
                    restoreDomain(xy.getDomainAxis());
                }
            }
            renderShown();
        });
    }

    private void restoreDomain(org.jfree.chart.axis.ValueAxis axis) {
        if (!figure.timePlots().isEmpty() && end > 0) {
            axis.setRange(0, end);
        } else {
            axis.setAutoRange(true);
        }
    }

    /** The values of the panel's curves at the frame nearest to {@code t}, the cursor's time. */
    private void showValuesAt(double t) {
        List<Frame> all = frames.get();
        if (!all.isEmpty() && !figure.timePlots().isEmpty()) {
            readout.setMarkup(text(nearest(all, t)));
        }
    }

    static Frame nearest(List<Frame> frames, double t) {
        int lo = 0;
        int hi = frames.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frames.get(mid).time() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(frames.get(lo - 1).time() - t) < Math.abs(frames.get(lo).time() - t)) {
            lo--;
        }
        return frames.get(lo);
    }

    /** The readout at {@code frame}, in markup (the labels' scripts typeset), in the figure's language. */
    String text(Frame frame) {
        StringBuilder text = new StringBuilder("t = " + Charts.number(frame.time(), figure.texts()));
        for (TimePlot plot : figure.timePlots()) {
            for (Curve curve : plot.curves()) {
                text.append("   ").append(curve.legendLabel()).append(" = ")
                        .append(Charts.number(curve.value().applyAsDouble(frame), figure.texts()));
            }
        }
        return text.toString();
    }
}
