package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Frame;

import java.util.List;

/** S_A, S_B, S_AB and S_C = -I(A:B) against t (paper Eq. 16). */
public final class EntropiesFigure extends SingleTimePlotFigure {

    public EntropiesFigure(double end) {
        this(end, Texts.english());
    }

    public EntropiesFigure(double end, Texts texts) {
        super("entropies", Charts.text(texts, "figure.entropies.title"), caption(texts), new TimePlot(List.of(
                new Curve("S_{A}", Palette.BLUE, Dash.SOLID, Frame::entropyA),
                new Curve("S_{B}", Palette.VERMILLION, Dash.DASHED, Frame::entropyB),
                new Curve("S_{AB}", Palette.BLACK, Dash.DOTTED, Frame::entropyAB),
                new Curve("S_{C} = −I(A:B)", Palette.BLUISH_GREEN, Dash.DASH_DOT, Frame::correlationEntropy).keyed("S_C")),
                Charts.timeAxis(end), Charts.valueAxis(Charts.text(texts, "figure.axis.entropy"))), texts);
    }

    static String caption(Texts texts) {
        return Charts.text(texts, "figure.entropies.caption", "S_{AB} = S_{A} + S_{B} + S_{C}", "S_{C} = −I(A:B) ≤ 0", "S_{AB}");
    }
}
