package dev.clausius.figures;

import java.awt.Color;

/**
 * How a guided tour points at one curve: the named curve drawn thick, every other one faded, so
 * the eye goes where the step's sentence is; with nothing named every curve is drawn as usual.
 */
public enum Emphasis {
    PLAIN(1f, 255),
    STRONG(2.5f, 255),
    /** Faded, not hidden: the step's curve is read against the others. */
    FADED(1f, 70);

    private final float widthFactor;
    private final int alpha;

    Emphasis(float widthFactor, int alpha) {
        this.widthFactor = widthFactor;
        this.alpha = alpha;
    }

    /** The emphasis of the curve {@code key} while {@code highlighted} (null: none) is the tour's curve. */
    public static Emphasis of(String key, String highlighted) {
        if (highlighted == null) {
            return PLAIN;
        }
        return highlighted.equals(key) ? STRONG : FADED;
    }

    public float widthFactor() {
        return widthFactor;
    }

    public Color paint(Color colour) {
        return alpha == 255 ? colour : new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
