package dev.clausius.app.session;

import dev.clausius.app.session.Parameter.Kind;
import dev.clausius.preset.optional.PresetOptions;
import dev.clausius.preset.optional.SliderRange;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.DoublePredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sliders' scales (docs/conventions.md, "Sliders"): mapping, snapping, key steps and spans. */
class SliderScaleTest {
    private static final DoublePredicate ANY = v -> true;

    private static Parameter parameter(String path, double value, double min, double max, Kind kind) {
        return new Parameter("c", "x", path, "d", value, min, max, kind, v -> null);
    }

    private static SliderScale scale(Parameter p) {
        return ParameterRange.of(p, PresetOptions.NONE, ANY);
    }

    @Test
    void roundStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.002, SliderScale.roundStep(0.0019));
        assertEquals(0.005, SliderScale.roundStep(0.003));
        assertEquals(1, SliderScale.roundStep(0.62));
        assertEquals(10, SliderScale.roundStep(6.2));
        assertEquals(2, SliderScale.roundStep(2));
        assertEquals(50, SliderScale.roundStep(20.5));
    }

    @Test
    void aLogScaleMapsValuesToPositionsAndBack() {
        SliderScale log = new SliderScale(0.01, 1, true, 0);
        assertEquals(0.5, log.position(0.1), 1e-12, "0.1 is half way from 0.01 to 1 in ln x");
        assertEquals(0.25, log.position(Math.sqrt(0.1) * 0.1), 1e-12);
        for (double v : new double[] {0.01, 0.012, 0.035, 0.1, 0.47, 0.99, 1}) {
            assertEquals(v, log.value(log.position(v)), "two-digit values survive the round trip: " + v);
        }
        for (int k = 0; k <= 100; k++) {
            double p = k / 100.0;
            double v = log.value(p);
            // the snapped value is within half a two-digit step of exp(ln min + p (ln max - ln min))
            double exact = Math.exp(Math.log(0.01) + p * Math.log(100));
            assertEquals(exact, v, 0.05 * exact, "position " + p);
            assertEquals(v, new java.math.BigDecimal(Double.toString(v)).round(new java.math.MathContext(2)).doubleValue());
        }
        assertEquals(0.01, log.value(-1));
        assertEquals(1, log.value(2));
    }

    @Test
    void linearValuesSnapToTheGridWithoutRoundOff() {
        SliderScale g = new SliderScale(0, 0.2, false, 0.002);
        assertEquals(0.1, g.value(0.5));
        assertEquals(0.058, g.snap(0.0571));
        assertEquals(0.006, g.snap(0.006000000001), "3 * 0.002 is 0.006, not 0.006000000000000001");
        assertEquals(0.2, g.snap(0.3), "kept inside the span");
        assertEquals(0, g.snap(-1));
        for (int k = 0; k <= 1000; k++) {
            double v = g.value(k / 1000.0);
            double steps = v / 0.002;
            assertEquals(Math.rint(steps), steps, 1e-9, "on the grid: " + v);
            assertEquals(Double.parseDouble(Parameter.format(v)), v, "written exactly: " + v);
        }
    }

    @Test
    void keyStepsAreOneGridStepOrTenOnALinearScale() {
        SliderScale g = new SliderScale(0, 0.2, false, 0.002);
        assertEquals(0.052, g.step(0.05, 1));
        assertEquals(0.048, g.step(0.05, -1));
        assertEquals(0.07, g.step(0.05, SliderScale.PAGE));
        assertEquals(0.03, g.step(0.05, -SliderScale.PAGE));
        assertEquals(0.2, g.step(0.199, 1));
        assertEquals(0.2, g.step(0.2, 1), "an end stays");
        assertEquals(0.052, g.step(0.0509, 1), "a value off the grid steps onto it");
    }

    @Test
    void keyStepsOnALogScaleMoveAHundredthOfTheTrackOrATenth() {
        SliderScale log = new SliderScale(0.01, 1, true, 0);
        // 1/100 of two decades is a factor 10^0.02 = 1.047: from 0.1 that rounds back to 0.10, so the next two-digit value
        assertEquals(0.11, log.step(0.1, 1));
        assertEquals(0.095, log.step(0.1, -1), "0.1 / 1.047 = 0.0955, two digits below a power of ten");
        SliderScale narrow = new SliderScale(0.9, 1.1, true, 0);
        assertEquals(0.99, narrow.step(1, -1), "a step rounded back to 1.0: the next two-digit value below");
        assertEquals(1, narrow.step(1.1, -1));
        assertEquals(1.1, narrow.step(1, 1));
        assertEquals(0.5 * Math.pow(10, 0.2), log.step(0.5, SliderScale.PAGE), 0.01, "a tenth of the track: x 10^0.2");
        assertEquals(0.79, log.step(0.5, SliderScale.PAGE));
        assertEquals(1, log.step(0.99, SliderScale.PAGE));
        assertEquals(0.01, log.step(0.0101, -SliderScale.PAGE));
    }

    @Test
    void defaultSpansForEachKind() {
        // a frequency (least value 0.001): to four times the value, ends on the grid
        assertEquals(new SliderScale(0.05, 4, false, 0.05), scale(parameter("$.A.omega", 1, 1e-3, 100, Kind.AMOUNT)));
        // a signed coupling: from 0 to four times the value, on its side of 0
        assertEquals(new SliderScale(0, 0.2, false, 0.002), scale(parameter("$.coupling[0].g", 0.05, -10, 10, Kind.AMOUNT)));
        assertEquals(new SliderScale(-0.2, 0, false, 0.002), scale(parameter("$.coupling[0].g", -0.05, -10, 10, Kind.AMOUNT)));
        assertEquals(new SliderScale(-1, 1, false, 0.02), scale(parameter("$.B.J", 0, -10, 10, Kind.AMOUNT)));
        // a temperature that may be 0: linear from 0
        assertEquals(new SliderScale(0, 8, false, 0.1), scale(parameter("$.temperatures.B", 2, 0, 1000, Kind.TEMPERATURE)));
        // temperatures and rates whose least value is above 0: log, two decades below the value
        assertEquals(new SliderScale(0.02, 8, true, 0), scale(parameter("$.baths.hot.temperature", 2, 1e-3, 1000, Kind.TEMPERATURE)));
        assertEquals(new SliderScale(0.002, 0.8, true, 0), scale(parameter("$.baths.hot.gamma", 0.2, 1e-4, 100, Kind.RATE)));
        // a rate that may be 0: linear from 0
        assertEquals(new SliderScale(0, 0.2, false, 0.002), scale(parameter("$.bath.gamma", 0.05, 0, 100, Kind.RATE)));
        // counts and spins: from the least value, whole and half steps
        assertEquals(new SliderScale(2, 32, false, 1), scale(parameter("$.A.levels", 8, 2, 64, Kind.COUNT)));
        assertEquals(new SliderScale(0.5, 4, false, 0.5), scale(parameter("$.A.j", 1, 0.5, 15, Kind.HALF_INTEGER)));
        // a zero duration: 0 to 1
        assertEquals(new SliderScale(0, 1, false, 0.01), scale(parameter("$.strokes[1].duration", 0, 0, 1e4, Kind.AMOUNT)));
        // the parameter's bounds hold: n = 8 spins may reach 9, not 32
        assertEquals(9, scale(parameter("$.B.n", 8, 1, 9, Kind.COUNT)).max());
        // a span below 1.5 decades stays linear even for a temperature: 0.001 to 0.008
        assertFalse(scale(parameter("$.baths.hot.temperature", 0.002, 1e-3, 1000, Kind.TEMPERATURE)).log());
    }

    @Test
    void theReaderLimitsShrinkTheSpanOnTheGrid() {
        // levels up to 10 accepted (a dimension limit): the span stops there
        assertEquals(new SliderScale(2, 10, false, 1),
                ParameterRange.of(parameter("$.A.levels", 8, 2, 64, Kind.COUNT), PresetOptions.NONE, v -> v <= 10));
        // a continuous limit at 0.123: found by bisection, then the end snaps inward to the grid
        SliderScale g = ParameterRange.of(parameter("$.coupling[0].g", 0.05, -10, 10, Kind.AMOUNT), PresetOptions.NONE,
                v -> v <= 0.123);
        assertEquals(0.122, g.max());
        assertEquals(0, g.min());
        // half-integers are probed on their own grid: j <= 2.5 accepted
        assertEquals(2.5, ParameterRange.of(parameter("$.A.j", 1, 0.5, 15, Kind.HALF_INTEGER), PresetOptions.NONE,
                v -> v <= 2.5 && v * 2 == Math.rint(v * 2)).max());
        // 0 refused for a temperature (classical ln T): log, from a hundredth of the value
        SliderScale t = ParameterRange.of(parameter("$.temperatures.A", 0.5, 0, 1000, Kind.TEMPERATURE), PresetOptions.NONE,
                v -> v >= 2e-6);
        assertEquals(new SliderScale(0.005, 2, true, 0), t);
    }

    @Test
    void aPresetsRangeIsUsedByPathOrWithoutTheDollar() {
        PresetOptions options = new PresetOptions(Map.of("$.coupling[0].g", new SliderRange(0.01, 0.2),
                "temperatures.B", new SliderRange(0.1, 10), "$.B.J", new SliderRange(-20, 1)), Map.of());
        SliderScale g = ParameterRange.of(parameter("$.coupling[0].g", 0.05, -10, 10, Kind.AMOUNT), options, ANY);
        assertEquals(new SliderScale(0.01, 0.2, false, 0.002), g);
        SliderScale t = ParameterRange.of(parameter("$.temperatures.B", 2, 0, 1000, Kind.TEMPERATURE), options, ANY);
        assertEquals(new SliderScale(0.1, 10, true, 0), t, "two decades of a temperature: log");
        assertEquals(-10, ParameterRange.of(parameter("$.B.J", 0.5, -10, 10, Kind.AMOUNT), options, ANY).min(),
                "a range beyond the parameter's bounds is cut to them");
        // a value typed outside the preset's range widens the slider to hold it
        SliderScale wide = ParameterRange.of(parameter("$.coupling[0].g", 0.5, -10, 10, Kind.AMOUNT), options, ANY);
        assertEquals(0.5, wide.max());
        assertTrue(wide.contains(0.01));
    }
}
