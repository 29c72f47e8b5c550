package dev.clausius.figures;

import dev.clausius.thermo.Frame;

import java.util.List;

/** S_A, S_B, S_AB and S_C = -I(A:B) against t (paper Eq. 16). */
public final class EntropiesFigure extends SingleTimePlotFigure {

    static final String CAPTION = "Eq. 16: S_{AB} = S_{A} + S_{B} + S_{C} with S_{C} = −I(A:B) ≤ 0; in a closed system "
            + "S_{AB} stays constant while A, B and their correlations trade entropy.";

    public EntropiesFigure(double end) {
        super("entropies", "Entropies", CAPTION, new TimePlot(List.of(
                new Curve("S_{A}", Palette.BLUE, Dash.SOLID, Frame::entropyA),
                new Curve("S_{B}", Palette.VERMILLION, Dash.DASHED, Frame::entropyB),
                new Curve("S_{AB}", Palette.BLACK, Dash.DOTTED, Frame::entropyAB),
                new Curve("S_{C} = −I(A:B)", Palette.BLUISH_GREEN, Dash.DASH_DOT, Frame::correlationEntropy).keyed("S_C")),
                Charts.timeAxis(end), Charts.valueAxis("entropy (nats)")));
    }
}
