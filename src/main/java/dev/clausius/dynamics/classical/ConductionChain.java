package dev.clausius.dynamics.classical;

import dev.clausius.preset.ClassicalSpec;

/**
 * The cells of a classical preset as one chain a_0 - ... - a_{N_A-1} -[contact]- b_0 - ... - b_{N_B-1}
 * (docs/model.md, "The classical model"): per cell a heat capacity, per bond a conductance.
 * Fourier/Newton conduction C_i dT_i/dt = sum_j k_ij (T_j - T_i) is linear, dT/dt = C^{-1} K T with
 * K the (negative semi-definite) weighted graph Laplacian of the chain.
 *
 * @param capacities  C_i of every cell, A's first
 * @param bonds       k between cell i and i + 1 (length cells - 1; bond N_A - 1 is the contact)
 * @param cellsA      N_A
 */
record ConductionChain(double[] capacities, double[] bonds, int cellsA) {

    static ConductionChain of(ClassicalSpec spec) {
        ClassicalSpec.Body a = spec.bodyA();
        ClassicalSpec.Body b = spec.bodyB();
        int n = a.cells() + b.cells();
        double[] capacities = new double[n];
        double[] bonds = new double[n - 1];
        for (int i = 0; i < n; i++) {
            boolean inA = i < a.cells();
            capacities[i] = inA ? a.heatCapacity() : b.heatCapacity();
            if (i < n - 1) {
                bonds[i] = i == a.cells() - 1 ? spec.contactConductance()
                        : inA ? a.conductance() : b.conductance();
            }
        }
        return new ConductionChain(capacities, bonds, a.cells());
    }

    int cells() {
        return capacities.length;
    }

    /** dT_i/dt = (1/C_i) sum_j k_ij (T_j - T_i): the heat each bond carries, exactly, from T. */
    void rates(double[] temperatures, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < bonds.length; i++) {
            double current = bonds[i] * (temperatures[i + 1] - temperatures[i]); // heat into cell i
            out[i] += current;
            out[i + 1] -= current;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= capacities[i];
        }
    }

    /**
     * M = C^{-1/2} (-K) C^{-1/2}, real symmetric and positive semi-definite: its eigenvalues are the
     * decay rates of the chain's modes (row-major n x n).
     */
    double[][] symmetrizedGenerator() {
        int n = cells();
        double[][] m = new double[n][n];
        for (int i = 0; i < bonds.length; i++) {
            double k = bonds[i];
            m[i][i] += k / capacities[i];
            m[i + 1][i + 1] += k / capacities[i + 1];
            double off = -k / Math.sqrt(capacities[i] * capacities[i + 1]);
            m[i][i + 1] = off;
            m[i + 1][i] = off;
        }
        return m;
    }
}
