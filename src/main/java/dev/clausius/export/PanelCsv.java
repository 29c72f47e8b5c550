package dev.clausius.export;

import dev.clausius.figures.Curve;
import dev.clausius.thermo.Frame;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Exactly the series a panel shows, at full resolution (every frame, not the decimated drawing):
 * t, then one column per curve, headed by its legend label as plain text ({@code S_AB} for S_{AB}).
 */
public final class PanelCsv {
    private PanelCsv() {
    }

    public static void write(List<Curve> curves, List<Frame> frames, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("t");
        for (Curve curve : curves) {
            line.append(',').append(CsvField.csv(curve.plainLabel()));
        }
        out.write(line.append('\n').toString());
        for (Frame frame : frames) {
            line.setLength(0);
            line.append(CsvWriter.format(frame.time()));
            for (Curve curve : curves) {
                line.append(',').append(CsvWriter.format(curve.value().applyAsDouble(frame)));
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }
}
