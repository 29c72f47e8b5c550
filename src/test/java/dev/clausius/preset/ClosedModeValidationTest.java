package dev.clausius.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.preset.memory.MemoryBudget;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clausius.preset.TestPresets.CLOSED;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static dev.clausius.preset.TestPresets.assertProblem;
import static dev.clausius.preset.TestPresets.assertValid;
import static dev.clausius.preset.TestPresets.problems;
import static dev.clausius.preset.TestPresets.read;
import static dev.clausius.preset.TestPresets.remove;
import static dev.clausius.preset.TestPresets.set;
import static dev.clausius.preset.TestPresets.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header, types, fields and kinds, with the exact JSON path of each problem. */
class ClosedModeValidationTest {

    private static ObjectNode closed() {
        return tree(CLOSED);
    }

    @Test
    void theBaseIsValidAndDescriptionDefaultsToEmpty() throws PresetException {
        assertValid(problems(closed()));
        assertEquals("", read(closed()).description());
    }

    @Test
    void wrongFormatStopsReading() {
        ObjectNode json = set(set(closed(), "format", "\"clausius\""), "A.omega", "-1");
        assertOnlyProblem(problems(json), "$.format", "must be \"clausius-preset\", got string \"clausius\"");
    }

    @Test
    void unsupportedVersionStopsReading() {
        ObjectNode json = set(set(closed(), "version", "2"), "A.omega", "-1");
        assertOnlyProblem(problems(json), "$.version", "unsupported version 2, this Clausius reads version 1");
    }

    @Test
    void missingFormatAndVersionAreReportedAndReadingGoesOn() {
        ObjectNode json = remove(remove(set(closed(), "A.omega", "-1"), "format"), "version");
        List<Problem> problems = problems(json);
        assertProblem(problems, "$.format", "missing required field");
        assertProblem(problems, "$.version", "missing required field");
        assertProblem(problems, "$.A.omega", "must be > 0, got -1");
    }

    @Test
    void versionOfTheWrongType() {
        assertOnlyProblem(problems(set(closed(), "version", "\"1\"")), "$.version", "must be an integer, got string \"1\"");
    }

    @Test
    void wrongTypes() {
        assertOnlyProblem(problems(set(closed(), "A.omega", "\"abc\"")), "$.A.omega", "must be a number, got string \"abc\"");
        assertOnlyProblem(problems(set(closed(), "name", "3")), "$.name", "must be a string, got number 3");
        assertOnlyProblem(problems(set(closed(), "description", "[]")), "$.description", "must be a string, got a list");
        assertOnlyProblem(problems(set(closed(), "A", "\"qubit\"")), "$.A", "must be an object");
        assertOnlyProblem(problems(set(closed(), "coupling[0].hc", "\"yes\"")), "$.coupling[0].hc",
                "must be true or false, got string \"yes\"");
        assertOnlyProblem(problems(set(closed(), "time", "5")), "$.time", "must be an object, got number 5");
        assertOnlyProblem(problems(set(closed(), "coupling", "0.05")), "$.coupling", "must be a list of terms");
        assertOnlyProblem(problems(set(closed(), "A.omega", "null")), "$.A.omega", "must be a number, got null");
    }

