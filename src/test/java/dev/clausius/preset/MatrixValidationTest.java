package dev.clausius.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static dev.clausius.preset.TestPresets.assertProblem;
import static dev.clausius.preset.TestPresets.assertValid;
import static dev.clausius.preset.TestPresets.problems;
import static dev.clausius.preset.TestPresets.read;
import static dev.clausius.preset.TestPresets.set;
import static dev.clausius.preset.TestPresets.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Complex matrices: shapes, Hermiticity of H and V, named operators of a matrix subsystem. */
class MatrixValidationTest {
    private static final String SIGMA_Y = "{\"re\": [[0, 0], [0, 0]], \"im\": [[0, -1], [1, 0]]}";

    /** A matrix subsystem A (a 4-level ladder) with a lowering operator "down", coupled to qubit B. */
    private static ObjectNode matrixPreset() {
        ObjectNode json = tree(CLOSED);
        set(json, "A", """
                {"kind": "matrix",
                 "H": [[3, 0, 0, 0], [0, 2, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]],
                 "ops": {"down": [[0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]],
                         "y": {"re": [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
                               "im": [[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]}}}""");
        set(json, "coupling", "[{\"g\": 0.1, \"A\": \"down\", \"B\": \"sp\", \"hc\": true}, "
                + "{\"g\": 0.2, \"A\": \"y\", \"B\": \"sz\"}]");
        return json;
    }

    @Test
    void aMatrixSubsystemReadsWithItsOperators() throws PresetException {
        Preset p = read(matrixPreset());
        SubsystemSpec.Matrix a = (SubsystemSpec.Matrix) p.subsystemA();
        assertEquals(4, a.dimension());
        assertEquals(List.of("down", "y"), List.copyOf(a.operators().keySet()));
        assertArrayEquals(new double[] {0, -1, 0, 0}, a.operators().get("y").im()[0]);
        assertArrayEquals(new double[4], a.hamiltonian().im()[2]);
    }

    @Test
    void raggedRowsNameTheRow() {
        ObjectNode json = set(matrixPreset(), "A.H", "{\"re\": [[3, 0, 0, 0], [0, 2, 0, 0], [0, 0, 1], [0, 0, 0, 0]]}");
        assertOnlyProblem(problems(json), "$.A.H.re[2]", "row has 3 entries, expected 4");
        set(json, "A.H", "[[3, 0, 0, 0], [0, 2, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0, 0]]");
        assertOnlyProblem(problems(json), "$.A.H[3]", "row has 5 entries, expected 4");
    }

    @Test
    void nonSquareMatrices() {
        ObjectNode json = set(matrixPreset(), "A.H", "[[1, 0, 0], [0, 1, 0]]");
        List<Problem> problems = problems(json);
        assertProblem(problems, "$.A.H[0]", "row has 3 entries, expected 2 (the matrix must be square)");
        assertProblem(problems, "$.A.H[1]", "row has 3 entries, expected 2");
    }

    @Test
    void imaginaryPartMustHaveTheShapeOfTheRealPart() {
        ObjectNode json = set(matrixPreset(), "A.ops.y.im", "[[0, -1], [1, 0]]");
        assertOnlyProblem(problems(json), "$.A.ops.y.im", "has 2 rows, expected 4 (the same shape as re)");
        set(json, "A.ops.y.im", "[[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 0], [0, 0, 0, 0]]");
        assertOnlyProblem(problems(json), "$.A.ops.y.im[2]", "row has 3 entries, expected 4");
    }

    @Test
    void entriesMustBeNumbers() {
        ObjectNode json = set(matrixPreset(), "A.H", "[[3, 0, 0, 0], [0, 2, \"x\", 0], [0, 0, 1, 0], [0, 0, 0, 0]]");
        assertOnlyProblem(problems(json), "$.A.H[1][2]", "must be a number, got string \"x\"");
        assertOnlyProblem(problems(set(json, "A.H", "[]")), "$.A.H", "must not be empty");
        assertOnlyProblem(problems(set(json, "A.H", "[[1]]")), "$.A.H", "must be at least 2 x 2");
        assertOnlyProblem(problems(set(json, "A.H", "\"diag(1,2)\"")), "$.A.H", "must be a matrix");
        assertOnlyProblem(problems(set(json, "A.H", "[1, 2]")), "$.A.H", "must be a list of rows");
        assertOnlyProblem(problems(set(json, "A.H", "[[1, 0], 2]")), "$.A.H[1]", "must be a list, got number 2");
    }

