package dev.clausius.figures.look;

import java.awt.Color;

/**
 * The Okabe-Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"): eight colours that stay
 * distinguishable under the common colour-vision deficiencies. Every curve also has its own dash
 * pattern ({@link dev.clausius.figures.FigureStyle#stroke}), so a figure still reads in grey-scale print.
 */
public final class Palette {
    private Palette() {
    }

    public static final Color BLUE = new Color(0, 114, 178);
    public static final Color VERMILLION = new Color(213, 94, 0);
    public static final Color BLUISH_GREEN = new Color(0, 158, 115);
    public static final Color REDDISH_PURPLE = new Color(204, 121, 167);
    public static final Color ORANGE = new Color(230, 159, 0);
    public static final Color SKY_BLUE = new Color(86, 180, 233);
    public static final Color YELLOW = new Color(240, 228, 66);
    public static final Color BLACK = Color.BLACK;
    /** Reference lines: dark enough to read on a projector, lighter than any curve. */
    public static final Color REFERENCE = new Color(0x55, 0x55, 0x55);
}
