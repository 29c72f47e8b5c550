package dev.clausius.figures;

import dev.clausius.figures.look.Dash;
import dev.clausius.figures.look.Palette;
import dev.clausius.i18n.Texts;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import dev.clausius.typeset.TypesetTitle;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine mode: the efficiency of each completed cycle from Eq. 19 (generalized temperatures) and
 * W/Q_hot against Carnot and Curzon-Ahlborn; the cycle in the T-S plane (its enclosed area is the
 * work); and the heat/work ledger of the last completed cycle as numbers. Pinned runs' efficiencies
 * and loops ({@link PinnedCycles}) are drawn faint beneath, one legend entry per pin.
 */
public final class EngineFigure implements Figure {


    private final boolean engine;
    private final double etaCarnot;
    private final double etaCurzonAhlborn;
    private final SeriesDataset efficiency = new SeriesDataset(List.of("η (Eq. 19)", "η_{energy} = W/Q_{hot}"));
    private final XYLineAndShapeRenderer efficiencyRenderer = new XYLineAndShapeRenderer(true, true);
    /** Per pin with cycles: its η (Eq. 19) then its W/Q_hot. */
    private final SeriesDataset pinnedEfficiency = new SeriesDataset(List.of());
    private final PinRenderer pinRenderer = new PinRenderer();
    private List<PinnedRun> pins = List.of();
    private FigureStyle style = FigureStyle.NORMAL;
    private final TemperatureEntropyPlot cyclePlot;
    private final TypesetTitle ledger = new TypesetTitle("", FigureStyle.NORMAL.tickFont());
    private final JFreeChart efficiencyChart;
    private final JFreeChart cycleChart;
    /** The key a tour step points at ({@link #highlights}), or null. */
    private String highlighted;
    private final Texts texts;

    public EngineFigure(Preset preset) {
        this(preset, Texts.english());
    }

    public EngineFigure(Preset preset, Texts texts) {
        this.texts = texts;
        engine = preset.mode() == Mode.ENGINE;
        double hot = engine ? preset.engine().hot().temperature() : Double.NaN;
        double cold = engine ? preset.engine().cold().temperature() : Double.NaN;
        etaCarnot = 1 - cold / hot;
        etaCurzonAhlborn = 1 - Math.sqrt(cold / hot);

        NumberAxis cycles = new NumberAxis(Charts.text(texts, "figure.engine.axis.cycle"));
        cycles.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        cycles.setAutoRangeIncludesZero(false);
        NumberAxis eta = Charts.valueAxis(Charts.text(texts, "figure.engine.axis.efficiency", "η"));
        eta.setAutoRangeIncludesZero(true);
        efficiencyRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        efficiencyRenderer.setSeriesShape(1, new java.awt.Rectangle(-3, -3, 6, 6));
        efficiencyRenderer.setLegendLine(new Line2D.Double(-14.0, 0.0, 14.0, 0.0));
        // one path per series: the dashes run on across points instead of restarting at each
        efficiencyRenderer.setDrawSeriesLineAsPath(true);
        efficiencyRenderer.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        XYPlot plot = new XYPlot(efficiency, cycles, eta, efficiencyRenderer);
        // small marks: a pin of one cycle has no line to draw; the reverse order draws pins first
        pinRenderer.setDefaultShapesVisible(true);
        plot.setDataset(1, pinnedEfficiency);
        plot.setRenderer(1, pinRenderer);
        Charts.reference(plot, "η_{Carnot} = " + Charts.number(etaCarnot, texts), etaCarnot);
        Charts.reference(plot, "η_{CA} = " + Charts.number(etaCurzonAhlborn, texts), etaCurzonAhlborn);
        efficiencyChart = Charts.chart(plot, true);
        ledger.setMarkup(Charts.text(texts, engine ? "figure.engine.ledger.none" : "figure.engine.ledger.notEngine"));
        efficiencyChart.addSubtitle(ledger);

        cyclePlot = new TemperatureEntropyPlot(hot, cold, texts);
        cycleChart = Charts.chart(cyclePlot.plot(), true);
        style(FigureStyle.NORMAL);
    }

    public double etaCarnot() {
        return etaCarnot;
    }

    /** The pinned runs' efficiencies: per pin with cycles, η (Eq. 19) then W/Q_hot against cycle number. */
    public SeriesDataset pinnedEfficiency() {
        return pinnedEfficiency;
    }

    public TemperatureEntropyPlot cyclePlot() {
        return cyclePlot;
    }

    /** The last completed cycle's ledger, one line of numbers. */
    public String ledgerText() {
        return ledger.getText();
    }

    static String ledger(CycleRecord last, double etaCarnot) {
        return ledger(last, etaCarnot, Texts.english());
    }

    static String ledger(CycleRecord last, double etaCarnot, Texts texts) {
        String head = Charts.text(texts, "figure.engine.ledger.cycle", Charts.integer(last.cycle() + 1, texts));
        List<String> items = List.of("Q_{hot} = " + Charts.number(last.heatHot(), texts),
                "Q_{cold} = " + Charts.number(last.heatCold(), texts), "W = " + Charts.number(last.work(), texts),
                "η (Eq. 19) = " + Charts.number(last.generalizedTemperatureEfficiency(), texts),
                "W/Q_{hot} = " + Charts.number(last.energyEfficiency(), texts),
                "η_{Carnot} = " + Charts.number(etaCarnot, texts));
        if (texts.language().rightToLeft()) {
            // the words a right-to-left unit, each "symbol = number" one unbreakable left-to-right item
            head = "\u202B" + head + "\u202C";
            items = items.stream().map(item -> item.replace(' ', '\u00A0')).toList();
        }
        return head + "  " + String.join("   ", items);
    }

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public String title() {
        return Charts.text(texts, "figure.engine.title");
    }

