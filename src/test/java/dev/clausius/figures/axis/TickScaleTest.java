package dev.clausius.figures.axis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tick labels in plain decimals or under one power of ten per axis, never E-notation. */
class TickScaleTest {

    /** The labels of ticks {@code step} apart over [lower, upper], as NumberAxis places them. */
    private static List<String> labels(TickScale scale, double lower, double upper, double step) {
        List<String> labels = new ArrayList<>();
        for (double k = Math.ceil(lower / step - 1e-9); k * step <= upper + 1e-9 * step; k++) {
            labels.add(scale.label(k * step));
        }
        return labels;
    }

    @Test
    void plainDecimalsBetweenAThousandthAndAHundredThousand() {
        TickScale otto = TickScale.of(0.0856, 0.0946, 0.001);
        assertEquals(new TickScale(0, 3), otto);
        assertEquals(List.of("0.086", "0.087", "0.088", "0.089", "0.090", "0.091", "0.092", "0.093", "0.094"),
                labels(otto, 0.0856, 0.0946, 0.001));
        assertEquals("", otto.power());
        TickScale time = TickScale.of(0, 400, 20);
        assertEquals(List.of("0", "20", "40"), labels(time, 0, 40, 20));
        assertEquals(List.of("0.00", "0.25", "0.50"), labels(TickScale.of(0, 0.5, 0.25), 0, 0.5, 0.25));
        assertEquals(List.of("99990", "99995"), labels(TickScale.of(99990, 99999, 5), 99990, 99999, 5));
    }

    @Test
    void smallValuesShareOneNegativePower() {
        TickScale scale = TickScale.of(-1e-5, 2.6e-4, 5e-5);
        assertEquals(-4, scale.exponent());
        assertEquals("×10⁻⁴", scale.power());
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0", "2.5"), labels(scale, -1e-5, 2.6e-4, 5e-5));
        TickScale tiny = TickScale.of(1e-5, 3e-5, 5e-6);
        assertEquals(-5, tiny.exponent());
        assertEquals(List.of("1.0", "1.5", "2.0", "2.5", "3.0"), labels(tiny, 1e-5, 3e-5, 5e-6));
        assertEquals("×10⁻⁵", tiny.power());
    }

    @Test
    void largeValuesShareOnePositivePower() {
        TickScale scale = TickScale.of(0, 1.2e6, 2e5);
        assertEquals(6, scale.exponent());
        assertEquals("×10⁶", scale.power());
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0", "1.2"), labels(scale, 0, 1.2e6, 2e5));
        assertEquals("2.5×10⁵", TickScale.of(0, 3e5, 5e4).labelWithPower(2.5e5));
    }

    @Test
    void negativeValuesTakeATrueMinusAndZeroHasNoSign() {
        TickScale scale = TickScale.of(-3e-4, 3e-4, 1e-4);
        assertEquals(List.of("−3", "−2", "−1", "0", "1", "2", "3"), labels(scale, -3e-4, 3e-4, 1e-4));
        assertEquals("0.00", TickScale.of(-1, 1, 0.25).label(-0.0));
        assertEquals("0.00", TickScale.of(-1, 1, 0.25).label(-1e-17));
        assertEquals("−0.25", TickScale.of(-1, 1, 0.25).label(-0.25));
    }

    @Test
    void aZeroAxisAndAZeroStepStayPlain() {
        assertEquals(new TickScale(0, 0), TickScale.of(0, 0, 0));
        assertEquals("0", TickScale.of(0, 0, 0).label(0));
        assertEquals("NaN", TickScale.of(0, 1, 0.1).label(Double.NaN));
    }

    /** Over eleven decades, every axis has distinct labels, one power for all of them and no 'E'. */
    @Test
    void everyMagnitudeFromTenMicroToAMillion() {
        for (int decade = -5; decade <= 6; decade++) {
            for (double mantissa : new double[] {1.0, 2.3, 7.7}) {
                double upper = mantissa * Math.pow(10, decade);
                double step = upper / 5;
                // a standard tick size: 1, 2 or 5 times a power of ten, as JFreeChart picks
                double power = Math.pow(10, Math.floor(Math.log10(step)));
                step = step / power <= 2 ? 2 * power : step / power <= 5 ? 5 * power : 10 * power;
                TickScale scale = TickScale.of(-upper, upper, step);
                List<String> labels = labels(scale, -upper, upper, step);
                String where = "axis ±" + upper + " step " + step + ": " + labels;
                assertTrue(labels.size() >= 3, where);
                Set<String> distinct = new HashSet<>(labels);
                assertEquals(labels.size(), distinct.size(), where);
                for (String label : labels) {
                    assertFalse(label.contains("E") || label.contains("e"), where);
                    assertFalse(label.contains("×"), where);
                    double value = Double.parseDouble(label.replace('−', '-')) * Math.pow(10, scale.exponent());
                    assertEquals(0, Math.IEEEremainder(value, step), 1e-9 * step, where);
                }
                boolean plain = upper >= TickScale.PLAIN_FROM && upper < TickScale.PLAIN_BELOW;
                assertEquals(plain, scale.exponent() == 0, where);
                if (!plain) {
                    assertEquals(Math.floor(Math.log10(upper) + 1e-12), scale.exponent(), where);
                }
            }
        }
    }

    @Test
    void superscriptPowersReadBack() {
        assertEquals("10⁻¹⁶", TickScale.powerOfTen(-16));
        assertEquals("10⁰", TickScale.powerOfTen(0));
        assertEquals("10¹²", TickScale.powerOfTen(12));
        for (int n = -320; n <= 320; n += 7) {
            assertEquals(n, TickScale.exponentOf(TickScale.powerOfTen(n)));
        }
        assertNull(TickScale.exponentOf("10⁻"));
        assertNull(TickScale.exponentOf("1e-5"));
        assertEquals("10⁻⁵", new AxisTickFormat.Decades().format(1e-5));
        assertEquals(1e-5, new AxisTickFormat.Decades().parse("10⁻⁵", new java.text.ParsePosition(0)).doubleValue(), 1e-20);
    }
}
