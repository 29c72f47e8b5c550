package dev.clausius.app;

import dev.clausius.thermo.Column;

import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/** One curve of a chart: which Frame column it draws and how it looks. */
record CurveSpec(Column column, Color colour, Stroke stroke) {

    /** The four entropies of the paper's Eq. 16 ledger, S_C = S_AB - S_A - S_B. */
    static List<CurveSpec> entropies() {
        return List.of(
                new CurveSpec(Column.ENTROPY_A, ChartStyle.BLUE, ChartStyle.solid()),
                new CurveSpec(Column.ENTROPY_B, ChartStyle.VERMILLION, ChartStyle.dashed()),
                new CurveSpec(Column.ENTROPY_AB, ChartStyle.BLACK, ChartStyle.dotted()),
                new CurveSpec(Column.CORRELATION_ENTROPY, ChartStyle.BLUISH_GREEN, ChartStyle.dashDot()));
    }
}
