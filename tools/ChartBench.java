// The chart-library measurement of docs/decisions/0007-chart-library.md. Run from the project root after
// `mvn -q -o package -DskipTests`, headless (Monocle, software rendering, as in the tests):
//   java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
//        -cp "target/lib/*:$(find ~/.m2/repository/org/testfx/openjfx-monocle -name "*.jar" | head -1)" tools/ChartBench.java
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

public class ChartBench {
    static final int SERIES = 5, POINTS = 5000, W = 1000, H = 600;

    static double median(List<Double> xs) { double[] a = xs.stream().mapToDouble(d -> d).toArray(); Arrays.sort(a); return a[a.length / 2]; }

    static JFreeChart jfree(int points) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < SERIES; s++) {
            XYSeries series = new XYSeries("s" + s, false, true);
            for (int k = 0; k < points; k++) series.add(k * 0.02, Math.sin(k * 0.02 + s) * Math.exp(-k * 1e-4));
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        return new JFreeChart(new XYPlot(data, new org.jfree.chart.axis.NumberAxis("t"), new org.jfree.chart.axis.NumberAxis("y"), renderer));
    }

    public static void main(String[] args) throws Exception {
        for (int points : new int[] {POINTS, 2 * W}) {
            JFreeChart chart = jfree(points);
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long t0 = System.nanoTime();
                var g = image.createGraphics();
                chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, W, H));
                g.dispose();
                if (i >= 10) ms.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.printf("JFreeChart Java2D, %d x %d points, %dx%d: median %.1f ms%n", SERIES, points, W, H, median(ms));
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        // JavaFX built-in LineChart: replace the data, lay out and render one frame (snapshot)
        for (int points : new int[] {POINTS, 2 * W}) {
            AtomicReference<Double> result = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
                chart.setAnimated(false);
                chart.setCreateSymbols(false);
                Scene scene = new Scene(new StackPane(chart), W, H);
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    long t0 = System.nanoTime();
                    List<XYChart.Series<Number, Number>> all = new ArrayList<>();
                    for (int s = 0; s < SERIES; s++) {
                        XYChart.Series<Number, Number> series = new XYChart.Series<>();
                        List<XYChart.Data<Number, Number>> d = new ArrayList<>(points);
                        for (int k = 0; k < points; k++) d.add(new XYChart.Data<>(k * 0.02, Math.sin(k * 0.02 + s + i)));
                        series.getData().setAll(d);
                        all.add(series);
                    }
                    chart.getData().setAll(all);
                    scene.snapshot(null);
                    if (i >= 2) ms.add((System.nanoTime() - t0) / 1e6);
                }
                result.set(median(ms));
                done.countDown();
            });
            done.await();
            System.out.printf("JavaFX LineChart (sw, Monocle), %d x %d points, %dx%d: median %.1f ms%n", SERIES, points, W, H, result.get());
        }
        // JFreeChart in JavaFX through ChartViewer (FXGraphics2D on a Canvas)
        for (int points : new int[] {POINTS, 2 * W}) {
            AtomicReference<Double> result = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            JFreeChart chart = jfree(points);
            Platform.runLater(() -> {
                ChartViewer viewer = new ChartViewer(chart);
                Scene scene = new Scene(new StackPane(viewer), W, H);
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long t0 = System.nanoTime();
                    chart.fireChartChanged();
                    scene.snapshot(null);
                    if (i >= 5) ms.add((System.nanoTime() - t0) / 1e6);
                }
                result.set(median(ms));
                done.countDown();
            });
            done.await();
            System.out.printf("JFreeChart ChartViewer (sw, Monocle), %d x %d points, %dx%d: median %.1f ms%n", SERIES, points, W, H, result.get());
        }
        Platform.exit();
    }
}
