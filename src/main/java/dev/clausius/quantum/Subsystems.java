package dev.clausius.quantum;

import static dev.clausius.quantum.StandardOperators.combine;

import dev.clausius.linalg.ComplexMatrix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subsystem kinds of the preset format (docs/conventions.md). */
public final class Subsystems {
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    private static final Pattern SITE_OPERATOR = Pattern.compile("(sx|sy|sz|sp|sm)\\[(\\d+|\\*)]");

    private Subsystems() {
    }

    /** H = (omega/2) sigma_z; operators sx sy sz sp sm. */
    public static Subsystem qubit(double omega) {
        Map<String, ComplexMatrix> ops = new HashMap<>();
        ops.put("sx", StandardOperators.sigmaX());
        ops.put("sy", StandardOperators.sigmaY());
        ops.put("sz", StandardOperators.sigmaZ());
        ops.put("sp", StandardOperators.sigmaPlus());
        ops.put("sm", StandardOperators.sigmaMinus());
        return fixed("qubit", StandardOperators.sigmaZ().scaled(omega / 2), ops);
    }

    /** H = omega J_z; operators jx jy jz jp jm. */
    public static Subsystem spin(double j, double omega) {
        ComplexMatrix jz = StandardOperators.spinZ(j);
        ComplexMatrix jp = StandardOperators.spinPlus(j);
        ComplexMatrix jm = jp.adjoint();
        Map<String, ComplexMatrix> ops = new HashMap<>();
        ops.put("jz", jz);
        ops.put("jp", jp);
        ops.put("jm", jm);
        ops.put("jx", combine(jp, 0.5, 0, jm, 0.5, 0));
        ops.put("jy", combine(jp, 0, -0.5, jm, 0, 0.5)); // (J+ - J-)/(2i)
        return fixed("spin", jz.scaled(omega), ops);
    }

    /** H = omega a^dag a on Fock |0>..|levels-1>; operators a ad n x p. */
    public static Subsystem oscillator(double omega, int levels) {
        ComplexMatrix a = StandardOperators.annihilation(levels);
        ComplexMatrix ad = a.adjoint();
        Map<String, ComplexMatrix> ops = new HashMap<>();
        ops.put("a", a);
        ops.put("ad", ad);
        ops.put("n", StandardOperators.number(levels));
        ops.put("x", combine(a, INV_SQRT2, 0, ad, INV_SQRT2, 0));
        ops.put("p", combine(a, 0, -INV_SQRT2, ad, 0, INV_SQRT2)); // i(a^dag - a)/sqrt2
        return fixed("oscillator", StandardOperators.number(levels).scaled(omega), ops);
    }

    /** A Hermitian H as given and named operators. */
    public static Subsystem matrix(ComplexMatrix hamiltonian, Map<String, ComplexMatrix> operators) {
        return fixed("matrix", hamiltonian, new HashMap<>(operators));
    }

    /**
     * n qubits (site 0 the most significant factor): H = sum_k (omega_k/2) sz_k
     * + J sum_k (sp_k sm_k+1 + sm_k sp_k+1). Operators sx[k] ... and sx[*] = sum over k,
     * built on demand straight from the basis bits (a Kronecker product per site would be 2^n^2 work each).
     */
    public static Subsystem spins(List<Double> omegas, double flipFlop) {
        SpinChain chain = new SpinChain(omegas.size());
        ComplexMatrix h = chain.hamiltonian(omegas, flipFlop);
        return new Subsystem("spins", chain.dimension(), h, name -> siteOperator(chain, name), omegas.size());
    }

    private static Optional<ComplexMatrix> siteOperator(SpinChain chain, String name) {
        Matcher m = SITE_OPERATOR.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = m.group(1);
        if ("*".equals(m.group(2))) {
            return Optional.of(chain.sum(base));
        }
        int k = Integer.parseInt(m.group(2));
        return k < chain.sites() ? Optional.of(chain.site(base, k)) : Optional.empty();
    }

    private static Subsystem fixed(String kind, ComplexMatrix h, Map<String, ComplexMatrix> ops) {
        Map<String, ComplexMatrix> copy = Map.copyOf(ops);
        return new Subsystem(kind, h.rows(), h, name -> Optional.ofNullable(copy.get(name)), 0);
    }
}
