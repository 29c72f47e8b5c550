package dev.clausius.figures.look;

/** Dash patterns, one per curve of a chart, so curves differ in shape as well as in colour. */
public enum Dash {
    SOLID(null),
    DASHED(new float[] {9f, 5f}),
    /** Round caps on short dashes make dots that stay visible at 2 px. */
    DOTTED(new float[] {0.5f, 5f}),
    DASH_DOT(new float[] {12f, 4f, 2f, 4f}),
    LONG_DASH(new float[] {18f, 6f}),
    DASH_DOT_DOT(new float[] {12f, 4f, 2f, 4f, 2f, 4f});

    private final float[] pattern;

    Dash(float[] pattern) {
        this.pattern = pattern;
    }

    /** The pattern scaled to a line width (thicker projector lines need longer dashes); null = solid. */
    public float[] pattern(float scale) {
        if (pattern == null) {
            return null;
        }
        float[] scaled = pattern.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= scale;
        }
        return scaled;
    }
}