    @Test
    void aLongListOfBadEntriesIsCutShort() {
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 50; i++) {
            rows.append(i == 0 ? "" : ",").append("[\"a\", \"b\"]");
        }
        List<Problem> problems = problems(set(matrixPreset(), "A.H", rows + "]"));
        assertEquals(11, problems.size(), TestPresets.list(problems));
        assertProblem(problems, "$.A.H", "more problems in this matrix are not listed");
    }

    @Test
    void nonHermitianHamiltonian() {
        ObjectNode json = set(matrixPreset(), "A.H", "{\"re\": [[0, 1], [1, 0]], \"im\": [[0, 2], [2, 0]]}");
        set(json, "A.ops", "{}");
        set(json, "coupling", "[]");
        assertOnlyProblem(problems(json), "$.A.H", "not Hermitian: H[0][1] = 1+2i but conj(H[1][0]) = 1-2i");
        set(json, "A.H", "{\"re\": [[1, 0], [0, 0]], \"im\": [[0.5, 0], [0, 0]]}");
        assertOnlyProblem(problems(json), "$.A.H", "H[0][0] = 1+0.5i but conj(H[0][0]) = 1-0.5i");
        set(json, "A.H", "{\"re\": [[1, 0], [0, 0]], \"im\": [[1e-13, 0], [0, 0]]}");
        assertValid(problems(json));
    }

    @Test
    void operatorsMustMatchHAndNotBeCalledId() {
        ObjectNode json = set(matrixPreset(), "A.ops.down", "[[0, 1], [0, 0]]");
        assertOnlyProblem(problems(json), "$.A.ops.down", "is 2 x 2 but H is 4 x 4");
        json = set(matrixPreset(), "A.ops.id", "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]");
        assertOnlyProblem(problems(json), "$.A.ops.id", "the name \"id\" is taken by the identity");
        json = set(matrixPreset(), "coupling[0].A", "\"up\"");
        assertOnlyProblem(problems(json), "$.coupling[0].A", "unknown operator \"up\" for matrix (expected one of: down, y, id)");
    }

    @Test
    void matrixOperatorsWithoutANamedConjugateAreLeftToThePhysics() {
        // "down" has no conjugate among the ops, so only the full matrices could decide: no problem here.
        assertValid(problems(set(matrixPreset(), "coupling[0].hc", "false")));
        // "y" is Hermitian, so a complex g on it without hc is refused.
        ObjectNode json = set(matrixPreset(), "coupling[1].g", "{\"re\": 0.2, \"im\": 0.1}");
        assertOnlyProblem(problems(json), "$.coupling[1]", "V is not Hermitian");
    }

    @Test
    void fullCouplingMatrix() throws PresetException {
        ObjectNode json = set(tree(CLOSED), "coupling",
                "{\"V\": {\"re\": [[0,0,0,0],[0,0,0.05,0],[0,0.05,0,0],[0,0,0,0]]}}");
        CouplingSpec.FullMatrix v = (CouplingSpec.FullMatrix) read(json).coupling();
        assertEquals(0.05, v.v().re()[1][2]);
        set(json, "coupling", "{\"V\": [[0, 0.05], [0.05, 0]]}");
        assertOnlyProblem(problems(json), "$.coupling.V", "is 2 x 2 but dim(A) * dim(B) = 2 x 2 = 4");
        set(json, "coupling", "{\"V\": {\"re\": [[0,0,0,0],[0,0,0.05,0],[0,0.05,0,0],[0,0,0,0]], "
                + "\"im\": [[0,0,0,0],[0,0,0.01,0],[0,0.01,0,0],[0,0,0,0]]}}");
        assertOnlyProblem(problems(json), "$.coupling.V",
                "not Hermitian: V[1][2] = 0.05+0.01i but conj(V[2][1]) = 0.05-0.01i");
        set(json, "coupling", "{\"W\": [[0]]}");
        List<Problem> problems = problems(json);
        assertProblem(problems, "$.coupling.W", "unknown field (expected one of: V)");
        assertProblem(problems, "$.coupling.V", "missing required field");
    }

    @Test
    void sigmaYAsAMatrixOperatorPairsWithItself() throws PresetException {
        ObjectNode json = set(tree(CLOSED), "A", "{\"kind\": \"matrix\", \"H\": [[0.5, 0], [0, -0.5]], \"ops\": {\"y\": "
                + SIGMA_Y + "}}");
        set(json, "coupling", "[{\"g\": 0.1, \"A\": \"y\", \"B\": \"sy\"}]");
        assertEquals(2, read(json).subsystemA().dimension());
    }
}
