package dev.clausius.quantum;

import dev.clausius.linalg.ComplexMatrix;
import java.util.List;

/**
 * Single-site operators of an n-qubit register, written straight from the basis bits: basis
 * index s has site k in |g> when bit (n-1-k) of s is set (site 0 most significant, |e> = 0).
 */
final class SpinChain {
    private final int sites;

    SpinChain(int sites) {
        this.sites = sites;
    }

    int sites() {
        return sites;
    }

    int dimension() {
        return 1 << sites;
    }

    private int bit(int k) {
        return 1 << (sites - 1 - k);
    }

    /** sx, sy, sz, sp or sm acting on site k. */
    ComplexMatrix site(String base, int k) {
        ComplexMatrix m = ComplexMatrix.zeros(dimension());
        addSite(m, base, k, 1.0);
        return m;
    }

    /** The sum over all sites of sx, sy, ... */
    ComplexMatrix sum(String base) {
        ComplexMatrix m = ComplexMatrix.zeros(dimension());
        for (int k = 0; k < sites; k++) {
            addSite(m, base, k, 1.0);
        }
        return m;
    }

    /** m += weight * (base operator on site k). */
    void addSite(ComplexMatrix m, String base, int k, double weight) {
        int b = bit(k);
        for (int s = 0; s < dimension(); s++) {
            boolean ground = (s & b) != 0;
            int flipped = s ^ b;
            switch (base) {
                case "sz" -> m.add(s, s, ground ? -weight : weight, 0);
                case "sx" -> m.add(flipped, s, weight, 0);
                // sigma_y = [[0, -i], [i, 0]]: |g> -> -i|e>... <e|sy|g> = -i, <g|sy|e> = i
                case "sy" -> m.add(flipped, s, 0, ground ? -weight : weight);
                case "sp" -> {
                    if (ground) {
                        m.add(flipped, s, weight, 0); // |e><g|
                    }
                }
                case "sm" -> {
                    if (!ground) {
                        m.add(flipped, s, weight, 0); // |g><e|
                    }
                }
                default -> throw new IllegalArgumentException("no site operator " + base);
            }
        }
    }

    /** sum_k (omega_k/2) sz_k + J sum_k (sp_k sm_k+1 + sm_k sp_k+1). */
    ComplexMatrix hamiltonian(List<Double> omegas, double flipFlop) {
        ComplexMatrix h = ComplexMatrix.zeros(dimension());
        for (int k = 0; k < sites; k++) {
            addSite(h, "sz", k, omegas.get(k) / 2);
        }
        if (flipFlop != 0) {
            for (int k = 0; k + 1 < sites; k++) {
                int b1 = bit(k);
                int b2 = bit(k + 1);
                for (int s = 0; s < dimension(); s++) {
                    // the flip-flop swaps an (e, g) pair of neighbours: both directions, amplitude J
                    boolean g1 = (s & b1) != 0;
                    boolean g2 = (s & b2) != 0;
                    if (g1 != g2) {
                        h.add(s ^ b1 ^ b2, s, flipFlop, 0);
                    }
                }
            }
        }
        return h;
    }
}
