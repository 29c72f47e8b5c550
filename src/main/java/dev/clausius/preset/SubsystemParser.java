package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Subsystems by kind ("A", "B", and an engine's "medium"), with the size limits checked before anything is built. */
final class SubsystemParser {
    static final List<String> KINDS = List.of("qubit", "spin", "oscillator", "spins", "matrix");
    /** Kinds whose Hamiltonian is omega times a fixed operator, so strokes can drive their omega. */
    static final List<String> MEDIUM_KINDS = List.of("qubit", "spin", "oscillator");

    private static final String MEDIUM_FIELD = "unknown field for an engine medium, whose omega the strokes set";

    private SubsystemParser() {
    }

    /** A subsystem A or B, or null (reported). */
    static SubsystemSpec subsystem(JsonCursor c) {
        return parse(c, false);
    }

    /** An engine's working medium: a qubit, spin or oscillator without omega (Qubit(NaN) etc.), or null (reported). */
    static SubsystemSpec medium(JsonCursor c) {
        return parse(c, true);
    }

    private static SubsystemSpec parse(JsonCursor c, boolean medium) {
        if (!c.require()) {
            return null;
        }
        if (!c.isObject()) {
            c.problem("must be an object such as {\"kind\": \"qubit\", \"omega\": 1}, got " + c.got());
            return null;
        }
        JsonCursor kindCursor = c.field("kind");
        String kind = kindCursor.string();
        if (kind == null) {
            return null;
        }
        List<String> allowedKinds = medium ? MEDIUM_KINDS : KINDS;
        if (!allowedKinds.contains(kind)) {
            String what = KINDS.contains(kind) ? "kind " + JsonCursor.quote(kind) + " cannot be an engine medium"
                    : "unknown kind " + JsonCursor.quote(kind);
            kindCursor.problem(what + " (expected " + String.join(", ", allowedKinds) + ")");
            return null;
        }
        int before = c.problems().count();
        SubsystemSpec spec = switch (kind) {
            case "qubit" -> qubit(c, medium);
            case "spin" -> spin(c, medium);
            case "oscillator" -> oscillator(c, medium);
            case "spins" -> spins(c);
            default -> matrix(c);
        };
        return c.problems().count() == before ? spec : null;
    }

    private static SubsystemSpec qubit(JsonCursor c, boolean medium) {
        if (medium) {
            c.object(List.of("kind"), MEDIUM_FIELD);
            return new SubsystemSpec.Qubit(Double.NaN);
        }
        c.object(List.of("kind", "omega"));
        return new SubsystemSpec.Qubit(c.field("omega").number(Bound.POSITIVE));
    }

    private static SubsystemSpec spin(JsonCursor c, boolean medium) {
        if (medium) {
            c.object(List.of("kind", "j"), MEDIUM_FIELD);
        } else {
            c.object(List.of("kind", "j", "omega"));
        }
        double j = spinLength(c.field("j"));
        double omega = medium ? Double.NaN : c.field("omega").number(Bound.POSITIVE);
        return new SubsystemSpec.Spin(j, omega);
    }

    private static double spinLength(JsonCursor c) {
        double j = c.number(Bound.ANY);
        if (Double.isNaN(j)) {
            return j;
        }
        if (j <= 0 || 2 * j != Math.rint(2 * j)) {
            c.problem("must be a positive multiple of 1/2 (0.5, 1, 1.5, ...), got " + Numbers.format(j));
            return Double.NaN;
        }
        if (j > DimensionLimits.LARGEST_J) {
            c.problem("j = " + Numbers.format(j) + " is too large (dimension " + Numbers.format(2 * j + 1)
                    + "); the limit is j <= " + Numbers.format(DimensionLimits.LARGEST_J));
            return Double.NaN;
        }
        return j;
    }

    private static SubsystemSpec oscillator(JsonCursor c, boolean medium) {
        if (medium) {
            c.object(List.of("kind", "levels"), MEDIUM_FIELD);
        } else {
            c.object(List.of("kind", "omega", "levels"));
        }
        double omega = medium ? Double.NaN : c.field("omega").number(Bound.POSITIVE);
        JsonCursor levelsCursor = c.field("levels");
        OptionalLong levels = levelsCursor.integer();
        if (levels.isEmpty()) {
            return null;
        }
        if (levels.getAsLong() < 2) {
            levelsCursor.problem("must be an integer >= 2, got " + levels.getAsLong());
            return null;
        }
        if (levels.getAsLong() > DimensionLimits.MOST_LEVELS) {
            levelsCursor.problem(levels.getAsLong() + " levels is too many; the limit is " + DimensionLimits.MOST_LEVELS);
            return null;
        }
        return new SubsystemSpec.Oscillator(omega, (int) levels.getAsLong());
    }

    private static SubsystemSpec spins(JsonCursor c) {
        c.object(List.of("kind", "n", "omega", "J"));
        JsonCursor nCursor = c.field("n");
        OptionalLong parsedN = nCursor.integer();
        int n = -1;
        if (parsedN.isPresent()) {
            long value = parsedN.getAsLong();
            if (value < 1) {
                nCursor.problem("must be an integer >= 1, got " + value);
            } else if (value > DimensionLimits.MOST_SPINS) {
                nCursor.problem("n = " + value + " spins is too many (dimension 2^" + value
                        + "); the limit is n <= " + DimensionLimits.MOST_SPINS
                        + " (dimension " + (1 << DimensionLimits.MOST_SPINS) + ")");
            } else {
                n = (int) value;
            }
        }
        List<Double> omegas = spinOmegas(c.field("omega"), n);
        double flipFlop = c.field("J").optionalNumber(0, Bound.ANY);
        return n < 0 || omegas == null ? null : new SubsystemSpec.Spins(n, omegas, flipFlop);
    }

    /** One omega for every spin, or a list of exactly n; n < 0 when n itself is invalid. */
    private static List<Double> spinOmegas(JsonCursor c, int n) {
        if (c.isNumber()) {
            double omega = c.number(Bound.POSITIVE);
            return Double.isNaN(omega) || n < 0 ? null : Collections.nCopies(n, omega);
        }
        if (c.isPresent() && !c.isArray()) {
            c.problem("must be a number or a list of n numbers, got " + c.got());
            return null;
        }
        List<JsonCursor> entries = c.list();
        if (entries == null) {
            return null;
        }
        List<Double> omegas = new ArrayList<>();
        for (JsonCursor entry : entries) {
            omegas.add(entry.number(Bound.POSITIVE));
        }
        if (n >= 0 && entries.size() != n) {
            c.problem("must list exactly n = " + n + " numbers, got " + entries.size());
            return null;
        }
        return omegas.contains(Double.NaN) ? null : List.copyOf(omegas);
    }

    private static SubsystemSpec matrix(JsonCursor c) {
        c.object(List.of("kind", "H", "ops"));
        JsonCursor hCursor = c.field("H");
        ComplexArray h = ComplexParser.matrix(hCursor);
        if (h != null) {
            if (h.size() < 2) {
                hCursor.problem("must be at least 2 x 2 (a subsystem has at least two levels)");
                // The operators' sizes would be compared with a size that is itself wrong.
                h = null;
            } else {
                String violation = Hermiticity.violation(h, "H");
                if (violation != null) {
                    hCursor.problem(violation);
                }
            }
        }
        Map<String, ComplexArray> ops = operators(c.field("ops"), h);
        return h == null || ops == null ? null : new SubsystemSpec.Matrix(h, ops);
    }

    /** The optional named operators of a matrix subsystem, each the size of H; empty when absent. */
    private static Map<String, ComplexArray> operators(JsonCursor c, ComplexArray h) {
        if (!c.isPresent()) {
            return Map.of();
        }
        if (!c.isObject()) {
            c.problem("must be an object {\"name\": matrix, ...}, got " + c.got());
            return null;
        }
        int before = c.problems().count();
        Map<String, ComplexArray> ops = new LinkedHashMap<>();
        for (String name : c.fieldNames()) {
            JsonCursor opCursor = c.field(name);
            if (name.equals(OperatorNames.IDENTITY)) {
                opCursor.problem("the name \"id\" is taken by the identity; choose another name");
                continue;
            }
            if (name.isBlank() || OperatorNames.isSum(name)) {
                opCursor.problem("an operator name must be non-empty and must not end in \"[*]\"");
                continue;
            }
            ComplexArray op = ComplexParser.matrix(opCursor);
            if (op != null && h != null && op.size() != h.size()) {
                opCursor.problem("is " + op.size() + " x " + op.size() + " but H is " + h.size() + " x " + h.size()
                        + "; an operator must be the size of H");
            }
            ops.put(name, op);
        }
        return c.problems().count() == before ? Collections.unmodifiableMap(ops) : null;
    }
}
