package dev.clausius.preset;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator-name grammar of the subsystem table in docs/conventions.md. */
class OperatorNamesTest {
    private static final SubsystemSpec QUBIT = new SubsystemSpec.Qubit(1);
    private static final SubsystemSpec SPIN = new SubsystemSpec.Spin(1, 1);
    private static final SubsystemSpec OSCILLATOR = new SubsystemSpec.Oscillator(1, 5);
    private static final SubsystemSpec CHAIN = new SubsystemSpec.Spins(3, List.of(1.0, 1.0, 1.0), 0);

    @Test
    void everyNameOfTheTableIsKnown() {
        for (String name : List.of("sx", "sy", "sz", "sp", "sm", "id")) {
            assertNull(OperatorNames.problem(QUBIT, name), name);
        }
        for (String name : List.of("jx", "jy", "jz", "jp", "jm", "id")) {
            assertNull(OperatorNames.problem(SPIN, name), name);
        }
        for (String name : List.of("a", "ad", "n", "x", "p", "id")) {
            assertNull(OperatorNames.problem(OSCILLATOR, name), name);
        }
        for (String name : List.of("sx[0]", "sy[1]", "sz[2]", "sp[*]", "sm[*]", "id")) {
            assertNull(OperatorNames.problem(CHAIN, name), name);
        }
    }

    @Test
    void unknownNamesSayWhatIsExpected() {
        assertEquals("unknown operator \"sx\" for spin (expected one of: jx, jy, jz, jp, jm, id)",
                OperatorNames.problem(SPIN, "sx"));
        assertEquals("unknown operator \"sx[3]\" for spins with n = 3 (k must be 0..2)",
                OperatorNames.problem(CHAIN, "sx[3]"));
        assertTrue(OperatorNames.problem(CHAIN, "sx").contains("expected sx[k], sy[k], sz[k], sp[k] or sm[k] with k = 0..2"));
        assertTrue(OperatorNames.problem(CHAIN, "sx[-1]").startsWith("unknown operator"));
        assertTrue(OperatorNames.problem(CHAIN, "sx[99999999999]").startsWith("unknown operator"));
        assertTrue(OperatorNames.problem(QUBIT, "SX").startsWith("unknown operator \"SX\""));
    }

    @Test
    void conjugates() {
        assertEquals("sm", OperatorNames.adjoint(QUBIT, "sp"));
        assertEquals("sx", OperatorNames.adjoint(QUBIT, "sx"));
        assertEquals("jp", OperatorNames.adjoint(SPIN, "jm"));
        assertEquals("ad", OperatorNames.adjoint(OSCILLATOR, "a"));
        assertEquals("x", OperatorNames.adjoint(OSCILLATOR, "x"));
        assertEquals("sm[*]", OperatorNames.adjoint(CHAIN, "sp[*]"));
        assertEquals("sp[2]", OperatorNames.adjoint(CHAIN, "sm[2]"));
        assertEquals("sz[1]", OperatorNames.adjoint(CHAIN, "sz[1]"));
        assertEquals("id", OperatorNames.adjoint(CHAIN, "id"));
    }

    @Test
    void matrixOperatorsPairByTheirEntries() {
        ComplexArray up = ComplexArray.real(new double[][] {{0, 1}, {0, 0}});
        ComplexArray down = ComplexArray.real(new double[][] {{0, 0}, {1, 0}});
        ComplexArray lonely = new ComplexArray(new double[][] {{0, 0}, {0, 0}}, new double[][] {{0, 1}, {0, 0}});
        SubsystemSpec m = new SubsystemSpec.Matrix(ComplexArray.real(new double[][] {{1, 0}, {0, -1}}),
                Map.of("up", up, "down", down, "lonely", lonely));
        assertEquals("down", OperatorNames.adjoint(m, "up"));
        assertEquals("up", OperatorNames.adjoint(m, "down"));
        assertNull(OperatorNames.adjoint(m, "lonely"));
        assertTrue(OperatorNames.problem(m, "side").contains("for matrix (expected one of:"));
        assertTrue(OperatorNames.isSum("sx[*]"));
    }
}
