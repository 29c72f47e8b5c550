package dev.clausius.preset;

import java.util.List;
import java.util.Map;

/** One subsystem ("A", "B" or an engine's "medium") of a preset, by kind (docs/conventions.md, subsystem kinds). */
public sealed interface SubsystemSpec {

    /** The "kind" string of the preset format. */
    String kind();

    /** Hilbert-space dimension. */
    int dimension();

    /** {@code qubit}: H = (omega/2) sigma_z. omega is NaN for an engine medium (the strokes drive it). */
    record Qubit(double omega) implements SubsystemSpec {
        public String kind() { return "qubit"; }
        public int dimension() { return 2; }
    }

    /** {@code spin}: H = omega J_z, basis m = j, j-1, ..., -j. */
    record Spin(double j, double omega) implements SubsystemSpec {
        public String kind() { return "spin"; }
        public int dimension() { return (int) Math.round(2 * j + 1); }
    }

    /** {@code oscillator}: H = omega a^dag a truncated to Fock states |0>..|levels-1>. */
    record Oscillator(double omega, int levels) implements SubsystemSpec {
        public String kind() { return "oscillator"; }
        public int dimension() { return levels; }
    }

    /** {@code spins}: n qubits, H = sum_k (omega_k/2) sz_k + J sum_k (sp_k sm_k+1 + h.c.). */
    record Spins(int n, List<Double> omegas, double flipFlop) implements SubsystemSpec {
        public String kind() { return "spins"; }
        public int dimension() { return 1 << n; }
    }

    /** {@code matrix}: H as given (Hermitian) and named operators. */
    record Matrix(ComplexArray hamiltonian, Map<String, ComplexArray> operators) implements SubsystemSpec {
        public String kind() { return "matrix"; }
        public int dimension() { return hamiltonian.size(); }
    }
}
