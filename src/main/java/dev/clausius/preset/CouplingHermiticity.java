package dev.clausius.preset;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a list of coupling terms adds up to a Hermitian V without building V (which may be
 * 4096 x 4096). Terms with "hc" are Hermitian by construction; the others must pair up: for every
 * product A (x) B with total coefficient g, the conjugate product A' (x) B' (A' the conjugate of A)
 * must carry conj(g). A term is its own partner when A and B are Hermitian, so g must be real.
 * The same operator with a different spread or seed is a different random product, so both are
 * part of the key.
 */
final class CouplingHermiticity {

    /** One product of operators with its randomisation; the seed only matters with a spread. */
    private record Product(String a, String b, double spread, long seed) {
        static Product of(CouplingSpec.Term t) {
            return new Product(t.operatorA(), t.operatorB(), t.spread(), t.spread() == 0 ? 0 : t.seed());
        }
    }

    private CouplingHermiticity() {
    }

    /** Reports at the first term of each product whose conjugate is missing from V. */
    static void check(JsonCursor coupling, List<CouplingSpec.Term> terms, SubsystemSpec a, SubsystemSpec b) {
        Map<Product, double[]> coefficients = new LinkedHashMap<>();
        Map<Product, Integer> firstTerm = new LinkedHashMap<>();
        double largest = 0;
        for (int i = 0; i < terms.size(); i++) {
            CouplingSpec.Term t = terms.get(i);
            if (t.hermitianConjugate()) {
                continue;
            }
            Product p = Product.of(t);
            double[] g = coefficients.computeIfAbsent(p, k -> new double[2]);
            g[0] += t.g().re();
            g[1] += t.g().im();
            firstTerm.putIfAbsent(p, i);
            largest = Math.max(largest, Math.hypot(t.g().re(), t.g().im()));
        }
        double tolerance = Hermiticity.tolerance(largest);
        Set<Product> reported = new HashSet<>();
        for (Map.Entry<Product, double[]> entry : coefficients.entrySet()) {
            Product p = entry.getKey();
            String adjointA = OperatorNames.adjoint(a, p.a());
            String adjointB = OperatorNames.adjoint(b, p.b());
            if (adjointA == null || adjointB == null) {
                // A matrix operator whose conjugate has no name: only the full matrices could tell.
                return;
            }
            Product partner = new Product(adjointA, adjointB, p.spread(), p.seed());
            double[] g = entry.getValue();
            double[] h = coefficients.getOrDefault(partner, new double[2]);
            boolean conjugate = Math.hypot(h[0] - g[0], h[1] + g[1]) <= tolerance;
            if (!conjugate && !reported.contains(p)) {
                reported.add(p);
                reported.add(partner);
                coupling.element(firstTerm.get(p)).problem("V is not Hermitian: the Hermitian conjugate of this term, "
                        + Numbers.complex(g[0], -g[1]) + " " + adjointA + " (x) " + adjointB
                        + ", is not in V (set \"hc\": true, or add that term)");
            }
        }
    }
}
