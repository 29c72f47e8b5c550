package dev.clausius.app;

import dev.clausius.figures.Curve;
import dev.clausius.figures.Figure;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.TimePlot;
import dev.clausius.figures.Charts;
import dev.clausius.thermo.Frame;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.Plot;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shows one {@link Figure}: its caption, its charts in ChartViewers (zoom with the mouse wheel or a
 * drag, pan with Ctrl-drag), a reset-zoom button, and a readout of the curves at the cursor's t.
 * It only draws: {@link #redraw} hands the figure the model's data with chart events held back,
 * so each chart repaints once.
 */
final class PanelView {
    private static final int DEFAULT_PIXELS = 900;

    private final Figure figure;
    private final List<ChartViewer> viewers = new ArrayList<>();
    private final Label readout = new Label("move the cursor over a chart for values");
    private final VBox root;
    private final Supplier<List<Frame>> frames;
    private final double end;
    private FigureStyle style = FigureStyle.NORMAL;

    PanelView(Figure figure, Supplier<List<Frame>> frames, double end) {
        this.figure = figure;
        this.frames = frames;
        this.end = end;
        Label caption = new Label(figure.caption());
        caption.setWrapText(true);
        caption.getStyleClass().add("caption");
        caption.setId(figure.name() + "Caption");
        Button resetZoom = new Button("Reset zoom");
        resetZoom.setId(figure.name() + "ResetZoom");
        resetZoom.setAccessibleText("Reset the zoom of the " + figure.title() + " charts");
        resetZoom.setFocusTraversable(false);
        resetZoom.setOnAction(e -> resetZoom());
        readout.setId(figure.name() + "Readout");
        readout.getStyleClass().add("readout");
        readout.setAccessibleText(figure.title() + " values at the cursor");
        HBox bottom = new HBox(10, resetZoom, readout);
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
        TilePane charts = new TilePane();
        charts.setPrefColumns(figure.charts().size() > 2 ? 2 : figure.charts().size());
        for (JFreeChart chart : figure.charts()) {
            ChartViewer viewer = new ChartViewer(chart);
            viewer.setAccessibleText(figure.title() + " chart: " + figure.caption());
            viewer.addChartMouseListener(new Readout(chart));
            viewers.add(viewer);
        }
        viewers.get(0).setId(figure.name() + "Chart");
        root = new VBox(6, top);
        if (figure.charts().size() == 1) {
            VBox.setVgrow(viewers.get(0), Priority.ALWAYS);
            root.getChildren().add(viewers.get(0));
        } else {
            HBox row = new HBox(6);
            VBox.setVgrow(row, Priority.ALWAYS);
            for (ChartViewer viewer : viewers) {
                HBox.setHgrow(viewer, Priority.ALWAYS);
                viewer.setPrefWidth(300);
                row.getChildren().add(viewer);
            }
            root.getChildren().add(row);
        }
        root.getChildren().add(bottom);
        root.setPadding(new Insets(6));
    }

    Figure figure() {
        return figure;
    }

    Node node() {
        return root;
    }

    List<ChartViewer> viewers() {
        return viewers;
    }

    String readoutText() {
        return readout.getText();
    }

    /** Redraws every chart of the panel once from {@code data}. */
    void redraw(FigureData data) {
        int pixels = (int) Math.max(100, viewers.get(0).getWidth() > 0 ? viewers.get(0).getWidth() : DEFAULT_PIXELS);
        for (JFreeChart chart : figure.charts()) {
            chart.setNotify(false);
        }
        try {
            figure.update(data, pixels);
            for (int i = 0; i < viewers.size(); i++) {
                boolean show = figure.hasContent(i, data);
                viewers.get(i).setVisible(show);
                viewers.get(i).setManaged(show);
            }
        } finally {
            for (JFreeChart chart : figure.charts()) {
                chart.setNotify(true);
            }
        }
    }

    void style(FigureStyle newStyle) {
        style = newStyle;
        for (JFreeChart chart : figure.charts()) {
            chart.setNotify(false);
        }
        figure.style(style);
        for (JFreeChart chart : figure.charts()) {
            chart.setNotify(true);
        }
    }

    /** Draws curve {@code key} thick and the others faded (a tour step's highlight); null: none. */
    void highlight(String key) {
        figure.highlight(key);
        style(style);
    }

    /** Back to the whole run on the time axis and automatic value ranges. */
    void resetZoom() {
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
    }

    private void restoreDomain(org.jfree.chart.axis.ValueAxis axis) {
        if (!figure.timePlots().isEmpty() && end > 0) {
            axis.setRange(0, end);
        } else {
            axis.setAutoRange(true);
        }
    }

    /** The values of the panel's curves at the frame nearest to the cursor's t. */
    private final class Readout implements ChartMouseListenerFX {
        private final JFreeChart chart;

        Readout(JFreeChart chart) {
            this.chart = chart;
        }

        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            List<Frame> all = frames.get();
            ChartViewer viewer = viewers.get(figure.charts().indexOf(chart));
            PlotRenderingInfo info = viewer.getCanvas().getRenderingInfo() == null ? null
                    : viewer.getCanvas().getRenderingInfo().getPlotInfo();
            Plot plot = chart.getPlot();
            if (info == null || all.isEmpty() || figure.timePlots().isEmpty() || !(plot instanceof XYPlot xy)) {
                return;
            }
            Rectangle2D area = info.getDataArea();
            double t = xy.getDomainAxis().java2DToValue(event.getTrigger().getX(), area, xy.getDomainAxisEdge());
            readout.setText(text(nearest(all, t)));
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

    String text(Frame frame) {
        StringBuilder text = new StringBuilder("t = " + Charts.number(frame.time()));
        for (TimePlot plot : figure.timePlots()) {
            for (Curve curve : plot.curves()) {
                text.append("   ").append(curve.label()).append(" = ")
                        .append(Charts.number(curve.value().applyAsDouble(frame)));
            }
        }
        return text.toString();
    }
}
