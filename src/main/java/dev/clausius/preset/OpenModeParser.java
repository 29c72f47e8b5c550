package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.ArrayList;
import java.util.List;

/** Open mode: A alone, in contact with a Markovian bath at temperatures.B, plus optional extra jumps. */
final class OpenModeParser {
    static final List<String> FIELDS = List.of("A", "temperatures", "bath", "jumps", "time");

    private OpenModeParser() {
    }

    static Preset parse(JsonCursor root, String name, String description) {
        int before = root.problems().count();
        SubsystemSpec a = SubsystemParser.subsystem(root.field("A"));
        if (a != null) {
            DimensionLimits.checkLiouvillian(root.field("A"), a, Mode.OPEN);
        }
        double[] temperatures = CommonFields.temperatures(root.field("temperatures"));
        JsonCursor bath = root.field("bath");
        double gamma = Double.NaN;
        String operator = null;
        if (bath.object(List.of("gamma", "operator"))) {
            gamma = bath.field("gamma").number(Bound.NON_NEGATIVE);
            operator = CouplingParser.operator(bath.field("operator"), a);
        }
        List<OpenSpec.Jump> jumps = jumps(root.field("jumps"), a);
        TimeSpec time = CommonFields.time(root.field("time"), true);
        if (root.problems().count() != before) {
            return null;
        }
        return new Preset(name, description, Mode.OPEN, a, null, temperatures[0], temperatures[1],
                null, new OpenSpec(gamma, operator, jumps), null, time);
    }

    /** The optional extra jumps; empty when absent. */
    private static List<OpenSpec.Jump> jumps(JsonCursor c, SubsystemSpec a) {
        if (!c.isPresent()) {
            return List.of();
        }
        List<JsonCursor> entries = c.list();
        if (entries == null) {
            return null;
        }
        List<OpenSpec.Jump> jumps = new ArrayList<>();
        for (JsonCursor entry : entries) {
            if (!entry.object(List.of("op", "rate"))) {
                continue;
            }
            JsonCursor op = entry.field("op");
            String name = null;
            ComplexArray matrix = null;
            if (op.isString()) {
                name = CouplingParser.operator(op, a);
            } else if (op.isArray() || op.isObject()) {
                matrix = ComplexParser.matrix(op);
                if (matrix != null && a != null && matrix.size() != a.dimension()) {
                    op.problem("is " + matrix.size() + " x " + matrix.size() + " but A has dimension " + a.dimension()
                            + "; a jump matrix must be " + a.dimension() + " x " + a.dimension());
                }
            } else if (op.require()) {
                op.problem("must be an operator name or a matrix, got " + op.got());
            }
            double rate = entry.field("rate").number(Bound.NON_NEGATIVE);
            jumps.add(new OpenSpec.Jump(name, matrix, rate));
        }
        return List.copyOf(jumps);
    }
}
