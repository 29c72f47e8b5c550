package dev.clausius.figures.axis;

import org.jfree.chart.axis.NumberAxis;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * The tick labels of one {@link NumberAxis} as JFreeChart asks for them (a NumberFormat), written by
 * the {@link TickScale} of the axis' range and tick unit at the moment of drawing, so a zoom or a
 * growing series changes the power of ten without an event.
 */
public final class AxisTickFormat extends NumberFormat {
    private final transient NumberAxis axis;
    /** True when the axis label names the power of ten once ({@link ReadableAxis}); else each tick carries it. */
    private final boolean powerInLabel;
    /** The decimal separator the labels are written with: a point, or a comma in German and Spanish. */
    private final char point;

    public AxisTickFormat(NumberAxis axis, boolean powerInLabel) {
        this(axis, powerInLabel, '.');
    }

    public AxisTickFormat(NumberAxis axis, boolean powerInLabel, char point) {
        this.axis = axis;
        this.powerInLabel = powerInLabel;
        this.point = point;
    }

    /** The decimal separator of the labels. */
    public char point() {
        return point;
    }

    static TickScale scaleOf(NumberAxis axis) {
        return TickScale.of(axis.getLowerBound(), axis.getUpperBound(), axis.getTickUnit().getSize());
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        TickScale scale = scaleOf(axis);
        String label = powerInLabel ? scale.label(number) : scale.labelWithPower(number);
        return toAppendTo.append(point == '.' ? label : label.replace('.', point));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /** Reads a label back (the mantissa times the axis' power of ten); null and no progress if it is not one. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        String text = source.substring(parsePosition.getIndex()).trim();
        TickScale scale = scaleOf(axis);
        int exponent = scale.exponent();
        String power = scale.power();
        if (!power.isEmpty() && text.endsWith(power)) {
            text = text.substring(0, text.length() - power.length());
        } else if (!powerInLabel) {
            exponent = 0;
        }
        try {
            double mantissa = Double.parseDouble(text.replace('−', '-').replace(point, '.'));
            parsePosition.setIndex(source.length());
            return mantissa * Math.pow(10, exponent);
        } catch (NumberFormatException notALabel) {
            parsePosition.setErrorIndex(parsePosition.getIndex());
            return null;
        }
    }

    /** Formats of the same axis are equal (NumberFormat's own equals would call any two equal). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AxisTickFormat format && format.axis == axis && format.powerInLabel == powerInLabel
                && format.point == point;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(axis) * 2 + (powerInLabel ? 1 : 0) + 31 * point;
    }

    /** Tick labels of a log axis: its decades as 10⁻¹⁶ (JFreeChart's default sets a hyphen in a superscript run). */
    public static final class Decades extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            double decade = Math.log10(number);
            if (Double.isFinite(decade) && Math.abs(decade - Math.rint(decade)) < 1e-9) {
                return toAppendTo.append(TickScale.powerOfTen((int) Math.rint(decade)));
            }
            return toAppendTo.append(TickScale.of(number, number, Math.abs(number) / 100).labelWithPower(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        /** Reads "10ⁿ" back; null and no progress for anything else. */
        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            String text = source.substring(parsePosition.getIndex()).trim();
            Integer n = TickScale.exponentOf(text);
            if (n == null) {
                parsePosition.setErrorIndex(parsePosition.getIndex());
                return null;
            }
            parsePosition.setIndex(source.length());
            return Math.pow(10, n);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decades;
        }

        @Override
        public int hashCode() {
            return Decades.class.hashCode();
        }
    }
}
