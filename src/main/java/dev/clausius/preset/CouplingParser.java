package dev.clausius.preset;

import dev.clausius.preset.JsonCursor.Bound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The closed-mode coupling: a list of terms g A (x) B, or one full Hermitian matrix {"V": ...}. */
final class CouplingParser {
    private static final List<String> TERM_FIELDS = List.of("g", "A", "B", "hc", "spread", "seed");

    private CouplingParser() {
    }

    /**
     * The coupling, or null (reported). {@code a} and {@code b} are null when those subsystems were
     * invalid; the checks that need them are then skipped.
     */
    static CouplingSpec parse(JsonCursor c, SubsystemSpec a, SubsystemSpec b) {
        if (!c.require()) {
            return null;
        }
        if (c.isArray()) {
            return terms(c, a, b);
        }
        if (c.isObject()) {
            return fullMatrix(c, a, b);
        }
        c.problem("must be a list of terms [{\"g\": ..., \"A\": ..., \"B\": ...}] or {\"V\": matrix}, got " + c.got());
        return null;
    }

    private static CouplingSpec terms(JsonCursor c, SubsystemSpec a, SubsystemSpec b) {
        int before = c.problems().count();
        List<CouplingSpec.Term> terms = new ArrayList<>();
        for (JsonCursor t : c.list()) {
            terms.add(term(t, a, b));
        }
        if (c.problems().count() != before) {
            return null;
        }
        if (a != null && b != null) {
            CouplingHermiticity.check(c, terms, a, b);
        }
        return c.problems().count() == before ? new CouplingSpec.Terms(List.copyOf(terms)) : null;
    }

    private static CouplingSpec.Term term(JsonCursor t, SubsystemSpec a, SubsystemSpec b) {
        if (!t.object(TERM_FIELDS)) {
            return null;
        }
        ComplexValue g = ComplexParser.value(t.field("g"));
        String opA = operator(t.field("A"), a);
        String opB = operator(t.field("B"), b);
        boolean hc = t.field("hc").optionalBoolean(false);
        JsonCursor spreadCursor = t.field("spread");
        double spread = spreadCursor.optionalNumber(0, Bound.NON_NEGATIVE);
        if (spread > 0 && opA != null && opB != null && !OperatorNames.isSum(opA) && !OperatorNames.isSum(opB)) {
            spreadCursor.problem("a spread needs an operator summed over spins, such as \"sx[*]\", on A or B");
        }
        long seed = 0;
        JsonCursor seedCursor = t.field("seed");
        if (seedCursor.isPresent()) {
            OptionalLong parsed = seedCursor.integer();
            seed = parsed.orElse(0);
        }
        return new CouplingSpec.Term(g, opA, opB, hc, spread, seed);
    }

    /** A required operator name of {@code s} (unchecked when s is unknown), or null (reported). */
    static String operator(JsonCursor c, SubsystemSpec s) {
        String name = c.string();
        if (name == null || s == null) {
            return name;
        }
        String problem = OperatorNames.problem(s, name);
        if (problem != null) {
            c.problem(problem);
            return null;
        }
        return name;
    }

    private static CouplingSpec fullMatrix(JsonCursor c, SubsystemSpec a, SubsystemSpec b) {
        c.object(List.of("V"));
        JsonCursor vCursor = c.field("V");
        ComplexArray v = ComplexParser.matrix(vCursor);
        if (v == null) {
            return null;
        }
        int before = c.problems().count();
        if (a != null && b != null && v.size() != (long) a.dimension() * b.dimension()) {
            vCursor.problem("is " + v.size() + " x " + v.size() + " but dim(A) * dim(B) = " + a.dimension()
                    + " x " + b.dimension() + " = " + (long) a.dimension() * b.dimension() + "; it must be "
                    + (long) a.dimension() * b.dimension() + " x " + (long) a.dimension() * b.dimension());
        }
        String violation = Hermiticity.violation(v, "V");
        if (violation != null) {
            vCursor.problem(violation);
        }
        return c.problems().count() == before ? new CouplingSpec.FullMatrix(v) : null;
    }
}
