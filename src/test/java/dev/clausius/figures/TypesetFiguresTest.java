package dev.clausius.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.preset.ComplexValue;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.preset.TimeSpec;
import dev.clausius.typeset.Run;
import dev.clausius.typeset.Shift;
import dev.clausius.typeset.TypesetBlock;
import dev.clausius.typeset.TypesetGraphic;
import dev.clausius.typeset.TypesetLegend;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;

/** Legends and axis labels carry the typeset symbols; keys and CSV headers keep the plain names. */
class TypesetFiguresTest {
    private static final Preset CLOSED = new Preset("p", "d", Mode.CLOSED, new SubsystemSpec.Qubit(1.0),
            new SubsystemSpec.Qubit(1.0), 0.5, 2.0, new CouplingSpec.Terms(List.of(new CouplingSpec.Term(
            ComplexValue.real(0.05), "sp", "sm", true, 0, 0))), null, null, new TimeSpec(0.25, 10));

    @Test
    void theProductionLegendTypesetsItsSubscripts() {
        ProductionFigure figure = new ProductionFigure(CLOSED, 10);
        JFreeChart chart = figure.charts().get(0);
        LegendTitle legend = chart.getLegend();
        assertInstanceOf(TypesetLegend.class, legend);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < chart.getPlot().getLegendItems().getItemCount(); i++) {
            labels.add(chart.getPlot().getLegendItems().get(i).getLabel());
        }
        assertTrue(labels.contains("D(ρ_{B}‖ρ_{B}(0))"), labels.toString());
        assertTrue(labels.contains("dΣ/dt = dS_{A}/dt − (dQ_{A}/dt)/T_{B}"), labels.toString());
        // the dataset key and the tour's key stay the plain names
        assertEquals("Σ_spohn (Eq. 14)", figure.timePlots().get(0).dataset().getSeriesKey(0));
        assertEquals("D(ρ_B‖ρ_B(0))", figure.timePlots().get(0).dataset().getSeriesKey(3));
        assertEquals("I_AB", figure.timePlots().get(0).curves().get(2).key());

        // drawn, each legend item's text is a typeset block: "D(ρ", "B" lowered, "‖ρ", "B" lowered, "(0))"
        draw(chart);
        List<TypesetBlock> blocks = new ArrayList<>();
        collect(legend.getItemContainer(), blocks);
        assertEquals(labels.size(), blocks.size());
        List<List<Run>> runs = blocks.stream().map(b -> b.line().runs()).toList();
        assertTrue(runs.contains(List.of(new Run("D(ρ", Shift.NORMAL), new Run("B", Shift.SUB),
                new Run("‖ρ", Shift.NORMAL), new Run("B", Shift.SUB), new Run("(0))", Shift.NORMAL))), runs.toString());
    }

    @Test
    void anAxisLabelInMarkupIsAttributedInEachStylesFont() {
        TemperatureFigure figure = new TemperatureFigure(CLOSED, 10);
        ValueAxis axis = figure.timePlot().plot().getRangeAxis();
        assertEquals("temperature (energy units, k_{B} = 1)", axis.getLabel());
        TypesetGraphic graphic = graphic(axis);
        assertEquals(new Run("B", Shift.SUB), graphic.line().runs().get(1));
        assertEquals(FigureStyle.NORMAL.labelFont(), graphic.line().font());
        figure.style(FigureStyle.PROJECTOR);
        assertEquals(FigureStyle.PROJECTOR.labelFont(), graphic(axis).line().font());
        // the time axis has no markup and keeps JFreeChart's plain label
        assertEquals(null, figure.timePlot().plot().getDomainAxis().getAttributedLabel());
    }

    @Test
    void panelCsvHeadersKeepThePlainNames() {
        TemperatureFigure figure = new TemperatureFigure(CLOSED, 10);
        List<String> plain = figure.timePlot().curves().stream().map(Curve::plainLabel).toList();
        assertEquals("T_A_gen", plain.get(0));
        assertEquals("T_B_gen", plain.get(1));
        assertEquals("T_{A,gen}", figure.timePlot().curves().get(0).label());
    }

    @Test
    void aReferenceLabelAtTheBottomOfTheRangeMovesAboveItsLine() {
        SeriesDataset data = new SeriesDataset(List.of("T_{A}"));
        data.set(0, new double[] {0, 1, 2}, new double[] {0.5, 1.5, 2.0});
        org.jfree.chart.axis.NumberAxis range = new org.jfree.chart.axis.NumberAxis("T");
        range.setRange(0.5, 2.0);
        org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(data, new org.jfree.chart.axis.NumberAxis("t"),
                range, new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, false));
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        Charts.reference(plot, "T_{A}(0) = 0.5000", 0.5);
        assertEquals(null, ((org.jfree.chart.plot.ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next()).getLabel(), "the marker draws no plain label of its own");
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 400, 300), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        int lineY = (int) Math.round(range.valueToJava2D(0.5, area, plot.getRangeAxisEdge()));
        // the label's dark text sits in the data area, right-aligned, in the rows just above the line
        int dark = 0;
        for (int y = lineY - 20; y < lineY - 2; y++) {
            for (int x = (int) (area.getMaxX() - 60); x < area.getMaxX(); x++) {
                dark += (image.getRGB(x, y) & 0xFF) < 80 ? 1 : 0;
            }
        }
        assertTrue(dark > 20, dark + " dark pixels above the line");
    }

    private static TypesetGraphic graphic(ValueAxis axis) {
        assertNotNull(axis.getAttributedLabel(), axis.getLabel());
        return (TypesetGraphic) axis.getAttributedLabel().getIterator().getAttribute(TextAttribute.CHAR_REPLACEMENT);
    }

    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(800, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 800, 900));
        g.dispose();
    }

    private static void collect(BlockContainer container, List<TypesetBlock> into) {
        for (Object block : container.getBlocks()) {
            if (block instanceof TypesetBlock typeset) {
                into.add(typeset);
            } else if (block instanceof BlockContainer inner) {
                collect(inner, into);
            } else {
                assertInstanceOf(Block.class, block);
            }
        }
    }
}
