package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.List;

/** Fields shared by several modes: temperatures and the output time grid. */
public final class CommonFields {
    public static final String INFINITE_TEMPERATURE = "inf";
    static final String END = "end";

    private CommonFields() {
    }

    /** A temperature >= 0, or "inf" (the maximally mixed state) as +infinity; NaN when invalid (reported). */
    static double temperature(JsonCursor c) {
        if (c.isString()) {
            if (c.node().textValue().equals(INFINITE_TEMPERATURE)) {
                return Double.POSITIVE_INFINITY;
            }
            c.problem("must be a number >= 0 or \"inf\", got " + c.got());
            return Double.NaN;
        }
        if (c.isPresent() && !c.isNumber()) {
            c.problem("must be a number >= 0 or \"inf\", got " + c.got());
            return Double.NaN;
        }
        return c.number(Bound.NON_NEGATIVE);
    }

    /** {"A": T_A, "B": T_B}; entries are NaN where invalid (reported). */
    static double[] temperatures(JsonCursor c) {
        if (!c.object(List.of("A", "B"))) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {temperature(c.field("A")), temperature(c.field("B"))};
    }

    /**
     * {"dt": ..., "end": ...}, or null (reported). Without {@code endRequired} a missing end is NaN
     * (an engine runs to the end of its last cycle), and the caller checks the number of rows.
     */
    static TimeSpec time(JsonCursor c, boolean endRequired) {
        if (!c.object(List.of("dt", "end"))) {
            return null;
        }
        int before = c.problems().count();
        double dt = c.field("dt").number(Bound.POSITIVE);
        JsonCursor endCursor = c.field("end");
        double end = endRequired || endCursor.isPresent() ? endCursor.number(Bound.NON_NEGATIVE) : Double.NaN;
        if (c.problems().count() != before) {
            return null;
        }
        if (!Double.isNaN(end)) {
            DimensionLimits.checkRows(endCursor, end, dt);
        }
        return c.problems().count() == before ? new TimeSpec(dt, end) : null;
    }
}
