package dev.clausius.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of operator names (docs/conventions.md, subsystem kinds): which names each kind has, and
 * which name is each one's Hermitian conjugate. One place, so the validator and the builders of
 * operators agree on it.
 */
public final class OperatorNames {
    public static final String IDENTITY = "id";
    /** The suffix of a sum over all spins: {@code sx[*]} = sum_k sx[k]. */
    public static final String ALL = "[*]";

    private static final List<String> QUBIT = List.of("sx", "sy", "sz", "sp", "sm", IDENTITY);
    private static final List<String> SPIN = List.of("jx", "jy", "jz", "jp", "jm", IDENTITY);
    private static final List<String> OSCILLATOR = List.of("a", "ad", "n", "x", "p", IDENTITY);
    /** One spin of a chain: sx[3], or all of them: sx[*]. No leading zeros, so each operator has one name. */
    private static final Pattern SPINS = Pattern.compile("(sx|sy|sz|sp|sm)\\[(\\*|0|[1-9][0-9]{0,8})]");

    private OperatorNames() {
    }

    /** Null when {@code name} is an operator of {@code s}, else why not. */
    public static String problem(SubsystemSpec s, String name) {
        if (s instanceof SubsystemSpec.Spins chain) {
            return spins(chain.n(), name);
        }
        if (s instanceof SubsystemSpec.Matrix m) {
            return matrix(m, name);
        }
        return listed(fixedNames(s), s.kind(), name);
    }

    /** True for a sum over all spins of a chain, such as {@code sx[*]}. */
    public static boolean isSum(String name) {
        return name.endsWith(ALL);
    }

    /**
     * The name of the Hermitian conjugate of a valid operator name, or null when no name of
     * {@code s} is its conjugate (a matrix operator without a conjugate partner in {@code ops}).
     */
    public static String adjoint(SubsystemSpec s, String name) {
        if (name.equals(IDENTITY)) {
            return name;
        }
        if (s instanceof SubsystemSpec.Qubit) {
            return swap(name, "sp", "sm");
        }
        if (s instanceof SubsystemSpec.Spin) {
            return swap(name, "jp", "jm");
        }
        if (s instanceof SubsystemSpec.Oscillator) {
            return swap(name, "a", "ad");
        }
        if (s instanceof SubsystemSpec.Matrix m) {
            return matrixAdjoint(m, name);
        }
        // spins: sp[k] and sm[k] are each other's conjugate, the rest are Hermitian.
        return name.startsWith("sp[") ? "sm" + name.substring(2)
                : name.startsWith("sm[") ? "sp" + name.substring(2) : name;
    }

    /** The names of a qubit, spin or oscillator, in the order of the table in docs/conventions.md. */
    public static List<String> fixedNames(SubsystemSpec s) {
        if (s instanceof SubsystemSpec.Qubit) {
            return QUBIT;
        }
        if (s instanceof SubsystemSpec.Spin) {
            return SPIN;
        }
        if (s instanceof SubsystemSpec.Oscillator) {
            return OSCILLATOR;
        }
        throw new IllegalArgumentException(s.kind() + " has no fixed list of operator names");
    }

    private static String swap(String name, String one, String other) {
        return name.equals(one) ? other : name.equals(other) ? one : name;
    }

    private static String listed(List<String> names, String kind, String name) {
        if (names.contains(name)) {
            return null;
        }
        return "unknown operator " + JsonCursor.quote(name) + " for " + kind
                + " (expected one of: " + String.join(", ", names) + ")";
    }

    private static String spins(int n, String name) {
        if (name.equals(IDENTITY)) {
            return null;
        }
        Matcher m = SPINS.matcher(name);
        String range = n == 1 ? "0" : "0.." + (n - 1);
        if (!m.matches()) {
            return "unknown operator " + JsonCursor.quote(name) + " for spins (expected sx[k], sy[k], sz[k], "
                    + "sp[k] or sm[k] with k = " + range + " or *, or id)";
        }
        String index = m.group(2);
        if (!index.equals("*") && Long.parseLong(index) >= n) {
            return "unknown operator " + JsonCursor.quote(name) + " for spins with n = " + n
                    + " (k must be " + range + ")";
        }
        return null;
    }

    private static String matrix(SubsystemSpec.Matrix m, String name) {
        if (name.equals(IDENTITY) || m.operators().containsKey(name)) {
            return null;
        }
        List<String> names = new ArrayList<>(m.operators().keySet());
        names.add(IDENTITY);
        return "unknown operator " + JsonCursor.quote(name) + " for matrix (expected one of: "
                + String.join(", ", names) + ")";
    }

    private static String matrixAdjoint(SubsystemSpec.Matrix m, String name) {
        ComplexArray op = m.operators().get(name);
        if (Hermiticity.isAdjoint(op, op)) {
            return name;
        }
        for (Map.Entry<String, ComplexArray> other : m.operators().entrySet()) {
            if (Hermiticity.isAdjoint(op, other.getValue())) {
                return other.getKey();
            }
        }
        return null;
    }
}
