package dev.clausius.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours and line styles of the explorer's curves. Colours are from the Okabe-Ito palette, which
 * stays distinguishable under the common colour-vision deficiencies; every curve also has its own
 * dash pattern, so the chart still reads in grey-scale print and for readers who see no colour.
 */
final class ChartStyle {
    private ChartStyle() {
    }

    /** Okabe &amp; Ito (2008), "Color Universal Design". */
    static final Color BLUE = new Color(0, 114, 178);
    static final Color VERMILLION = new Color(213, 94, 0);
    static final Color BLUISH_GREEN = new Color(0, 158, 115);
    static final Color REDDISH_PURPLE = new Color(204, 121, 167);
    static final Color ORANGE = new Color(230, 159, 0);
    static final Color SKY_BLUE = new Color(86, 180, 233);
    static final Color BLACK = Color.BLACK;

    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private static final float WIDTH = 2.0f;

    static Stroke solid() {
        return new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed() {
        return dash(new float[] {9f, 5f}, BasicStroke.CAP_BUTT);
    }

    /** Round caps on short dashes make dots that stay visible at 2 px. */
    static Stroke dotted() {
        return dash(new float[] {0.5f, 5f}, BasicStroke.CAP_ROUND);
    }

    static Stroke dashDot() {
        return dash(new float[] {12f, 4f, 2f, 4f}, BasicStroke.CAP_BUTT);
    }

    private static Stroke dash(float[] pattern, int cap) {
        return new BasicStroke(WIDTH, cap, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }
}
