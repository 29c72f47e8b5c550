package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;

import java.util.List;

/**
 * Entropy production on one time axis: the conventional Sigma = Delta S_A - Q_A/T_B (Eq. 14) and its
 * rate, the paper's interior term (Eq. 11) and, on a log axis, its magnitude, which sits at
 * round-off. In closed mode also the exact decomposition I + D(rho_B||rho_B(0)) + Delta E_V/T_B and
 * the magnitude of its residual, which shows why Sigma may fall below zero without any error.
 */
public final class ProductionFigure implements Figure {


    /** Below this a magnitude is drawn at the floor: a log axis has no zero. */
    static final double LOG_FLOOR = 1e-20;

    private final double bathTemperature;
    private final boolean closed;
    private final boolean classical;
    /** E_V at t = 0, for Delta E_V; set from the first frame at each update. */
    private double couplingEnergyAtZero = Double.NaN;

    private final TimePlot integrated;
    private final TimePlot rates;
    private final TimePlot magnitudes;
    private final JFreeChart chart;
    private final Texts texts;

    public ProductionFigure(Preset preset, double end) {
        this(preset, end, Texts.english());
    }

    public ProductionFigure(Preset preset, double end, Texts texts) {
        this.texts = texts;
        this.bathTemperature = preset.temperatureB();
        this.closed = preset.mode() == Mode.CLOSED;
        this.classical = preset.mode() == Mode.CLASSICAL;
        Curve sigma = new Curve("Σ_{spohn} (Eq. 14)", Palette.BLUE, Dash.SOLID, Frame::spohnProduction)
                .keyed("sigma_spohn");
        integrated = new TimePlot(closed
                ? List.of(sigma,
                        new Curve("I + D_{B} + ΔE_{V}/T_{B}", Palette.BLACK, Dash.DOTTED, this::decomposition)
                                .keyed("decomposition"),
                        new Curve("I(A:B)", Palette.BLUISH_GREEN, Dash.DASHED, Frame::mutualInformation).keyed("I_AB"),
                        new Curve("D(ρ_{B}‖ρ_{B}(0))", Palette.VERMILLION, Dash.DASH_DOT, Frame::relativeEntropyB)
                                .keyed("D_B"))
                : List.of(sigma),
                null, Charts.valueAxis("Σ (nats)"));
        Curve spohnRate = new Curve("dΣ/dt = dS_{A}/dt − (dQ_{A}/dt)/T_{B}", Palette.SKY_BLUE, Dash.SOLID, this::spohnRate)
                .keyed("spohn_rate");
        rates = new TimePlot(classical
                ? List.of(spohnRate,
                        new Curve("interior_{A} (Eq. 3)", Palette.ORANGE, Dash.DASHED, Frame::interiorProductionA),
                        new Curve("interior_{B}", Palette.VERMILLION, Dash.DASH_DOT, ProductionFigure::interiorB)
                                .keyed("interior_B"),
                        new Curve("interior_{AB} (Eq. 15)", Palette.BLACK, Dash.LONG_DASH, ProductionFigure::interiorAB)
                                .keyed("interior_AB"))
                : List.of(spohnRate,
                        new Curve("interior_{A} (Eq. 11)", Palette.ORANGE, Dash.DASHED, Frame::interiorProductionA)),
                null, Charts.valueAxis(Charts.text(texts, "figure.production.axis.rate")));
        LogAxis log = new AxisLabels.LogAxis(Charts.text(texts, "figure.production.axis.magnitude"));
        log.setSmallestValue(LOG_FLOOR);
        // a fixed range from the floor up: round-off (~1e-16) sits visibly low, an error would climb
        log.setRange(LOG_FLOOR / 10, 1e-2);
        Curve interior = new Curve("|interior_{A}|", Palette.ORANGE, Dash.SOLID, f -> magnitude(f.interiorProductionA()))
                .keyed("interior_magnitude");
        magnitudes = new TimePlot(closed
                ? List.of(interior, new Curve("|Σ − (I + D_{B} + ΔE_{V}/T_{B})|", Palette.BLACK, Dash.DOTTED,
                                f -> magnitude(f.spohnProduction() - decomposition(f))).keyed("residual"))
                : List.of(interior),
                null, log);
        StackedPlot combined = new StackedPlot(Charts.timeAxis(end));
        combined.setGap(8);
        combined.add(integrated.plot(), 3);
        combined.add(rates.plot(), 2);
        combined.add(magnitudes.plot(), 2);
        chart = Charts.chart(combined, true);
    }

    /** The conventional production rate dS_A/dt - (dQ_A/dt)/T_B (Eq. 14). */
    double spohnRate(Frame frame) {
        return frame.entropyRateA() - frame.heatRateA() / bathTemperature;
    }

    /** I + D(rho_B || rho_B(0)) + (E_V(t) - E_V(0))/T_B: equal to Sigma in closed mode. */
    double decomposition(Frame frame) {
        return frame.mutualInformation() + frame.relativeEntropyB()
                + (frame.energyCoupling() - couplingEnergyAtZero) / bathTemperature;
    }

    /** The classical columns (NaN in the quantum modes, which have no border cells). */
    static double interiorB(Frame frame) {
        return frame.classical() == null ? Double.NaN : frame.classical().interiorProductionB();
    }

    static double interiorAB(Frame frame) {
        return frame.classical() == null ? Double.NaN : frame.classical().interiorProductionAB();
    }

    static double magnitude(double value) {
        return Double.isNaN(value) ? Double.NaN : Math.max(Math.abs(value), LOG_FLOOR);
    }

    @Override
    public String name() {
        return "production";
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return Charts.text(texts, "figure.production.title");
    }

    @Override
    public String caption() {
        return classical
                ? Charts.text(texts, "figure.production.caption.classical", "interior_{AB} = dS_{A}/dt + dS_{B}/dt", "interior_{A}",
                        "interior_{B}")
                : Charts.text(texts, "figure.production.caption", "Σ = ΔS_{A} − Q_{A}/T_{B}", "Σ = I + D(ρ_{B}‖ρ_{B}(0)) + ΔE_{V}/T_{B}");
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(chart);
    }

    @Override
    public List<TimePlot> timePlots() {
        return List.of(integrated, rates, magnitudes);
    }

    @Override
    public void update(FigureData data, int pixels) {
        couplingEnergyAtZero = data.frames().isEmpty() ? Double.NaN : data.frames().get(0).energyCoupling();
        for (TimePlot plot : timePlots()) {
            plot.update(data.frames(), data.pins(), name(), pixels);
        }
        for (TimePlot plot : timePlots()) {
            plot.dataset().changed();
        }
    }

    @Override
    public void style(FigureStyle style) {
        timePlots().forEach(p -> p.style(style));
        style.applyTo(chart);
    }
}