    @Override
    public String caption() {
        return Charts.text(texts, "figure.engine.caption", "η = 1 − ∫T_{c} dS / ∫T_{h} dS", "W/Q_{hot}", "η_{Carnot}", "T_{gen}");
    }

    @Override
    public List<JFreeChart> charts() {
        return List.of(efficiencyChart, cycleChart);
    }

    /** eta: Eq. 19's efficiency per cycle; eta_energy: W/Q_hot; cycle: the T-S loop. */
    @Override
    public List<String> highlights() {
        return List.of("eta", "eta_energy", "cycle");
    }

    @Override
    public void highlight(String key) {
        highlighted = key;
    }

    @Override
    public boolean hasContent(int index, FigureData data) {
        return engine || index == 0;
    }

    @Override
    public void update(FigureData data, int pixels) {
        if (!engine) {
            return;
        }
        List<CycleRecord> records = data.cycles();
        int n = records.size();
        double[] x = new double[n];
        double[] eq19 = new double[n];
        double[] energy = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = records.get(i).cycle() + 1;
            eq19[i] = records.get(i).generalizedTemperatureEfficiency();
            energy[i] = records.get(i).energyEfficiency();
        }
        efficiency.set(0, x, eq19);
        efficiency.set(1, x, energy);
        ledger.setMarkup(n == 0 ? Charts.text(texts, "figure.engine.ledger.none") : ledger(records.get(n - 1), etaCarnot, texts));
        if (!data.pins().equals(pins)) {
            pinsChanged(data.pins());
        }
        efficiency.changed();
        cyclePlot.update(lastCycles(data.frames()), data.pins(), style);
    }

    /** Lays out the pinned efficiencies: two series per pin with completed cycles, a legend entry per pin. */
    private void pinsChanged(List<PinnedRun> pinnedRuns) {
        pins = List.copyOf(pinnedRuns);
        List<PinnedRun> drawn = pins.stream().filter(pin -> pin.cycles().count() > 0).toList();
        List<String> keys = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (PinnedRun pin : drawn) {
            keys.add(pin.label() + " · η (Eq. 19)");
            keys.add(pin.label() + " · η_energy = W/Q_hot");
            legend.add(pin.label());
            legend.add(null);
        }
        pinnedEfficiency.replace(keys);
        for (int p = 0; p < drawn.size(); p++) {
            PinnedCycles cycles = drawn.get(p).cycles();
            double[] x = new double[cycles.count()];
            for (int i = 0; i < x.length; i++) {
                x[i] = cycles.cycle()[i] + 1;
            }
            pinnedEfficiency.set(2 * p, x, cycles.etaEq19());
            pinnedEfficiency.set(2 * p + 1, x, cycles.etaEnergy());
        }
        pinRenderer.setLegendLabels(legend);
        stylePins();
        pinnedEfficiency.changed();
    }

    private void stylePins() {
        for (int i = 0; i < pinnedEfficiency.getSeriesCount(); i++) {
            boolean eq19 = i % 2 == 0;
            pinRenderer.setSeriesPaint(i, PinRenderer.faint(eq19 ? Palette.BLUE : Palette.VERMILLION), false);
            pinRenderer.setSeriesStroke(i, style.pinStroke(eq19 ? Dash.SOLID : Dash.DASHED), false);
            pinRenderer.setSeriesShape(i, eq19 ? new Ellipse2D.Double(-2, -2, 4, 4)
                    : new java.awt.Rectangle(-2, -2, 4, 4), false);
        }
    }

    /** Frames of the current cycle and of the one before it (the last complete loop). */
    static List<List<Frame>> lastCycles(List<Frame> frames) {
        List<Frame> current = new ArrayList<>();
        List<Frame> previous = new ArrayList<>();
        if (frames.isEmpty() || frames.get(frames.size() - 1).engine() == null) {
            return List.of(current, previous);
        }
        int cycle = frames.get(frames.size() - 1).engine().cycle();
        for (int k = frames.size() - 1; k >= 0; k--) {
            Frame frame = frames.get(k);
            int c = frame.engine().cycle();
            if (c == cycle) {
                current.add(0, frame);
            } else if (c == cycle - 1) {
                previous.add(0, frame);
            } else {
                break;
            }
        }
        return List.of(current, previous);
    }

    @Override
    public void style(FigureStyle style) {
        this.style = style;
        Emphasis eta = Emphasis.of("eta", highlighted);
        Emphasis energy = Emphasis.of("eta_energy", highlighted);
        efficiencyRenderer.setSeriesPaint(0, eta.paint(Palette.BLUE));
        efficiencyRenderer.setSeriesStroke(0, style.stroke(Dash.SOLID, eta));
        efficiencyRenderer.setSeriesPaint(1, energy.paint(Palette.VERMILLION));
        efficiencyRenderer.setSeriesStroke(1, style.stroke(Dash.DASHED, energy));
        stylePins();
        cyclePlot.style(style, Emphasis.of("cycle", highlighted));
        style.applyTo(efficiencyChart);
        style.applyTo(cycleChart);
    }
}
