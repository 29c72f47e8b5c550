package dev.clausius.export;

import dev.clausius.figures.FigureFonts;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A journal's figure specification: printed widths of a column and of the page, the font family
 * and size of every text at the printed size, curve widths and the PNG resolution for line art.
 * The values and their sources: docs/decisions/0013-journal-styles.md. {@link #DEFAULT} is the
 * explorer's own look scaled to the width, as exports have always been.
 */
public enum JournalStyle {
    DEFAULT(FigureSize.COLUMN_WIDTH, FigureSize.PAGE_WIDTH, null, 0, FigureSize.DEFAULT_DPI),
    /** Physical Review: 8.6 cm column, 17.8 cm page (REVTeX 4.2 reprint: 246 pt and 510 pt). */
    APS(3.4, 7.0, FigureFonts.SERIF, 8, 600),
    /** IEEE Transactions: 3.5 in (88.9 mm) column, 7.16 in (182 mm) page; 600 dpi line art. */
    IEEE(3.5, 7.16, FigureFonts.SERIF, 8, 600),
    /** Nature: 89 mm column, 183 mm page; sans-serif text of 5-7 pt. */
    NATURE(89 / 25.4, 183 / 25.4, FigureFonts.SANS, 7, 600);

    /** Curves of a journal figure at the printed size, in points. */
    static final double CURVE_POINTS = 1.0;
    /** No line of a journal figure is thinner (grid, axes, ticks, frames), in points. */
    static final double THINNEST_POINTS = 0.5;

    /** One column of the journal's page, or the page's full width. */
    public enum Column { SINGLE, DOUBLE }

    private final double singleInches;
    private final double doubleInches;
    private final String family;
    private final double fontPoints;
    private final int dpi;

    JournalStyle(double singleInches, double doubleInches, String family, double fontPoints, int dpi) {
        this.singleInches = singleInches;
        this.doubleInches = doubleInches;
        this.family = family;
        this.fontPoints = fontPoints;
        this.dpi = dpi;
    }

    /** The printed width of a figure a column or the page wide, in inches. */
    public double widthInches(Column column) {
        return column == Column.DOUBLE ? doubleInches : singleInches;
    }

    /** The PNG resolution the style asks for. */
    public int dpi() {
        return dpi;
    }

    /**
     * The text and lines of the style, with {@code family} and {@code fontPoints} in place of the
     * style's where given (null: the style's). The default style has none unless one is given:
     * then its figures are set in Clausius Sans at 8 pt.
     *
     * @return null for the default style without overrides (the explorer's look, scaled)
     */
    public Lettering lettering(String family, Double fontPoints) {
        if (this == DEFAULT && family == null && fontPoints == null) {
            return null;
        }
        String chosenFamily = family != null ? family : this.family != null ? this.family : FigureFonts.SANS;
        double size = fontPoints != null ? fontPoints : this == DEFAULT ? 8 : this.fontPoints;
        return new Lettering(chosenFamily, size, CURVE_POINTS, THINNEST_POINTS);
    }

    /** The name on the command line and in the dialog, e.g. {@code aps}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style named {@code id} (case-insensitive), or an exception listing the names. */
    public static JournalStyle of(String id) {
        for (JournalStyle style : values()) {
            if (style.id().equalsIgnoreCase(id.strip())) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown style '" + id + "'; expected one of " + ids());
    }

    /** The styles' names, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(JournalStyle::id).collect(Collectors.joining(", "));
    }
}
