package dev.clausius.app.view.chart;

import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One JFreeChart on screen as an image that the {@link ChartPainter} thread draws with Java2D, the
 * same drawing as the PNG export. The FX thread only copies finished pixels into its image (about
 * a millisecond), so a redraw never holds up a pulse (decision 0010). Zoom, pan and the cursor
 * readout are in {@link ChartGestures}.
 */
public final class ChartImageView extends Region {
    private final JFreeChart chart;
    private final ChartPainter painter;
    private final ImageView imageView = new ImageView();
    private final AtomicBoolean renderQueued = new AtomicBoolean();
    private final AtomicBoolean presentQueued = new AtomicBoolean();
    // the size to draw at, written by the FX thread's layout, read by the painter
    private volatile int drawWidth;
    private volatile int drawHeight;
    private volatile double outputScale = 1.0;
    // painter thread only
    private BufferedImage canvas;
    private ChartRenderingInfo info = new ChartRenderingInfo(null);
    // handed from the painter to the FX thread under this lock
    private final Object handover = new Object();
    private int[] ready = new int[0];
    private int readyWidth;
    private int readyHeight;
    private RenderedChart readyLayout;
    private boolean fresh;
    // FX thread only: the image shares its pixels with this buffer, no format conversion
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int[] pixelArray;
    private WritableImage image;
    private RenderedChart shown = RenderedChart.NONE;

    ChartImageView(JFreeChart chart, ChartPainter painter) {
        this.chart = chart;
        this.painter = painter;
        getStyleClass().add("chart-image");
        imageView.setSmooth(false); // drawn at the device's own resolution: nothing to interpolate
        getChildren().add(imageView);
        setMinSize(120, 90);
        setPrefSize(600, 400);
    }

    JFreeChart chart() {
        return chart;
    }

    /** The rendering info of the last drawing (its data area, entities); painter thread only. */
    ChartRenderingInfo info() {
        return info;
    }

    /** Adds a node drawn over the chart (the zoom box), placed by its own coordinates. */
    void addOverlay(javafx.scene.Node overlay) {
        overlay.setManaged(false);
        getChildren().add(overlay);
    }

    /** The width the next drawing will have, in layout pixels (0 before the first layout). */
    int drawWidth() {
        return drawWidth;
    }

    /** The layout of the chart on screen now: its data area and time range, for readouts. */
    public RenderedChart shown() {
        return shown;
    }

    /** The image on screen (null before the first drawing), for copying to the clipboard. */
    WritableImage image() {
        return image;
    }

    /**
     * Changes the chart on the painter thread (a zoom, a pan) and redraws it. {@code change} gets
     * the rendering info of the last drawing, which JFreeChart's zoom and pan calls need.
     */
    void change(Consumer<ChartRenderingInfo> change) {
        painter.execute(() -> change.accept(info));
        requestRender();
    }

    /** Asks for a drawing at the current size; drawings asked for before one starts are merged. */
    void requestRender() {
        if (!renderQueued.getAndSet(true)) {
            painter.execute(() -> {
                renderQueued.set(false);
                render();
            });
        }
    }

    /** Draws now; painter thread only (the panel calls it after updating the figure). */
    void render() {
        int width = drawWidth;
        int height = drawHeight;
        double scale = outputScale;
        if (width <= 0 || height <= 0) {
            return;
        }
        int pixelsWide = (int) Math.ceil(width * scale);
        int pixelsHigh = (int) Math.ceil(height * scale);
        if (canvas == null || canvas.getWidth() != pixelsWide || canvas.getHeight() != pixelsHigh) {
            canvas = new BufferedImage(pixelsWide, pixelsHigh, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        ChartRenderingInfo drawn = new ChartRenderingInfo(null);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pixelsWide, pixelsHigh);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), null, drawn);
        } finally {
            g.dispose();
        }
        info = drawn;
        painter.countDrawing();
        int[] pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        synchronized (handover) {
            if (ready.length != pixels.length) {
                ready = new int[pixels.length];
            }
            System.arraycopy(pixels, 0, ready, 0, pixels.length);
            readyWidth = pixelsWide;
            readyHeight = pixelsHigh;
            readyLayout = RenderedChart.of(chart, drawn);
            fresh = true;
        }
        if (!presentQueued.getAndSet(true)) {
            Platform.runLater(this::present);
        }
    }

    /** FX thread: shows the latest drawing. */
    private void present() {
        presentQueued.set(false);
        synchronized (handover) {
            if (!fresh) {
                return;
            }
            fresh = false;
            if (pixelBuffer == null || pixelBuffer.getWidth() != readyWidth || pixelBuffer.getHeight() != readyHeight) {
                // INT_ARGB_PRE is the image's own format: setPixels into a plain WritableImage converted
                // every pixel to bytes, a fifth of the FX thread's time
                pixelArray = new int[readyWidth * readyHeight];
                pixelBuffer = new PixelBuffer<>(readyWidth, readyHeight, IntBuffer.wrap(pixelArray),
                        PixelFormat.getIntArgbPreInstance());
                image = new WritableImage(pixelBuffer);
                imageView.setImage(image);
            }
            pixelBuffer.updateBuffer(buffer -> {
                System.arraycopy(ready, 0, pixelArray, 0, pixelArray.length);
                return null; // all of it is new
            });
            shown = readyLayout;
        }
        imageView.setFitWidth(readyWidth / outputScale);
        imageView.setFitHeight(readyHeight / outputScale);
    }

    @Override
    protected void layoutChildren() {
        int width = (int) Math.floor(getWidth());
        int height = (int) Math.floor(getHeight());
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1.0;
        imageView.relocate(0, 0);
        if (width != drawWidth || height != drawHeight || scale != outputScale) {
            drawWidth = width;
            drawHeight = height;
            outputScale = scale;
            requestRender();
        }
    }

    /** Where the last drawing put the data, in this view's coordinates. */
    public record RenderedChart(Rectangle2D dataArea, double domainLower, double domainUpper) {
        static final RenderedChart NONE = new RenderedChart(new Rectangle2D.Double(), Double.NaN, Double.NaN);

        static RenderedChart of(JFreeChart chart, ChartRenderingInfo info) {
            Rectangle2D area = (Rectangle2D) info.getPlotInfo().getDataArea().clone();
            if (chart.getPlot() instanceof XYPlot xy) {
                return new RenderedChart(area, xy.getDomainAxis().getLowerBound(), xy.getDomainAxis().getUpperBound());
            }
            return new RenderedChart(area, Double.NaN, Double.NaN);
        }

        /** The domain value (t on a time plot) under {@code x}, or NaN outside the data area. */
        double domainAt(double x) {
            if (dataArea.getWidth() <= 0 || x < dataArea.getMinX() || x > dataArea.getMaxX()) {
                return Double.NaN;
            }
            return domainLower + (x - dataArea.getMinX()) / dataArea.getWidth() * (domainUpper - domainLower);
        }
    }
}
