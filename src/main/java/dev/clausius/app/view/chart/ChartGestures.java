package dev.clausius.app.view.chart;

import dev.clausius.i18n.Texts;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.plot.Pannable;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.Zoomable;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleConsumer;

/**
 * What the mouse does on a {@link ChartImageView}, as JFreeChart's ChartViewer did: the wheel zooms
 * about the cursor, a drag zooms to the box drawn, a Ctrl-drag pans, a double click or the context
 * menu resets the zoom, and moving reports the time under the cursor. The FX thread only records
 * the gesture; the axes change on the painter thread, which owns the chart.
 */
final class ChartGestures {
    /** Each wheel notch zooms by this factor, as ChartViewer's default. */
    private static final double WHEEL_ZOOM = 1.1;
    /** A drag smaller than this (pixels) is a click, not a zoom box. */
    private static final double MIN_BOX = 5;

    private final ChartImageView view;
    private final Rectangle box = new Rectangle();
    private Point2D pressed;
    private Point2D last;
    private boolean panning;

    private ChartGestures(ChartImageView view) {
        this.view = view;
    }

    /**
     * @param onTime   gets the domain value (t) under the cursor as it moves over the data area
     * @param onReset  the panel's reset of every zoom
     * @param texts    the language of the context menu
     */
    static void attach(ChartImageView view, DoubleConsumer onTime, Runnable onReset, Texts texts) {
        ChartGestures gestures = new ChartGestures(view);
        gestures.box.getStyleClass().add("zoom-box");
        gestures.box.setVisible(false);
        gestures.box.setMouseTransparent(true);
        view.addOverlay(gestures.box);
        view.change(info -> makePannable(view.chart().getPlot()));
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            double t = view.shown().domainAt(e.getX());
            if (!Double.isNaN(t)) {
                onTime.accept(t);
            }
        });
        view.addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, gestures::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onReset.run();
            }
        });
        MenuItem reset = new MenuItem(texts.get("figure.resetZoom"));
        reset.setOnAction(e -> onReset.run());
        MenuItem copy = new MenuItem(texts.get("figure.copyImage"));
        copy.setOnAction(e -> gestures.copyImage());
        ContextMenu menu = new ContextMenu(reset, copy);
        // the right button opens the menu on every platform (Monocle sends no context-menu event);
        // the keyboard's menu key still does through the context-menu event
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menu.show(view, e.getScreenX(), e.getScreenY());
            }
        });
        view.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                menu.show(view, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private static void makePannable(Plot plot) {
        if (plot instanceof XYPlot xy) {
            xy.setDomainPannable(true);
            xy.setRangePannable(true);
            if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot combined) {
                combined.getSubplots().forEach(sub -> {
                    sub.setDomainPannable(true);
                    sub.setRangePannable(true);
                });
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM;
        Point2D at = new Point2D.Double(e.getX(), e.getY());
        view.change(info -> {
            if (view.chart().getPlot() instanceof Zoomable zoomable) {
                PlotRenderingInfo plotInfo = info.getPlotInfo();
                if (zoomable.isDomainZoomable()) {
                    zoomable.zoomDomainAxes(factor, plotInfo, at, true);
                }
                if (zoomable.isRangeZoomable()) {
                    zoomable.zoomRangeAxes(factor, plotInfo, at, true);
                }
            }
        });
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressed = new Point2D.Double(e.getX(), e.getY());
        last = pressed;
        panning = e.isControlDown();
    }

    private void dragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        Point2D now = new Point2D.Double(e.getX(), e.getY());
        if (panning) {
            pan(last, now);
        } else {
            box.setX(Math.min(pressed.getX(), now.getX()));
            box.setY(Math.min(pressed.getY(), now.getY()));
            box.setWidth(Math.abs(now.getX() - pressed.getX()));
            box.setHeight(Math.abs(now.getY() - pressed.getY()));
            box.setVisible(true);
        }
        last = now;
    }

    private void released(MouseEvent e) {
        if (pressed != null && !panning && box.getWidth() >= MIN_BOX && box.getHeight() >= MIN_BOX) {
            zoomTo(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight()));
        }
        box.setVisible(false);
        box.setWidth(0);
        box.setHeight(0);
        pressed = null;
    }

    /** Zooms both axes to the box, as ChartPanel.zoom does: percentages of the data area under it. */
    private void zoomTo(Rectangle2D selection) {
        Point2D centre = new Point2D.Double(selection.getCenterX(), selection.getCenterY());
        view.change(info -> {
            if (!(view.chart().getPlot() instanceof Zoomable zoomable)) {
                return;
            }
            PlotRenderingInfo plotInfo = info.getPlotInfo();
            Rectangle2D area = dataAreaAt(plotInfo, centre);
            if (area == null) {
                return;
            }
            Rectangle2D inside = selection.createIntersection(area);
            double hLower = (inside.getMinX() - area.getMinX()) / area.getWidth();
            double hUpper = (inside.getMaxX() - area.getMinX()) / area.getWidth();
            double vLower = (area.getMaxY() - inside.getMaxY()) / area.getHeight();
            double vUpper = (area.getMaxY() - inside.getMinY()) / area.getHeight();
            if (hUpper <= hLower || vUpper <= vLower) {
                return;
            }
            zoomable.zoomDomainAxes(hLower, hUpper, plotInfo, centre);
            zoomable.zoomRangeAxes(vLower, vUpper, plotInfo, centre);
        });
    }

    private void pan(Point2D from, Point2D to) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        if (dx == 0 && dy == 0) {
            return;
        }
        view.change(info -> {
            if (!(view.chart().getPlot() instanceof Pannable pannable)) {
                return;
            }
            PlotRenderingInfo plotInfo = info.getPlotInfo();
            Rectangle2D area = dataAreaAt(plotInfo, from);
            if (area == null) {
                return;
            }
            if (pannable.isDomainPannable()) {
                pannable.panDomainAxes(-dx / area.getWidth(), plotInfo, from);
            }
            if (pannable.isRangePannable()) {
                pannable.panRangeAxes(dy / area.getHeight(), plotInfo, from);
            }
        });
    }

    /** The data area under {@code point} (a subplot's in a combined plot), or null before any drawing. */
    private static Rectangle2D dataAreaAt(PlotRenderingInfo plotInfo, Point2D point) {
        int subplot = plotInfo.getSubplotIndex(point);
        Rectangle2D area = subplot >= 0 ? plotInfo.getSubplotInfo(subplot).getDataArea() : plotInfo.getDataArea();
        return area.getWidth() > 0 && area.getHeight() > 0 ? area : null;
    }

    private void copyImage() {
        if (view.image() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putImage(view.image());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
