package dev.clausius.figures.axis;

import dev.clausius.figures.AxisLabels;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.text.NumberFormat;

/**
 * The number axis of every figure: distinct ticks for a flat series (one frame at t = 0, a
 * conserved S_AB), and tick labels in plain decimals or under one power of ten that the axis label
 * names once ("entropy (nats) ×10⁻⁴").
 */
public final class ReadableAxis extends NumberAxis {
    /**
     * A spread below this fraction of the values' magnitude is round-off, not a change worth an
     * axis (JFreeChart would stretch it to 1e-8 and print twenty equal labels).
     */
    static final double FLAT = 1e-9;
    /** A flat series is drawn in the middle of ± this fraction of its value. */
    static final double SPREAD = 0.05;
    /** The range around a series that is zero throughout, where no magnitude gives a scale. */
    static final double ZERO_HALF_WIDTH = 1.0;

    /** Whether the label already names the power (a label wrapped to its plot, {@link AxisLabels}). */
    private boolean powerInLabel;
    /** The tick labels' decimal separator ({@link #setDecimalPoint}). */
    private char decimalPoint = '.';

    public ReadableAxis(String label) {
        super(label);
    }

    /** Writes the tick labels with {@code point} as the decimal separator (a comma in German and Spanish). */
    public void setDecimalPoint(char point) {
        this.decimalPoint = point;
    }

    /** The label set from now on names the power itself: it is not appended when drawn. */
    public void powerInLabel() {
        this.powerInLabel = true;
    }

    /** This axis' own tick labels, unless a figure chose a format with setNumberFormatOverride. */
    @Override
    public NumberFormat getNumberFormatOverride() {
        NumberFormat chosen = super.getNumberFormatOverride();
        return chosen != null ? chosen : new AxisTickFormat(this, labelCarriesPower(), decimalPoint);
    }

    /** The power of ten the tick labels leave out, as the label names it ("×10⁻⁴"; "" for none). */
    public String power() {
        return super.getNumberFormatOverride() == null && labelCarriesPower() ? AxisTickFormat.scaleOf(this).power() : "";
    }

    private boolean labelCarriesPower() {
        return getAttributedLabel() != null || (getLabel() != null && !getLabel().isEmpty());
    }

    @Override
    protected void autoAdjustRange() {
        super.autoAdjustRange();
        if (getPlot() instanceof ValueAxisPlot plot && getFixedAutoRange() <= 0) {
            Range data = plot.getDataRange(this);
            if (data != null && getAutoRangeIncludesZero()) {
                data = Range.expandToInclude(data, 0.0);
            }
            Range readable = aroundFlat(data);
            if (readable != null) {
                setRange(readable, false, false);
            }
        }
    }

    /** A range centred on a flat series' value, or null when {@code data} spreads enough to draw as it is. */
    static Range aroundFlat(Range data) {
        if (data == null || !Double.isFinite(data.getLowerBound()) || !Double.isFinite(data.getUpperBound())) {
            return null;
        }
        double lower = data.getLowerBound();
        double upper = data.getUpperBound();
        double magnitude = Math.max(Math.abs(lower), Math.abs(upper));
        if (upper - lower > FLAT * magnitude) {
            return null;
        }
        double centre = (lower + upper) / 2;
        double half = magnitude > 0 ? SPREAD * magnitude : ZERO_HALF_WIDTH;
        return new Range(centre - half, centre + half);
    }

    @Override
    protected AxisState drawLabel(String label, Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
                                  RectangleEdge edge, AxisState state) {
        AxisLabels.alignLeft(state, plotArea, edge, getLabelEnclosure(g2, edge));
        String power = powerInLabel ? "" : power();
        String shown = power.isEmpty() || label == null ? label : label + " " + power;
        return super.drawLabel(shown, g2, plotArea, dataArea, edge, state);
    }

    @Override
    protected AxisState drawAttributedLabel(AttributedString label, Graphics2D g2, Rectangle2D plotArea,
                                            Rectangle2D dataArea, RectangleEdge edge, AxisState state) {
        AxisLabels.alignLeft(state, plotArea, edge, getLabelEnclosure(g2, edge));
        String power = powerInLabel ? "" : power();
        AttributedString shown = power.isEmpty() || label == null ? label : append(label, " " + power);
        return super.drawAttributedLabel(shown, g2, plotArea, dataArea, edge, state);
    }

    /** {@code label} followed by {@code suffix} in the label font, the label's own runs kept. */
    private AttributedString append(AttributedString label, String suffix) {
        AttributedCharacterIterator runs = label.getIterator();
        StringBuilder text = new StringBuilder();
        for (char c = runs.first(); c != CharacterIterator.DONE; c = runs.next()) {
            text.append(c);
        }
        int end = text.length();
        AttributedString joined = new AttributedString(text + suffix);
        for (int start = runs.getBeginIndex(); start < runs.getEndIndex(); start = runs.getRunLimit()) {
            runs.setIndex(start);
            if (runs.getRunLimit() > start && !runs.getAttributes().isEmpty()) {
                joined.addAttributes(runs.getAttributes(), start - runs.getBeginIndex(), runs.getRunLimit() - runs.getBeginIndex());
            }
        }
        joined.addAttribute(TextAttribute.FONT, getLabelFont(), end, end + suffix.length());
        return joined;
    }
}
