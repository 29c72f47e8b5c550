// Times the explorer's chart drawing (decision 0010): each panel's figure is updated from a recorded
// run and its charts are drawn with Java2D into a BufferedImage, as app.view.chart.ChartImageView does on the
// painter thread (same image type, hints and white fill). No JavaFX: the FX thread only copies the
// finished pixels. Run from the project root after `mvn -q -o package -DskipTests`:
//   java -Djava.awt.headless=true -cp "target/classes:target/lib/*" tools/ChartBench.java [PRESET [WIDTH HEIGHT]]
// (default presets/resonant-qubits.json at 1000 x 600). Prints, per panel, the median and the 90th
// percentile of an update (decimation for WIDTH pixels) and of a drawing of all its charts.
import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.RecordedRun;
import dev.clausius.figures.Figure;
import dev.clausius.figures.FigureData;
import dev.clausius.figures.Figures;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

public class ChartBench {
    static final int WARM_UP = 15;
    static final int TIMED = 40;

    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0] : "presets/resonant-qubits.json";
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 1000;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        Preset preset = PresetReader.read(Path.of(file));
        Evolver evolver = Evolvers.create(preset, file);
        TimeGrid grid = TimeGrid.of(preset);
        FigureData data = RecordedRun.of(preset, evolver, grid).figureData();
        System.out.printf(Locale.ROOT, "%s: %d frames, charts %d x %d px, median / p90 of %d after %d warm-up%n",
                file, grid.size(), width, height, TIMED, WARM_UP);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        for (Figure figure : Figures.forPreset(preset, grid.end())) {
            double[] update = new double[TIMED];
            double[] draw = new double[TIMED];
            int charts = 0;
            for (int i = 0; i < WARM_UP + TIMED; i++) {
                long t0 = System.nanoTime();
                figure.update(data, width);
                long t1 = System.nanoTime();
                charts = 0;
                for (int c = 0; c < figure.charts().size(); c++) {
                    if (figure.hasContent(c, data)) {
                        drawInto(canvas, figure.charts().get(c));
                        charts++;
                    }
                }
                long t2 = System.nanoTime();
                if (i >= WARM_UP) {
                    update[i - WARM_UP] = (t1 - t0) / 1e6;
                    draw[i - WARM_UP] = (t2 - t1) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "%-12s %d chart(s): update %6.2f / %6.2f ms, draw %6.2f / %6.2f ms%n",
                    figure.name(), charts, quantile(update, 0.5), quantile(update, 0.9), quantile(draw, 0.5),
                    quantile(draw, 0.9));
        }
        System.exit(0); // the native libraries' threads would keep the JVM up
    }

    /** As ChartImageView.render at an output scale of 1. */
    static void drawInto(BufferedImage canvas, JFreeChart chart) {
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            chart.draw(g, new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight()), null,
                    new ChartRenderingInfo(null));
        } finally {
            g.dispose();
        }
    }

    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