    @Test
    void missingFields() {
        assertOnlyProblem(problems(remove(closed(), "A.omega")), "$.A.omega", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "name")), "$.name", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "coupling")), "$.coupling", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "time.end")), "$.time.end", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "temperatures.B")), "$.temperatures.B", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "B")), "$.B", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "coupling[0].g")), "$.coupling[0].g", "missing required field");
        assertOnlyProblem(problems(remove(closed(), "mode")), "$.mode", "missing required field");
        assertOnlyProblem(problems(set(closed(), "name", "\"  \"")), "$.name", "must not be empty");
    }

    @Test
    void unknownFields() {
        ObjectNode json = remove(set(closed(), "A.omeg", "1"), "A.omega");
        List<Problem> problems = problems(json);
        assertProblem(problems, "$.A.omeg", "unknown field (expected one of: kind, omega)");
        assertProblem(problems, "$.A.omega", "missing required field");
        assertOnlyProblem(problems(set(closed(), "colour", "1")), "$.colour", "unknown field for mode \"closed\"");
        assertOnlyProblem(problems(set(closed(), "bath", "{}")), "$.bath", "unknown field for mode \"closed\"");
        assertOnlyProblem(problems(set(closed(), "time.steps", "1")), "$.time.steps", "unknown field (expected one of: dt, end)");
        assertOnlyProblem(problems(set(closed(), "coupling[0].phase", "1")), "$.coupling[0].phase", "unknown field");
        assertOnlyProblem(problems(set(closed(), "coupling[0].g", "{\"re\": 1, \"imag\": 2}")),
                "$.coupling[0].g.imag", "unknown field (expected one of: re, im)");
        assertOnlyProblem(problems(set(closed(), "foo bar", "1")), "$['foo bar']", "unknown field");
    }

    @Test
    void unknownKindAndMode() {
        assertOnlyProblem(problems(set(closed(), "A.kind", "\"qbit\"")), "$.A.kind",
                "unknown kind \"qbit\" (expected qubit, spin, oscillator, spins, matrix)");
        List<Problem> problems = problems(set(closed(), "mode", "\"clsoed\""));
        assertOnlyProblem(problems, "$.mode", "unknown mode \"clsoed\" (expected closed, open, engine, classical)");
    }

    @Test
    void unknownOperators() {
        assertOnlyProblem(problems(set(closed(), "coupling[0].A", "\"jx\"")), "$.coupling[0].A",
                "unknown operator \"jx\" for qubit (expected one of: sx, sy, sz, sp, sm, id)");
        ObjectNode spins = set(closed(), "B", "{\"kind\": \"spins\", \"n\": 8, \"omega\": 1}");
        set(spins, "coupling", "[{\"g\": 0.04, \"A\": \"sx\", \"B\": \"sx[9]\"}]");
        assertOnlyProblem(problems(spins), "$.coupling[0].B",
                "unknown operator \"sx[9]\" for spins with n = 8 (k must be 0..7)");
        set(spins, "coupling[0].B", "\"sx[01]\"");
        assertOnlyProblem(problems(spins), "$.coupling[0].B", "unknown operator \"sx[01]\" for spins");
        ObjectNode oscillator = set(closed(), "B", "{\"kind\": \"oscillator\", \"omega\": 1, \"levels\": 4}");
        assertOnlyProblem(problems(oscillator), "$.coupling[0].B",
                "unknown operator \"sm\" for oscillator (expected one of: a, ad, n, x, p, id)");
    }

    @Test
    void operatorsOfEveryKindAreAccepted() {
        ObjectNode json = set(closed(), "A", "{\"kind\": \"spin\", \"j\": 1.5, \"omega\": 2}");
        set(json, "B", "{\"kind\": \"spins\", \"n\": 3, \"omega\": [1, 1.1, 1.2], \"J\": 0.1}");
        set(json, "coupling", """
                [{"g": 0.1, "A": "jx", "B": "sz[2]"}, {"g": 0.1, "A": "jp", "B": "sm[*]", "hc": true},
                 {"g": 0.1, "A": "id", "B": "sx[*]", "spread": 0.2, "seed": 3}]""");
        assertValid(problems(json));
    }

    @Test
    void outOfRangeNumbers() {
        assertOnlyProblem(problems(set(closed(), "A.omega", "-1")), "$.A.omega", "must be > 0, got -1");
        assertOnlyProblem(problems(set(closed(), "A.omega", "0")), "$.A.omega", "must be > 0, got 0");
        assertOnlyProblem(problems(set(closed(), "temperatures.A", "-0.5")), "$.temperatures.A", "must be >= 0, got -0.5");
        assertOnlyProblem(problems(set(closed(), "temperatures.B", "\"hot\"")), "$.temperatures.B",
                "must be a number >= 0 or \"inf\", got string \"hot\"");
        assertOnlyProblem(problems(set(closed(), "time.dt", "0")), "$.time.dt", "must be > 0, got 0");
        assertOnlyProblem(problems(set(closed(), "time.end", "-1")), "$.time.end", "must be >= 0, got -1");
        assertOnlyProblem(problems(set(closed(), "time.dt", "1e-6")), "$.time.end",
                "end / dt = 100 / 1e-6 = 1.00e+08 time steps; the limit is 10000000");
        assertOnlyProblem(problems(set(closed(), "coupling[0].spread", "-0.1")), "$.coupling[0].spread",
                "must be >= 0, got -0.1");
        assertOnlyProblem(problems(set(closed(), "coupling[0].seed", "1.5")), "$.coupling[0].seed",
                "must be an integer, got 1.5");
    }

    @Test
    void infiniteTemperatureAndZeroEnd() throws PresetException {
        Preset p = read(set(set(closed(), "temperatures.B", "\"inf\""), "time.end", "0"));
        assertEquals(Double.POSITIVE_INFINITY, p.temperatureB());
        assertEquals(0.0, p.time().end());
    }

    @Test
    void spinLengthLevelsAndChains() {
        ObjectNode spin = set(closed(), "A", "{\"kind\": \"spin\", \"j\": 0.7, \"omega\": 1}");
        set(spin, "coupling", "[]");
        assertOnlyProblem(problems(spin), "$.A.j", "must be a positive multiple of 1/2 (0.5, 1, 1.5, ...), got 0.7");
        assertOnlyProblem(problems(set(spin, "A.j", "0")), "$.A.j", "must be a positive multiple of 1/2");
        assertOnlyProblem(problems(set(spin, "A.j", "1500")), "$.A.j", "j = 1500 is too large (dimension 3001)");

        ObjectNode oscillator = set(closed(), "B", "{\"kind\": \"oscillator\", \"omega\": 1, \"levels\": 1}");
        set(oscillator, "coupling", "[]");
        assertOnlyProblem(problems(oscillator), "$.B.levels", "must be an integer >= 2, got 1");
        assertOnlyProblem(problems(set(oscillator, "B.levels", "2.5")), "$.B.levels", "must be an integer, got 2.5");
        assertOnlyProblem(problems(set(oscillator, "B.levels", "5000")), "$.B.levels",
                "5000 levels is too many; the limit is 4096");

        ObjectNode chain = set(closed(), "B", "{\"kind\": \"spins\", \"n\": 0, \"omega\": 1}");
        set(chain, "coupling", "[]");
        assertOnlyProblem(problems(chain), "$.B.n", "must be an integer >= 1, got 0");
        assertOnlyProblem(problems(set(chain, "B.n", "13")), "$.B.n", "n = 13 spins is too many");
        set(chain, "B.n", "8");
        assertOnlyProblem(problems(set(chain, "B.omega", "[1, 1, 1, 1, 1, 1, 1]")), "$.B.omega",
                "must list exactly n = 8 numbers, got 7");
        assertOnlyProblem(problems(set(chain, "B.omega", "[1, 1, 1, -1, 1, 1, 1, 1]")), "$.B.omega[3]",
                "must be > 0, got -1");
        assertOnlyProblem(problems(set(chain, "B.omega", "\"fast\"")), "$.B.omega",
                "must be a number or a list of n numbers, got string \"fast\"");
    }

    @Test
    void oneOmegaForAllSpinsIsExpanded() throws PresetException {
        ObjectNode chain = set(closed(), "B", "{\"kind\": \"spins\", \"n\": 3, \"omega\": 1.1}");
        set(chain, "coupling", "[]");
        assertEquals(new SubsystemSpec.Spins(3, List.of(1.1, 1.1, 1.1), 0.0), read(chain).subsystemB());
    }

    @Test
    void spreadNeedsASumOverSpins() {
        ObjectNode json = set(closed(), "coupling[0].spread", "0.3");
        assertOnlyProblem(problems(json), "$.coupling[0].spread",
                "a spread needs an operator summed over spins, such as \"sx[*]\", on A or B");
    }

    @Test
    void complexCouplingConstants() throws PresetException {
        ObjectNode json = set(closed(), "coupling[0].g", "{\"re\": 0.03, \"im\": 0.04}");
        CouplingSpec.Term term = ((CouplingSpec.Terms) read(json).coupling()).terms().get(0);
        assertEquals(new ComplexValue(0.03, 0.04), term.g());
        set(json, "coupling[0].g", "{\"re\": 0.03}");
        assertEquals(ComplexValue.real(0.03), ((CouplingSpec.Terms) read(json).coupling()).terms().get(0).g());
        assertOnlyProblem(problems(set(json, "coupling[0].g", "\"big\"")), "$.coupling[0].g",
                "must be a number or {\"re\": x, \"im\": y}, got string \"big\"");
        assertOnlyProblem(problems(set(json, "coupling[0].g", "{\"im\": 1}")), "$.coupling[0].g.re",
                "missing required field");
    }

    @Test
    void termsMustAddUpToAHermitianV() {
        ObjectNode json = set(closed(), "coupling[0].hc", "false");
        assertOnlyProblem(problems(json), "$.coupling[0]",
                "V is not Hermitian: the Hermitian conjugate of this term, 0.05 sm (x) sp, is not in V");
        set(json, "coupling", "[{\"g\": 0.05, \"A\": \"sp\", \"B\": \"sm\"}, {\"g\": 0.05, \"A\": \"sm\", \"B\": \"sp\"}]");
        assertValid(problems(json));
        set(json, "coupling", "[{\"g\": {\"re\": 0, \"im\": 0.1}, \"A\": \"sx\", \"B\": \"sz\"}]");
        assertOnlyProblem(problems(json), "$.coupling[0]", "-0.1i sx (x) sz, is not in V");
        set(json, "coupling", "[{\"g\": 0.1, \"A\": \"sx\", \"B\": \"sz\"}]");
        assertValid(problems(json));
    }

    /** Issue 6's machine: 2 GiB for the whole process (the budget is injected, so any machine runs this alike). */
    private static final MemoryBudget TWO_GIB = new MemoryBudget(2L << 30, Long.MAX_VALUE, Long.MAX_VALUE);

    @Test
    void dimensionTooLargeWithTheMemoryEstimate() {
        ObjectNode json = set(closed(), "B", "{\"kind\": \"oscillator\", \"omega\": 1, \"levels\": 4096}");
        set(json, "coupling", "[{\"g\": 0.1, \"A\": \"sp\", \"B\": \"a\", \"hc\": true}]");
        assertOnlyProblem(problems(json, TWO_GIB), "$.B", "total dimension 8192 (2 x 4096) needs about 16.3 GB of working "
                + "memory, this machine allows 2.1 GB (D <= 2848 here, its physical memory)");
        assertValid(problems(set(json, "B.levels", "1424"), TWO_GIB)); // D = 2848, the limit
        ObjectNode chain = set(closed(), "B", "{\"kind\": \"spins\", \"n\": 12, \"omega\": 1}");
        set(chain, "coupling", "[]");
        assertOnlyProblem(problems(chain, TWO_GIB), "$.B", "total dimension 8192 (2 x 4096)");
        // issue 6's scale: a qubit and 10 spins (D = 2048, measured 1.00-1.13 GB) runs in 2 GiB, 11 spins do not
        assertValid(problems(set(chain, "B.n", "10"), TWO_GIB));
        assertOnlyProblem(problems(set(chain, "B.n", "11"), TWO_GIB), "$.B", "total dimension 4096 (2 x 2048) needs "
                + "about 4.2 GB of working memory, this machine allows 2.1 GB (D <= 2848 here, its physical memory)");
        // issue 16: with 24 GiB (this project's machines) the same 11 spins run
        assertValid(problems(chain, new MemoryBudget(24L << 30, Long.MAX_VALUE, Long.MAX_VALUE)));
    }

    @Test
    void severalProblemsAreAllReported() {
        ObjectNode json = set(closed(), "A.omega", "-1");
        set(json, "B.kind", "\"qbit\"");
        set(json, "temperatures.A", "\"cold\"");
        set(json, "coupling[0].hc", "1");
        remove(json, "time.dt");
        set(json, "extra", "true");
        List<Problem> problems = problems(json);
        assertEquals(6, problems.size(), TestPresets.list(problems));
        assertProblem(problems, "$.A.omega", "must be > 0");
        assertProblem(problems, "$.B.kind", "unknown kind");
        assertProblem(problems, "$.temperatures.A", "\"inf\"");
        assertProblem(problems, "$.coupling[0].hc", "true or false");
        assertProblem(problems, "$.time.dt", "missing");
        assertProblem(problems, "$.extra", "unknown field");
        assertTrue(problems.stream().allMatch(p -> !p.reason().contains("\n")));
    }
}
