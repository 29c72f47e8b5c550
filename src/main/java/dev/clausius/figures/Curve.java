package dev.clausius.figures;

import dev.clausius.thermo.Frame;

import java.awt.Color;
import java.util.function.ToDoubleFunction;

/**
 * One curve of a time chart: its legend label (with symbol and unit), look, and the value it draws
 * for a frame. A value may be NaN: the line then breaks there.
 *
 * @param poleRate for a ratio such as T = dQ/dS: its denominator; where it changes sign between two
 *                 frames the curve passes through infinity and is broken there ({@link Divergences});
 *                 null for ordinary curves
 * @param cap      values beyond +-cap are drawn as a gap (a divergence, not data); infinite for none
 */
public record Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value,
                    ToDoubleFunction<Frame> poleRate, double cap) {

    public Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value) {
        this(label, colour, dash, value, null, Double.POSITIVE_INFINITY);
    }
}
