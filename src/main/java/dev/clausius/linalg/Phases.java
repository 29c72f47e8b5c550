package dev.clausius.linalg;

/**
 * The phases a_j = exp(-i E_j t) of exact evolution in an eigenbasis (docs/conventions.md, closed evolution:
 * Phi_jk(t) = a_j conj(a_k)), with a common shift E_0 that keeps them small and cancels in E_j - E_k.
 */
final class Phases {
    private Phases() {
    }

    /** cos[j] + i sin[j] = exp(-i (E_j - E_0) t). */
    static void of(HermitianEigen eigen, double t, double[] cos, double[] sin) {
        double e0 = eigen.value(0);
        for (int j = 0; j < eigen.size(); j++) {
            double phase = -(eigen.value(j) - e0) * t;
            cos[j] = Math.cos(phase);
            sin[j] = Math.sin(phase);
        }
    }
}
