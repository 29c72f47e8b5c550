package dev.clausius.export;

/**
 * A figure's printed size: width and height in inches, raster resolution in dots per inch.
 * Charts are laid out in points (1/72 inch) at the printed size, so fonts keep their printed
 * size at every resolution; a PNG is that layout scaled by dpi/72, never an upscaled snapshot.
 */
public record FigureSize(double widthInches, double heightInches, int dpi) {
    /** A journal column (3.4 in) at 300 dpi. */
    public static final double COLUMN_WIDTH = 3.4;
    /** A full page width (7 in). */
    public static final double PAGE_WIDTH = 7.0;
    public static final int DEFAULT_DPI = 300;
    private static final double ASPECT = 0.75;

    public FigureSize {
        if (!(widthInches > 0 && widthInches <= 100) || !(heightInches > 0 && heightInches <= 100)) {
            throw new IllegalArgumentException("figure size must be between 0 and 100 inches, got "
                    + widthInches + " x " + heightInches);
        }
        if (dpi < 10 || dpi > 2400) {
            throw new IllegalArgumentException("dpi must be between 10 and 2400, got " + dpi);
        }
    }

    /** A figure of the given width with the default 4:3 aspect. */
    public static FigureSize ofWidth(double widthInches, int dpi) {
        return new FigureSize(widthInches, widthInches * ASPECT, dpi);
    }

    /**
     * The figures' fonts and strokes are sized for a screen (12-13 pt); a narrow printed figure is
     * laid out this many times larger and scaled down, so a 3.4-inch column figure carries about
     * 8-pt text and 1.4-pt lines, and a 7-inch page figure keeps the screen sizes.
     */
    public double layoutScale() {
        return Math.max(1, Math.min(2, 5.0 / widthInches));
    }

    public double widthPoints() {
        return widthInches * 72;
    }

    public double heightPoints() {
        return heightInches * 72;
    }

    public int widthPixels() {
        return (int) Math.round(widthInches * dpi);
    }

    public int heightPixels() {
        return (int) Math.round(heightInches * dpi);
    }
}
