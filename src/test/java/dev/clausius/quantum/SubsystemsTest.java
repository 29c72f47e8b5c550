package dev.clausius.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.linalg.ComplexMatrix;
import dev.clausius.testing.NaiveMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubsystemsTest {

    private static NaiveMatrix naive(ComplexMatrix m) {
        return NaiveMatrix.of(m);
    }

    @Test
    void qubitFollowsTheContractBasis() {
        Subsystem q = Subsystems.qubit(2.0);
        // index 0 = |e>: H = (omega/2) sigma_z = diag(1, -1); sp = |e><g| = [[0,1],[0,0]]
        assertEquals(1.0, q.hamiltonian().re(0, 0));
        assertEquals(-1.0, q.hamiltonian().re(1, 1));
        assertEquals(1.0, q.operator("sp").re(0, 1));
        assertEquals(0.0, q.operator("sp").re(1, 0));
        // sigma_y sigma_x = -i sigma_z
        NaiveMatrix yx = naive(q.operator("sy")).times(naive(q.operator("sx")));
        assertTrue(yx.maxAbsDifference(q.operator("sz").scaled(new dev.clausius.linalg.Complex(0, -1))) < 1e-15);
        assertTrue(q.hasOperator("id"));
        assertFalse(q.hasOperator("jx"));
        assertThrows(IllegalArgumentException.class, () -> q.operator("a"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 1.5, 3})
    void spinOperatorsObeyAngularMomentumAlgebra(double j) {
        Subsystem s = Subsystems.spin(j, 1.0);
        int d = s.dimension();
        assertEquals((int) (2 * j + 1), d);
        NaiveMatrix jx = naive(s.operator("jx"));
        NaiveMatrix jy = naive(s.operator("jy"));
        NaiveMatrix jz = naive(s.operator("jz"));
        // [jx, jy] = i jz
        NaiveMatrix commutator = jx.times(jy).minus(jy.times(jx));
        assertTrue(commutator.maxAbsDifference(s.operator("jz").scaled(new dev.clausius.linalg.Complex(0, 1))) < 1e-12);
        // J^2 = j(j+1)
        NaiveMatrix casimir = jx.times(jx).plus(jy.times(jy)).plus(jz.times(jz));
        assertTrue(casimir.maxAbsDifference(ComplexMatrix.identity(d).scaled(j * (j + 1))) < 1e-12);
        // basis m = j first
        assertEquals(j, s.hamiltonian().re(0, 0), 1e-15);
    }

    @Test
    void oscillatorLadderOperators() {
        Subsystem o = Subsystems.oscillator(1.5, 6);
        NaiveMatrix a = naive(o.operator("a"));
        NaiveMatrix ad = naive(o.operator("ad"));
        NaiveMatrix commutator = a.times(ad).minus(ad.times(a));
        for (int n = 0; n < 5; n++) {
            assertEquals(1.0, commutator.re[n][n], 1e-14);
        }
        assertEquals(-5.0, commutator.re[5][5], 1e-14); // truncation: [a, ad] = 1 - N |N-1><N-1|
        assertEquals(Math.sqrt(3), a.re[2][3], 1e-15);
        assertEquals(1.5 * 4, o.hamiltonian().re(4, 4), 1e-15);
        assertTrue(o.operator("x").hermiticityError() < 1e-15);
        assertTrue(o.operator("p").hermiticityError() < 1e-15);
        // x = (a + ad)/sqrt2, p = i(ad - a)/sqrt2: [x, p] = i on the untruncated levels
        NaiveMatrix x = naive(o.operator("x"));
        NaiveMatrix p = naive(o.operator("p"));
        assertEquals(1.0, x.times(p).minus(p.times(x)).im[0][0], 1e-14);
    }

    @Test
    void spinChainOperatorsEqualKroneckerProducts() {
        List<Double> omegas = List.of(0.8, 1.0, 1.3);
        double flipFlop = 0.2;
        Subsystem spins = Subsystems.spins(omegas, flipFlop);
        Subsystem qubit = Subsystems.qubit(1.0);
        NaiveMatrix id = NaiveMatrix.identity(2);
        NaiveMatrix expectedH = new NaiveMatrix(8, 8);
        NaiveMatrix[] sz = new NaiveMatrix[3];
        NaiveMatrix[] sp = new NaiveMatrix[3];
        NaiveMatrix[] sy = new NaiveMatrix[3];
        for (int k = 0; k < 3; k++) {
            sz[k] = site(naive(qubit.operator("sz")), k, id);
            sp[k] = site(naive(qubit.operator("sp")), k, id);
            sy[k] = site(naive(qubit.operator("sy")), k, id);
            expectedH = expectedH.plus(sz[k].scale(omegas.get(k) / 2));
        }
        for (int k = 0; k < 2; k++) {
            NaiveMatrix hop = sp[k].times(sp[k + 1].adjoint());
            expectedH = expectedH.plus(hop.plus(hop.adjoint()).scale(flipFlop));
        }
        assertTrue(expectedH.maxAbsDifference(spins.hamiltonian()) < 1e-14);
        assertTrue(sy[1].maxAbsDifference(spins.operator("sy[1]")) < 1e-15);
        assertTrue(sp[2].maxAbsDifference(spins.operator("sp[2]")) < 1e-15);
        assertTrue(sz[0].plus(sz[1]).plus(sz[2]).maxAbsDifference(spins.operator("sz[*]")) < 1e-15);
        assertFalse(spins.hasOperator("sx[3]"));
        assertEquals(3, spins.sites());
    }

    private static NaiveMatrix site(NaiveMatrix op, int k, NaiveMatrix id) {
        NaiveMatrix m = k == 0 ? op : id;
        for (int i = 1; i < 3; i++) {
            m = m.kron(i == k ? op : id);
        }
        return m;
    }
}
