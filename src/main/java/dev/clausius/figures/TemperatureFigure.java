package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The generalized temperatures T = dQ/dS (paper Eq. 17) of A and B, with the initial (or bath)
 * temperatures as reference lines, poles drawn as gaps (a removable 0/0 drawn through), and for a
 * qubit A its population temperature omega / ln(p_g/p_e) beside them (equal to T_gen while rho_A
 * is diagonal).
 */
public final class TemperatureFigure extends SingleTimePlotFigure {


    /** Gaps begin beyond this many times the problem's largest finite temperature. */
    static final double CAP_FACTOR = 8.0;

    public TemperatureFigure(Preset preset, double end) {
        this(preset, end, Texts.english());
    }

    public TemperatureFigure(Preset preset, double end, Texts texts) {
        super("temperatures", Charts.text(texts, "figure.temperatures.title"), caption(texts), plot(preset, end, texts), texts);
    }

    static String caption(Texts texts) {
        return Charts.text(texts, "figure.temperatures.caption", "T(t) = (dQ/dt)/(dS/dt)", "dS/dt = 0", "dQ/dt ≠ 0", "ω/ln(p_{g}/p_{e})");
    }

    private static TimePlot plot(Preset preset, double end, Texts texts) {
        List<double[]> references = references(preset);
        double scale = 1.0;
        for (double[] reference : references) {
            if (Double.isFinite(reference[0]) && reference[0] > scale) {
                scale = reference[0];
            }
        }
        double cap = CAP_FACTOR * scale;
        List<Curve> curves = new ArrayList<>();
        boolean engine = preset.mode() == Mode.ENGINE;
        String nameA = engine ? "T_{gen} medium" : "T_{A,gen}";
        curves.add(new Curve(nameA, Palette.BLUE, Dash.SOLID, Frame::generalizedTemperatureA,
                new RateQuotient(Frame::heatRateA, Frame::entropyRateA), cap, "T_A_gen",
                engine ? Charts.text(texts, "figure.temperatures.medium", "T_{gen}") : null));
        if (preset.mode() == Mode.CLOSED || preset.mode() == Mode.CLASSICAL) {
            curves.add(new Curve("T_{B,gen}", Palette.VERMILLION, Dash.DASHED, Frame::generalizedTemperatureB,
                    new RateQuotient(Frame::heatRateB, Frame::entropyRateB), cap));
        }
        if (preset.mode() == Mode.CLASSICAL) {
            // the cells at the contact: Eq. 1's temperatures, where the heat crosses
            curves.add(new Curve("T_{A,border}", Palette.SKY_BLUE, Dash.DOTTED,
                    f -> f.classical() == null ? Double.NaN : f.classical().borderTemperatureA()).keyed("T_A_border"));
            curves.add(new Curve("T_{B,border}", Palette.ORANGE, Dash.DASH_DOT_DOT,
                    f -> f.classical() == null ? Double.NaN : f.classical().borderTemperatureB()).keyed("T_B_border"));
        }
        double qubitOmega = qubitOmega(preset);
        if (!Double.isNaN(qubitOmega) || isEngineQubit(preset)) {
            curves.add(new Curve("T_{pop} = ω/ln(p_{g}/p_{e})", Palette.BLUISH_GREEN, Dash.DOTTED,
                    f -> populationTemperature(f, qubitOmega), null, cap, "T_pop"));
        }
        TimePlot plot = new TimePlot(curves, Charts.timeAxis(end), Charts.valueAxis(Charts.text(texts, "figure.temperatures.axis", "k_{B} = 1")));
        List<String> labels = referenceLabels(preset, texts);
        for (int i = 0; i < references.size(); i++) {
            Charts.reference(plot.plot(), labels.get(i), references.get(i)[0]);
        }
        return plot;
    }

    private static List<double[]> references(Preset preset) {
        if (preset.mode() == Mode.ENGINE) {
            return List.of(new double[] {preset.engine().hot().temperature()},
                    new double[] {preset.engine().cold().temperature()});
        }
        return List.of(new double[] {preset.temperatureA()}, new double[] {preset.temperatureB()});
    }

    private static List<String> referenceLabels(Preset preset, Texts texts) {
        if (preset.mode() == Mode.ENGINE) {
            return List.of("T_{hot} = " + Charts.number(preset.engine().hot().temperature(), texts),
                    "T_{cold} = " + Charts.number(preset.engine().cold().temperature(), texts));
        }
        String b = preset.mode() == Mode.OPEN ? "T_{bath} = " : "T_{B}(0) = ";
        return List.of("T_{A}(0) = " + Charts.number(preset.temperatureA(), texts), b + Charts.number(preset.temperatureB(), texts));
    }

    private static double qubitOmega(Preset preset) {
        return preset.subsystemA() instanceof SubsystemSpec.Qubit qubit ? qubit.omega() : Double.NaN;
    }

    private static boolean isEngineQubit(Preset preset) {
        return preset.mode() == Mode.ENGINE && preset.engine().medium() instanceof SubsystemSpec.Qubit;
    }

    /**
     * omega / ln(p_g/p_e) from E_A = (omega/2)(p_e - p_g) (H = (omega/2) sigma_z); in
     * engine mode omega is the drive's omega(t) and E_A = tr(rho H(t)).
     */
    public static double populationTemperature(Frame frame, double fixedOmega) {
        double omega = frame.engine() != null ? frame.engine().omega() : fixedOmega;
        if (!(omega > 0)) {
            return Double.NaN;
        }
        double excited = (frame.energyA() / (omega / 2) + 1) / 2;
        double ground = 1 - excited;
        if (!(excited > 0) || !(ground > 0)) {
            return Double.NaN;
        }
        return omega / Math.log(ground / excited);
    }

}
