package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.List;
import java.util.OptionalLong;

/**
 * Classical mode: two bodies of cells conducting heat (Newton/Fourier). The time section takes
 * {@code end} or, as the classical examples write it, {@code t_end}: exactly one of them.
 */
final class ClassicalModeParser {
    static final List<String> FIELDS = List.of("A", "B", "contact", "temperatures", "time");
    static final String T_END = "t_end";

    private ClassicalModeParser() {
    }

    static Preset parse(JsonCursor root, String name, String description) {
        int before = root.problems().count();
        ClassicalSpec.Body a = body(root.field("A"));
        ClassicalSpec.Body b = body(root.field("B"));
        double contact = contact(root.field("contact"));
        double[] temperatures = temperatures(root.field("temperatures"));
        TimeSpec time = time(root.field("time"));
        if (root.problems().count() != before) {
            return null;
        }
        return new Preset(name, description, Mode.CLASSICAL, null, null, temperatures[0], temperatures[1],
                null, null, null, time, new ClassicalSpec(a, b, contact));
    }

    private static ClassicalSpec.Body body(JsonCursor c) {
        if (!c.object(List.of("kind", "cells", "heat_capacity", "conductance"))) {
            return null;
        }
        JsonCursor kind = c.field("kind");
        String text = kind.string();
        if (text != null && !text.equals(ClassicalSpec.BODY_KIND)) {
            kind.problem("must be \"" + ClassicalSpec.BODY_KIND + "\" in classical mode, got " + kind.got());
        }
        int cells = cells(c.field("cells"));
        double heatCapacity = c.field("heat_capacity").number(Bound.POSITIVE);
        double conductance = c.field("conductance").number(Bound.NON_NEGATIVE);
        return new ClassicalSpec.Body(cells, heatCapacity, conductance);
    }

    /** An integer in 1..{@link DimensionLimits#MOST_CELLS}, or 0 when invalid (reported). */
    private static int cells(JsonCursor c) {
        OptionalLong cells = c.integer();
        if (cells.isEmpty()) {
            return 0;
        }
        if (cells.getAsLong() < 1) {
            c.problem("must be an integer >= 1, got " + cells.getAsLong());
            return 0;
        }
        if (cells.getAsLong() > DimensionLimits.MOST_CELLS) {
            c.problem("is too large: " + cells.getAsLong() + " cells (the limit is " + DimensionLimits.MOST_CELLS
                    + " per body: the propagator diagonalizes a matrix of all cells)");
            return 0;
        }
        return (int) cells.getAsLong();
    }

    private static double contact(JsonCursor c) {
        if (!c.object(List.of("conductance"))) {
            return Double.NaN;
        }
        return c.field("conductance").number(Bound.NON_NEGATIVE);
    }

    /**
     * {"A": T_A, "B": T_B}, both > 0 and finite (ln T(t)/T(0) needs T(0) > 0), within a factor
     * {@link DimensionLimits#CLASSICAL_TEMPERATURE_RATIO} of each other.
     */
    private static double[] temperatures(JsonCursor c) {
        if (!c.object(List.of("A", "B"))) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double a = c.field("A").number(Bound.POSITIVE);
        double b = c.field("B").number(Bound.POSITIVE);
        double ratio = DimensionLimits.CLASSICAL_TEMPERATURE_RATIO;
        if (a > 0 && b > 0 && (a / b > ratio || b / a > ratio)) {
            c.field(a < b ? "A" : "B").problem("must be within a factor " + Numbers.format(ratio) + " of the other"
                    + " body's temperature, got " + Numbers.format(a) + " and " + Numbers.format(b)
                    + ": all cells are propagated together, and the colder ones would be lost in the hotter ones' round-off");
        }
        return new double[] {a, b};
    }

    /** {"dt": ..., "end" or "t_end": ...}, exactly one of end and t_end; null when invalid (reported). */
    private static TimeSpec time(JsonCursor c) {
        if (!c.object(List.of("dt", CommonFields.END, T_END))) {
            return null;
        }
        int before = c.problems().count();
        double dt = c.field("dt").number(Bound.POSITIVE);
        JsonCursor end = c.field(CommonFields.END);
        JsonCursor tEnd = c.field(T_END);
        if (end.isPresent() && tEnd.isPresent()) {
            tEnd.problem("give either \"end\" or \"t_end\", not both");
            return null;
        }
        JsonCursor last = end.isPresent() ? end : tEnd;
        if (!last.isPresent()) {
            c.problem("missing required field \"t_end\" (or \"end\")");
            return null;
        }
        double t = last.number(Bound.NON_NEGATIVE);
        if (c.problems().count() != before) {
            return null;
        }
        DimensionLimits.checkRows(last, t, dt);
        return c.problems().count() == before ? new TimeSpec(dt, t) : null;
    }
}
