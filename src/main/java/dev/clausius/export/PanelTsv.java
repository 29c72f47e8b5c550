package dev.clausius.export;

import dev.clausius.figures.Curve;
import dev.clausius.thermo.Frame;
import java.util.List;

/**
 * A panel's series as tab-separated text for the clipboard: a spreadsheet pastes it into columns.
 * The same columns as {@link PanelCsv} (t, then one per curve, every frame); a label's tabs and
 * line breaks become spaces ({@link CsvField#tabSeparated}), so no quoting is needed.
 */
public final class PanelTsv {
    private PanelTsv() {
    }

    public static String text(List<Curve> curves, List<Frame> frames) {
        StringBuilder text = new StringBuilder("t");
        for (Curve curve : curves) {
            text.append('\t').append(CsvField.tabSeparated(curve.plainLabel()));
        }
        text.append('\n');
        for (Frame frame : frames) {
            text.append(CsvWriter.format(frame.time()));
            for (Curve curve : curves) {
                text.append('\t').append(CsvWriter.format(curve.value().applyAsDouble(frame)));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
