package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Engine mode: a working medium driven through a cycle of strokes between a hot and a cold bath. */
public final class EngineModeParser {
    static final List<String> FIELDS = List.of("medium", "baths", "strokes", "cycles", "time");
    public static final String HOT = "hot";
    public static final String COLD = "cold";

    private EngineModeParser() {
    }

    static Preset parse(JsonCursor root, String name, String description) {
        int before = root.problems().count();
        SubsystemSpec medium = SubsystemParser.medium(root.field("medium"));
        if (medium != null) {
            DimensionLimits.checkLiouvillian(root.field("medium"), medium, Mode.ENGINE);
        }
        JsonCursor baths = root.field("baths");
        EngineSpec.Bath hot = null;
        EngineSpec.Bath cold = null;
        if (baths.object(List.of(HOT, COLD))) {
            hot = bath(baths.field(HOT));
            cold = bath(baths.field(COLD));
        }
        List<EngineSpec.Stroke> strokes = strokes(root.field("strokes"));
        int cycles = cycles(root.field("cycles"));
        TimeSpec time = CommonFields.time(root.field("time"), false);
        if (time != null && Double.isNaN(time.end()) && strokes != null && cycles > 0) {
            double cycle = strokes.stream().mapToDouble(EngineSpec.Stroke::duration).sum();
            DimensionLimits.checkRows(root.field("time").field("dt"), cycles * cycle, time.dt());
        }
        if (root.problems().count() != before) {
            return null;
        }
        return new Preset(name, description, Mode.ENGINE, null, null, Double.NaN, Double.NaN,
                null, null, new EngineSpec(medium, hot, cold, strokes, cycles), time);
    }

    private static EngineSpec.Bath bath(JsonCursor c) {
        if (!c.object(List.of("temperature", "gamma"))) {
            return null;
        }
        double temperature = CommonFields.temperature(c.field("temperature"));
        double gamma = c.field("gamma").number(Bound.NON_NEGATIVE);
        return new EngineSpec.Bath(temperature, gamma);
    }

    /** At least one stroke, lasting longer than 0 in total; null when invalid (reported). */
    private static List<EngineSpec.Stroke> strokes(JsonCursor c) {
        List<JsonCursor> entries = c.list();
        if (entries == null) {
            return null;
        }
        if (entries.isEmpty()) {
            c.problem("must list at least one stroke");
            return null;
        }
        int before = c.problems().count();
        List<EngineSpec.Stroke> strokes = new ArrayList<>();
        for (JsonCursor entry : entries) {
            strokes.add(stroke(entry));
        }
        if (c.problems().count() != before) {
            return null;
        }
        if (strokes.stream().mapToDouble(EngineSpec.Stroke::duration).sum() <= 0) {
            c.problem("the strokes last 0 in total; a cycle needs at least one stroke with a duration > 0");
            return null;
        }
        return List.copyOf(strokes);
    }

    private static EngineSpec.Stroke stroke(JsonCursor c) {
        if (!c.object(List.of("bath", "omega", "duration"))) {
            return null;
        }
        JsonCursor bathCursor = c.field("bath");
        String bath = null;
        if (!bathCursor.isPresent()) {
            bathCursor.problem("missing required field (use null for a stroke without a bath)");
        } else if (!bathCursor.isNull()) {
            if (bathCursor.isString() && (bathCursor.node().textValue().equals(HOT)
                    || bathCursor.node().textValue().equals(COLD))) {
                bath = bathCursor.node().textValue();
            } else {
                bathCursor.problem("must be \"hot\", \"cold\" or null, got " + bathCursor.got());
            }
        }
        double[] omega = omegaRamp(c.field("omega"));
        double duration = c.field("duration").number(Bound.NON_NEGATIVE);
        return new EngineSpec.Stroke(bath, omega[0], omega[1], duration);
    }

    /** [start, end], both > 0; NaN entries when invalid (reported). */
    private static double[] omegaRamp(JsonCursor c) {
        double[] ramp = {Double.NaN, Double.NaN};
        List<JsonCursor> entries = c.list();
        if (entries == null) {
            return ramp;
        }
        if (entries.size() != 2) {
            c.problem("must be [start, end]: a list of 2 numbers, got " + entries.size());
            return ramp;
        }
        ramp[0] = entries.get(0).number(Bound.POSITIVE);
        ramp[1] = entries.get(1).number(Bound.POSITIVE);
        return ramp;
    }

    /** An integer >= 1, or 0 when invalid (reported). */
    private static int cycles(JsonCursor c) {
        OptionalLong cycles = c.integer();
        if (cycles.isEmpty()) {
            return 0;
        }
        if (cycles.getAsLong() < 1) {
            c.problem("must be an integer >= 1, got " + cycles.getAsLong());
            return 0;
        }
        if (cycles.getAsLong() > Integer.MAX_VALUE) {
            c.problem("is too large: " + cycles.getAsLong() + " (the limit is " + Integer.MAX_VALUE + " cycles)");
            return 0;
        }
        return (int) cycles.getAsLong();
    }
}
