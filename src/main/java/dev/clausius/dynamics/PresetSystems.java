package dev.clausius.dynamics;

import dev.clausius.linalg.Complex;
import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.preset.ComplexArray;
import dev.clausius.preset.CouplingSpec;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.Problem;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.quantum.BipartiteSystem;
import dev.clausius.quantum.Coupling;
import dev.clausius.quantum.Subsystem;
import dev.clausius.quantum.Subsystems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Turns a preset's specs into the quantum layer's operators (the physics checks the reader cannot make). */
public final class PresetSystems {
    /** |V - V^dag| above this (relative to max |V|) refuses a coupling as not Hermitian. */
    private static final double HERMITICITY_TOLERANCE = 1e-12;

    private PresetSystems() {
    }

    public static Subsystem subsystem(SubsystemSpec spec) {
        // Java 17: no pattern switch yet, so an instanceof chain over the sealed kinds
        if (spec instanceof SubsystemSpec.Qubit q) {
            return Subsystems.qubit(q.omega());
        } else if (spec instanceof SubsystemSpec.Spin s) {
            return Subsystems.spin(s.j(), s.omega());
        } else if (spec instanceof SubsystemSpec.Oscillator o) {
            return Subsystems.oscillator(o.omega(), o.levels());
        } else if (spec instanceof SubsystemSpec.Spins s) {
            return Subsystems.spins(s.omegas(), s.flipFlop());
        } else if (spec instanceof SubsystemSpec.Matrix m) {
            return Subsystems.matrix(matrix(m.hamiltonian()), operators(m.operators()));
        }
        throw new IllegalArgumentException("unknown subsystem kind " + spec.kind());
    }

    /** The closed-mode system of a preset: A, B, V and the two temperatures. */
    public static BipartiteSystem bipartite(Preset preset, String source) throws PresetException {
        Subsystem a = subsystem(preset.subsystemA());
        Subsystem b = subsystem(preset.subsystemB());
        ComplexMatrix v = coupling(preset.coupling(), a, b, source);
        double scale = Math.max(1.0, v.maxAbs());
        if (v.hermiticityError() > HERMITICITY_TOLERANCE * scale) {
            throw new PresetException(source, new Problem("$.coupling",
                    "V is not Hermitian (largest |V - V^dag| = " + v.hermiticityError()
                            + "); add \"hc\": true or a conjugate term"));
        }
        return new BipartiteSystem(a, b, v, preset.temperatureA(), preset.temperatureB());
    }

    private static ComplexMatrix coupling(CouplingSpec spec, Subsystem a, Subsystem b, String source)
            throws PresetException {
        if (spec instanceof CouplingSpec.FullMatrix full) {
            return matrix(full.v());
        }
        Coupling coupling = new Coupling(a, b);
        List<CouplingSpec.Term> terms = ((CouplingSpec.Terms) spec).terms();
        for (int i = 0; i < terms.size(); i++) {
            CouplingSpec.Term term = terms.get(i);
            try {
                addTerm(coupling, term, a, b);
            } catch (IllegalArgumentException e) {
                throw new PresetException(source, new Problem("$.coupling[" + i + "]", e.getMessage()));
            }
        }
        return coupling.matrix();
    }

    /**
     * One term; with a spread, the [*] operator is expanded site by site with
     * g_k = g (1 + spread u_k), u_k uniform in [-1, 1] from java.util.Random(seed) (a generator
     * whose sequence the Java specification fixes, so every machine gets the same couplings).
     */
    private static void addTerm(Coupling coupling, CouplingSpec.Term term, Subsystem a, Subsystem b) {
        Complex g = new Complex(term.g().re(), term.g().im());
        boolean spreadA = term.spread() != 0 && term.operatorA().endsWith("[*]");
        boolean spreadB = term.spread() != 0 && term.operatorB().endsWith("[*]");
        if (!spreadA && !spreadB) {
            coupling.add(g, term.operatorA(), term.operatorB(), term.hermitianConjugate());
            return;
        }
        Subsystem spread = spreadA ? a : b;
        String base = (spreadA ? term.operatorA() : term.operatorB()).replace("[*]", "");
        Random random = new Random(term.seed());
        for (int k = 0; k < spread.sites(); k++) {
            double u = 2 * random.nextDouble() - 1;
            Complex gk = g.times(new Complex(1 + term.spread() * u, 0));
            String site = base + "[" + k + "]";
            coupling.add(gk, spreadA ? site : term.operatorA(), spreadA ? term.operatorB() : site,
                    term.hermitianConjugate());
        }
    }

    public static ComplexMatrix matrix(ComplexArray array) {
        return ComplexMatrix.of(array.re(), array.im());
    }

    private static Map<String, ComplexMatrix> operators(Map<String, ComplexArray> arrays) {
        Map<String, ComplexMatrix> ops = new HashMap<>();
        arrays.forEach((name, array) -> ops.put(name, matrix(array)));
        return ops;
    }
}
