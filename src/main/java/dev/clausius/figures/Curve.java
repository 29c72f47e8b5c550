package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.thermo.Frame;
import dev.clausius.typeset.Markup;

import java.awt.Color;
import java.util.function.ToDoubleFunction;

/**
 * One curve of a time chart: its legend label (with symbol and unit, in {@link Markup}), look, and
 * the value it draws for a frame. A value may be NaN: the line then breaks there.
 *
 * @param key      the plain name a guided tour highlights it by: the CSV column it draws where there
 *                 is one ({@code S_C}, {@code sigma_spohn}), else a short word ({@code decomposition})
 *
 * @param quotient for a ratio such as T = dQ/dS: its numerator and denominator; where the denominator
 *                 changes sign between two frames and the numerator does not, the curve passes
 *                 through infinity and is broken there ({@link Divergences}); null for ordinary curves
 * @param cap      values beyond +-cap are drawn as a gap (a divergence, not data); infinite for none
 * @param legend   the label as the legend and readout show it, in the figure's language; null: the
 *                 label itself. The label stays English: its plain text is the CSV header
 */
public record Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value,
                    RateQuotient quotient, double cap, String key, String legend) {

    public Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value,
                 RateQuotient quotient, double cap, String key) {
        this(label, colour, dash, value, quotient, cap, key, null);
    }

    /** A curve keyed by its label's plain text ({@code S_{AB}} is keyed S_AB). */
    public Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value) {
        this(label, colour, dash, value, null, Double.POSITIVE_INFINITY, Markup.plain(label));
    }

    public Curve(String label, Color colour, Dash dash, ToDoubleFunction<Frame> value,
                 RateQuotient quotient, double cap) {
        this(label, colour, dash, value, quotient, cap, Markup.plain(label));
    }

    /** The label as plain text, for CSV headers and readouts copied as text. */
    public String plainLabel() {
        return Markup.plain(label);
    }

    /** The same curve under another key. */
    public Curve keyed(String newKey) {
        return new Curve(label, colour, dash, value, quotient, cap, newKey, legend);
    }

    /** The same curve shown in the legend as {@code shown} (markup, translated); its label and key stay. */
    public Curve shown(String shown) {
        return new Curve(label, colour, dash, value, quotient, cap, key, shown);
    }

    /** The legend's label: the translated one if there is one, else the label. */
    public String legendLabel() {
        return legend == null ? label : legend;
    }
}
