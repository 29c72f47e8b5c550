package dev.clausius.figures;

import dev.clausius.export.PanelCsv;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: every panel's title, caption, axis labels and legends in German are the German bundle's
 * strings, read here from the .properties file itself (symbols filled in as the figures do), while
 * the data the figures write keeps the contract's English names.
 */
class FigureLanguageTest {
    private static final Texts GERMAN = Texts.of(Language.GERMAN);

    private static Properties german() throws IOException {
        try (InputStream in = FigureLanguageTest.class.getResourceAsStream("/dev/clausius/i18n/messages_de.properties")) {
            assertTrue(in != null, "the German bundle");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** The German pattern of {@code key} with {@code symbols} filled in. */
    private static String de(Properties german, String key, Object... symbols) {
        String pattern = german.getProperty(key);
        assertTrue(pattern != null, "no German " + key);
        return new MessageFormat(pattern, Language.GERMAN.locale()).format(symbols);
    }

    private static Preset preset(String name) throws Exception {
        return PresetReader.read(Path.of("presets", name + ".json"));
    }

    /** Every axis label of a chart: domain and range of its plot or of each stacked plot, and a colour scale's. */
    private static Set<String> axisLabels(JFreeChart chart) {
        Set<String> labels = new HashSet<>();
        List<XYPlot> plots = chart.getPlot() instanceof CombinedDomainXYPlot combined ? combined.getSubplots()
                : List.of((XYPlot) chart.getPlot());
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            labels.add(combined.getDomainAxis().getLabel());
        }
        for (XYPlot plot : plots) {
            for (ValueAxis axis : List.of(plot.getDomainAxis() == null ? new NumberAxis() : plot.getDomainAxis(),
                    plot.getRangeAxis())) {
                labels.add(axis.getLabel());
            }
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend scale) {
                labels.add(scale.getAxis().getLabel());
            }
        }
        return labels;
    }

    private static Set<String> legendLabels(JFreeChart chart) {
        Set<String> labels = new HashSet<>();
        for (Iterator<?> items = chart.getPlot().getLegendItems().iterator(); items.hasNext(); ) {
            labels.add(((LegendItem) items.next()).getLabel());
        }
        return labels;
    }

    private static Map<String, Figure> panels(Preset preset) {
        Map<String, Figure> panels = new TreeMap<>();
        for (Figure figure : Figures.forPreset(preset, 100, GERMAN)) {
            panels.put(figure.name(), figure);
        }
        return panels;
    }

    private static void assertAxes(Figure figure, String... expected) {
        Set<String> labels = new HashSet<>();
        figure.charts().forEach(chart -> labels.addAll(axisLabels(chart)));
        for (String label : expected) {
            assertTrue(labels.contains(label), figure.name() + ": no axis '" + label + "' in " + labels);
        }
    }

    private static void assertLegend(Figure figure, String... expected) {
        Set<String> labels = new HashSet<>();
        figure.charts().forEach(chart -> labels.addAll(legendLabels(chart)));
        for (String label : expected) {
            assertTrue(labels.contains(label), figure.name() + ": no legend '" + label + "' in " + labels);
        }
    }

    @Test
    void everyPanelOfAQuantumPresetSpeaksTheGermanBundle() throws Exception {
        Properties de = german();
        Map<String, Figure> panels = panels(preset("resonant-qubits"));
        assertEquals(Set.of("scene", "entropies", "production", "temperatures", "engine", "state", "compare"), panels.keySet());
        for (Figure figure : panels.values()) {
            assertEquals(de.getProperty("figure." + figure.name() + ".title"), figure.title(), figure.name());
            assertEquals(GERMAN, figure.texts());
        }
        assertEquals(de(de, "figure.scene.caption", "I(A:B)", "S_{AB}", "S_{C}"), panels.get("scene").caption());
        assertEquals(de(de, "figure.entropies.caption", "S_{AB} = S_{A} + S_{B} + S_{C}", "S_{C} = −I(A:B) ≤ 0", "S_{AB}"),
                panels.get("entropies").caption());
        assertEquals(de(de, "figure.production.caption", "Σ = ΔS_{A} − Q_{A}/T_{B}", "Σ = I + D(ρ_{B}‖ρ_{B}(0)) + ΔE_{V}/T_{B}"),
                panels.get("production").caption());
        assertEquals(de(de, "figure.temperatures.caption", "T(t) = (dQ/dt)/(dS/dt)", "dS/dt = 0", "dQ/dt ≠ 0",
                "ω/ln(p_{g}/p_{e})"), panels.get("temperatures").caption());
        assertEquals(de(de, "figure.engine.caption", "η = 1 − ∫T_{c} dS / ∫T_{h} dS", "W/Q_{hot}", "η_{Carnot}", "T_{gen}"),
                panels.get("engine").caption());
        assertEquals(de(de, "figure.state.caption", "ρ_{A}", "ln ρ_{A}", "tr(i[H_{A}, ρ_{A}] ln ρ_{A})", "S_{A}"),
                panels.get("state").caption());
        assertEquals(de(de, "figure.compare.caption", "interior_{AB} > 0", "S_{AB}", "dS_{AB}/dt = 0", "S_{C} = −I(A:B)",
                "S_{A} + S_{B}"), panels.get("compare").caption());

        assertAxes(panels.get("entropies"), de(de, "figure.axis.entropy"), Charts.TIME_LABEL);
        assertAxes(panels.get("production"), de(de, "figure.production.axis.rate"), de(de, "figure.production.axis.magnitude"));
        assertAxes(panels.get("temperatures"), de(de, "figure.temperatures.axis", "k_{B} = 1"));
        assertAxes(panels.get("engine"), de(de, "figure.engine.axis.cycle"), de(de, "figure.engine.axis.efficiency", "η"),
                de(de, "figure.engine.axis.temperature", "T_{gen}"));
        assertAxes(panels.get("state"), de(de, "figure.state.axis.level"), de(de, "figure.state.axis.population", "ρ_{ii}"),
                de(de, "figure.state.axis.column"), de(de, "figure.state.axis.row"));
        assertAxes(panels.get("compare"), de(de, "figure.axis.entropy"));

        assertLegend(panels.get("engine"), de(de, "figure.engine.loop.current"), de(de, "figure.engine.loop.previous"));
        assertLegend(panels.get("state"), de(de, "figure.state.populations", "p_{i}", "ρ_{A}"),
                de(de, "figure.state.populations", "p_{i}", "ρ_{B}"), de(de, "figure.state.sphere"));
        assertLegend(panels.get("compare"), de(de, "figure.compare.series.shown", "S_{AB}"),
                de(de, "figure.compare.series.partner", "S_{AB}"),
                de(de, "figure.compare.series.shown", de(de, "figure.compare.rate.inside", "dS_{AB}/dt")));
        assertEquals(de(de, "figure.engine.ledger.notEngine"), ((EngineFigure) panels.get("engine")).ledgerText());
    }

