package dev.clausius.export;

import dev.clausius.figures.FigureFonts;
import dev.clausius.figures.FigureStyle;
import java.util.Locale;

/**
 * The text and lines of a printed figure, at the printed size: every text in one family and size,
 * curves and the thinnest line in points.
 *
 * @param family     a {@link FigureFonts} family
 * @param fontPoints the size of every text, 6 to 24 pt
 */
public record Lettering(String family, double fontPoints, double curvePoints, double thinnestPoints) {
    /** Journals' smallest legible lettering (Nature: 5 pt; most: 6 pt); nothing is set smaller. */
    public static final double MIN_FONT_POINTS = 6;
    public static final double MAX_FONT_POINTS = 24;

    public Lettering {
        if (!FigureFonts.SANS.equals(family) && !FigureFonts.SERIF.equals(family)) {
            throw new IllegalArgumentException("font must be serif or sans, got " + family);
        }
        if (!(fontPoints >= MIN_FONT_POINTS && fontPoints <= MAX_FONT_POINTS)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "font size must be between %.0f and %.0f pt, got %s", MIN_FONT_POINTS, MAX_FONT_POINTS, fontPoints));
        }
    }

    /** The family for a {@code --font} word: {@code serif} or {@code sans}. */
    public static String family(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "serif" -> FigureFonts.SERIF;
            case "sans", "sans-serif" -> FigureFonts.SANS;
            default -> throw new IllegalArgumentException("unknown font '" + word + "'; expected serif or sans");
        };
    }

    /**
     * The figure style drawing this lettering in a layout {@code size.layoutScale()} times the
     * printed size (the export scales the layout down to the page, so the printed sizes come out).
     */
    public FigureStyle figureStyle(FigureSize size) {
        float scale = (float) size.layoutScale();
        return FigureStyle.printed(family, (float) fontPoints * scale, (float) curvePoints * scale,
                (float) thinnestPoints * scale, (float) MIN_FONT_POINTS * scale);
    }
}
