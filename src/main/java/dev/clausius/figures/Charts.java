package dev.clausius.figures;

import dev.clausius.figures.look.Palette;
import dev.clausius.figures.axis.AxisTickFormat;
import dev.clausius.figures.axis.ReadableAxis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import dev.clausius.typeset.TypesetLegend;
import dev.clausius.typeset.TypesetMarkerLabel;

import dev.clausius.i18n.Texts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Shared pieces of the figures: the time axis, reference lines and the chart frame. */
public final class Charts {
    private Charts() {
    }

    public static final String TIME_LABEL = "t (1/ω)";

    /** The extra gap between stacked plots whose tick labels carry a decimal comma, in layout units. */
    static final double COMMA_DESCENT = 3;

    /** The time axis spanning the whole grid from the start, so curves grow to the right. */
    public static NumberAxis timeAxis(double end) {
        NumberAxis axis = new ReadableAxis(TIME_LABEL);
        axis.setAutoRangeIncludesZero(false);
        if (end > 0 && !Double.isInfinite(end)) {
            axis.setRange(0.0, end);
        }
        return axis;
    }

    public static NumberAxis valueAxis(String label) {
        NumberAxis axis = new ReadableAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setAutoRangeStickyZero(false);
        return axis;
    }

    /** A chart with its legend on top and no title (the app shows the title and caption itself). */
    public static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (legend) {
            LegendTitle legendTitle = new TypesetLegend(plot);
            legendTitle.setMargin(new RectangleInsets(1.0, 1.0, 1.0, 1.0));
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setPosition(RectangleEdge.TOP);
            chart.addLegend(legendTitle);
        }
        FigureStyle.NORMAL.applyTo(chart);
        readableTicks(plot);
        return chart;
    }

    /**
     * Tick labels without E-notation on the axes a figure made itself (integer levels, fixed
     * probability ranges): each tick carries its power of ten if it ever needs one; log axes show
     * their decades as 10⁻¹⁶. {@link ReadableAxis} writes its own.
     */
    private static void readableTicks(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            readableTicks(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                readableTicks(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                readableTicks(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                readableTicks(xy.getRangeAxis(i));
            }
        }
    }

    private static void readableTicks(ValueAxis axis) {
        if (axis instanceof LogAxis log && log.getNumberFormatOverride() == null) {
            log.setNumberFormatOverride(new AxisTickFormat.Decades());
        } else if (axis instanceof NumberAxis number && !(axis instanceof ReadableAxis)
                && number.getNumberFormatOverride() == null) {
            number.setNumberFormatOverride(new AxisTickFormat(number, false));
        }
    }

    /**
     * The tick labels of every number axis of {@code chart} with the decimal separator German and
     * Spanish textbooks print, a comma; English and Persian keep the point (Persian figures keep
     * Latin digits on their axes, as the symbols and the time axis beside them are Latin and left
     * to right). A no-op in English, so English figures stay as they were.
     */
    public static void localizeTicks(JFreeChart chart, Texts texts) {
        char point = tickPoint(texts);
        if (point == '.') {
            return;
        }
        Plot plot = chart.getPlot();
        List<ValueAxis> axes = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            if (combined instanceof StackedPlot stacked) {
                stacked.widenGap(COMMA_DESCENT);
            }
            axes.add(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                axesOf(sub, axes);
            }
        } else if (plot instanceof XYPlot xy) {
            axesOf(xy, axes);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend scale && scale.getAxis() instanceof NumberAxis number) {
                // the density matrix's colour scale: its ticks as an axis' own
                number.setNumberFormatOverride(new AxisTickFormat(number, false));
                axes.add(number);
            }
        }
        for (ValueAxis axis : axes) {
            if (axis instanceof ReadableAxis readable) {
                readable.setDecimalPoint(point);
            } else if (axis instanceof NumberAxis number && number.getNumberFormatOverride() instanceof AxisTickFormat) {
                number.setNumberFormatOverride(new AxisTickFormat(number, false, point));
            }
        }
    }

    /** The decimal separator of tick labels in {@code texts}' language: a comma where the language writes one with Latin digits. */
    static char tickPoint(Texts texts) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(texts.locale());
        return symbols.getZeroDigit() == '0' ? symbols.getDecimalSeparator() : '.';
    }

    private static void axesOf(XYPlot plot, List<ValueAxis> axes) {
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axes.add(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axes.add(plot.getRangeAxis(i));
        }
    }

    /** A labelled horizontal reference line (a bath temperature, Carnot's efficiency); skipped if not finite. */
    public static void reference(XYPlot plot, String label, double value) {
        reference(plot, label, value, false);
    }

    /**
     * As {@link #reference(XYPlot, String, double)}; {@code labelAbove} for a reference at the
     * bottom of the range (T_cold), whose label would be cut off below its line.
     */
    public static void reference(XYPlot plot, String label, double value, boolean labelAbove) {
        if (!Double.isFinite(value)) {
            return;
        }
        ValueMarker marker = new ValueMarker(value, Palette.REFERENCE, FigureStyle.NORMAL.referenceStroke());
        // the label hangs below its line, inside the data area: a reference at the top of the range
        // (eta_Carnot bounds every efficiency, T_hot every temperature) would otherwise be cut off
        marker.setLabelAnchor(labelAbove ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(labelAbove ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        marker.setLabelFont(FigureStyle.NORMAL.tickFont());
        plot.addRangeMarker(marker, Layer.FOREGROUND);
        // the label is typeset by an annotation: a marker's own label is a plain string
        plot.addAnnotation(new TypesetMarkerLabel(marker, label), false);
    }

    /** Numbers for labels and ledgers: a decimal point on every machine, as in the CSV. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * {@link #number(double)} as the figure's language writes it on screen: a decimal comma in
     * German and Spanish, Persian digits and decimal separator in Persian; in English exactly
     * {@link #number(double)}, so English figures (and every CLI export) stay as they were.
     */
    public static String number(double value, Texts texts) {
        return leftToRight(localized(number(value), texts.locale()), texts);
    }

    /** {@link #number(double)} as a scale's tick: the decimal separator of the language's tick labels, Latin digits. */
    public static String tickNumber(double value, Texts texts) {
        char point = tickPoint(texts);
        return point == '.' ? number(value) : number(value).replace('.', point);
    }

    /** A whole number (a cycle, a count) in the language's digits. */
    public static String integer(long value, Texts texts) {
        return leftToRight(localized(Long.toString(value), texts.locale()), texts);
    }

    /**
     * The text of {@code key} with {@code arguments} filled in: in a right-to-left language each
     * argument without right-to-left letters (a formula, a symbol, a number) is a left-to-right
     * embedding ({@link #leftToRight}), so "|dQ_{A}/dt| = 0.02" keeps its bars and its order inside a
     * Persian sentence.
     */
    public static String text(Texts texts, String key, Object... arguments) {
        if (!texts.language().rightToLeft()) {
            return texts.get(key, arguments);
        }
        Object[] embedded = arguments.clone();
        for (int i = 0; i < embedded.length; i++) {
            if (embedded[i] instanceof String argument && !hasRightToLeftLetter(argument)) {
                embedded[i] = leftToRight(argument, texts);
            }
        }
        return texts.get(key, embedded);
    }

    private static boolean hasRightToLeftLetter(String text) {
        return text.chars().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /**
     * {@code text} as a left-to-right embedding (LRE … PDF) in a right-to-left language, unchanged
     * otherwise. A Persian number after "T_{hot} = " would otherwise pull the "=" into the
     * right-to-left sentence and print "۰٫۵ = T_hot"; embedded, the symbol, the sign and the number
     * read left to right, as in printed physics.
     */
    public static String leftToRight(String text, Texts texts) {
        return texts.language().rightToLeft() ? "\u202A" + text + "\u202C" : text;
    }

    /**
     * A number written with ASCII digits and a point ("0.6630", "1.200e-04") in {@code locale}'s
     * digits and decimal separator; the sign and the exponent's e stay.
     */
    public static String localized(String plain, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char zero = symbols.getZeroDigit();
        char point = symbols.getDecimalSeparator();
        if (zero == '0' && point == '.') {
            return plain;
        }
        StringBuilder text = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            text.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c == '.' ? point : c);
        }
        return text.toString();
    }
}