    @Test
    void anEngineAndAClassicalPresetToo() throws Exception {
        Properties de = german();
        Map<String, Figure> engine = panels(preset("otto-qubit"));
        assertLegend(engine.get("temperatures"), de(de, "figure.temperatures.medium", "T_{gen}"));
        assertEquals(de(de, "figure.engine.ledger.none"), ((EngineFigure) engine.get("engine")).ledgerText());
        Map<String, Figure> classical = panels(preset("classical-bars"));
        assertEquals(Set.of("scene", "entropies", "production", "temperatures", "compare"), classical.keySet());
        assertEquals(de(de, "figure.production.caption.classical", "interior_{AB} = dS_{A}/dt + dS_{B}/dt", "interior_{A}",
                "interior_{B}"), classical.get("production").caption());
        for (Figure figure : classical.values()) {
            assertEquals(de.getProperty("figure." + figure.name() + ".title"), figure.title(), figure.name());
        }
    }

    @Test
    void theDataKeepTheContractsEnglishNames() throws Exception {
        Preset otto = preset("otto-qubit");
        TemperatureFigure german = new TemperatureFigure(otto, 10, GERMAN);
        TemperatureFigure english = new TemperatureFigure(otto, 10);
        List<Curve> curves = german.timePlot().curves();
        assertEquals("T_gen medium", curves.get(0).plainLabel(), "the CSV header");
        assertNotEquals(curves.get(0).label(), curves.get(0).legendLabel(), "the legend is German");
        assertEquals("T_gen medium", german.timePlot().dataset().getSeriesKey(0), "the dataset key");
        StringWriter de = new StringWriter();
        StringWriter en = new StringWriter();
        PanelCsv.write(german.timePlot().curves(), FiguresTest.frames(5), de);
        PanelCsv.write(english.timePlot().curves(), FiguresTest.frames(5), en);
        assertEquals(en.toString(), de.toString());
    }

    @Test
    void numbersInFigureTextFollowTheLanguageAndEnglishStaysAsItWas() {
        for (double value : new double[] {0.66284, -0.13718, 31.4, 1.2e-7, 0, Double.NaN}) {
            assertEquals(Charts.number(value), Charts.number(value, Texts.english()), "English is unchanged");
        }
        assertEquals("0,6628", Charts.number(0.66284, GERMAN));
        assertEquals("0,6628", Charts.number(0.66284, Texts.of(Language.SPANISH)));
        // Persian digits and separator, embedded left to right so "T = ۰٫۶۶۲۸" keeps its order in a Persian line
        assertEquals("\u202A۰٫۶۶۲۸\u202C", Charts.number(0.66284, Texts.of(Language.PERSIAN)));
        assertEquals("\u202A۱۲\u202C", Charts.integer(12, Texts.of(Language.PERSIAN)));
    }

    @Test
    void germanTickLabelsHaveADecimalCommaAndPersianOnesLatinDigits() throws Exception {
        Preset closed = preset("resonant-qubits");
        EntropiesFigure german = (EntropiesFigure) Figures.forPreset(closed, 10, GERMAN).get(1);
        EntropiesFigure persian = (EntropiesFigure) Figures.forPreset(closed, 10, Texts.of(Language.PERSIAN)).get(1);
        EntropiesFigure english = (EntropiesFigure) Figures.forPreset(closed, 10).get(1);
        for (EntropiesFigure figure : List.of(german, persian, english)) {
            figure.update(new FigureData(closed, FiguresTest.frames(41), List.of(), null, null, 10), 400);
        }
        NumberAxis de = (NumberAxis) german.timePlot().plot().getRangeAxis();
        NumberAxis fa = (NumberAxis) persian.timePlot().plot().getRangeAxis();
        NumberAxis en = (NumberAxis) english.timePlot().plot().getRangeAxis();
        for (NumberAxis axis : List.of(de, fa, en)) {
            axis.setRange(0, 1);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        }
        assertEquals("0,5", de.getNumberFormatOverride().format(0.5));
        assertEquals("0.5", fa.getNumberFormatOverride().format(0.5));
        assertEquals("0.5", en.getNumberFormatOverride().format(0.5));
        assertEquals(0.5, de.getNumberFormatOverride().parse("0,5").doubleValue(), 1e-15, "read back");
    }
}
