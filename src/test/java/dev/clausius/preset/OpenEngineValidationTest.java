package dev.clausius.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clausius.preset.TestPresets.ENGINE;
import static dev.clausius.preset.TestPresets.OPEN;
import static dev.clausius.preset.TestPresets.assertOnlyProblem;
import static dev.clausius.preset.TestPresets.assertProblem;
import static dev.clausius.preset.TestPresets.assertValid;
import static dev.clausius.preset.TestPresets.problems;
import static dev.clausius.preset.TestPresets.read;
import static dev.clausius.preset.TestPresets.remove;
import static dev.clausius.preset.TestPresets.set;
import static dev.clausius.preset.TestPresets.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of open and engine presets (their physics comes later, their files are checked now). */
class OpenEngineValidationTest {

    @Test
    void openBathAndJumps() throws PresetException {
        ObjectNode json = set(tree(OPEN), "jumps", "[{\"op\": \"sz\", \"rate\": 0.01}, "
                + "{\"op\": {\"re\": [[0, 0], [0, 0]], \"im\": [[0, 1], [0, 0]]}, \"rate\": 0.02}]");
        OpenSpec open = read(json).open();
        assertEquals(0.05, open.gamma());
        assertEquals("sm", open.operator());
        assertEquals(new OpenSpec.Jump("sz", null, 0.01), open.jumps().get(0));
        assertNull(open.jumps().get(1).operator());
        assertEquals(1.0, open.jumps().get(1).matrix().im()[0][1]);
    }

    @Test
    void openRequiredFieldsAndRanges() {
        assertOnlyProblem(problems(remove(tree(OPEN), "bath")), "$.bath", "missing required field");
        assertOnlyProblem(problems(remove(tree(OPEN), "bath.operator")), "$.bath.operator", "missing required field");
        assertOnlyProblem(problems(set(tree(OPEN), "bath.gamma", "-0.1")), "$.bath.gamma", "must be >= 0, got -0.1");
        assertOnlyProblem(problems(set(tree(OPEN), "bath.operator", "\"a\"")), "$.bath.operator",
                "unknown operator \"a\" for qubit");
        assertOnlyProblem(problems(remove(tree(OPEN), "temperatures")), "$.temperatures", "missing required field");
        assertOnlyProblem(problems(remove(tree(OPEN), "time.end")), "$.time.end", "missing required field");
        assertOnlyProblem(problems(set(tree(OPEN), "B", "{\"kind\": \"qubit\", \"omega\": 1}")), "$.B",
                "unknown field for mode \"open\" (expected one of: format, version, name, description, mode, A, "
                        + "temperatures, bath, jumps, time, ranges, translations)");
    }

    @Test
    void openJumpProblems() {
        ObjectNode json = set(tree(OPEN), "jumps", "[{\"op\": \"sq\", \"rate\": -1}, {\"op\": [[0, 1, 0], [0, 0, 1], "
                + "[0, 0, 0]], \"rate\": 1}, {\"op\": 3, \"rate\": 1}, {\"rate\": 1}]");
        List<Problem> problems = problems(json);
        assertEquals(5, problems.size(), TestPresets.list(problems));
        assertProblem(problems, "$.jumps[0].op", "unknown operator \"sq\" for qubit");
        assertProblem(problems, "$.jumps[0].rate", "must be >= 0, got -1");
        assertProblem(problems, "$.jumps[1].op", "is 3 x 3 but A has dimension 2");
        assertProblem(problems, "$.jumps[2].op", "must be an operator name or a matrix, got number 3");
        assertProblem(problems, "$.jumps[3].op", "missing required field");
    }

    @Test
    void openDimensionIsLimitedByTheLiouvillian() {
        ObjectNode json = set(tree(OPEN), "A", "{\"kind\": \"oscillator\", \"omega\": 1, \"levels\": 128}");
        set(json, "bath.operator", "\"a\"");
        assertOnlyProblem(problems(json), "$.A",
                "dimension 128 is too large for open mode: its Liouvillian is 16384 x 16384; the limit is D <= 64");
        assertValid(problems(set(json, "A.levels", "64")));
    }

    @Test
    void engineReadsWithoutEnd() throws PresetException {
        Preset p = read(tree(ENGINE));
        assertTrue(Double.isNaN(p.time().end()));
        assertEquals(0.05, p.time().dt());
        assertEquals(new SubsystemSpec.Qubit(Double.NaN), p.engine().medium());
        assertEquals("cold", p.engine().strokes().get(2).bath());
    }

    @Test
    void engineMediumHasNoOmegaAndIsOmegaDriven() throws PresetException {
        assertOnlyProblem(problems(set(tree(ENGINE), "medium.omega", "1")), "$.medium.omega",
                "unknown field for an engine medium, whose omega the strokes set (expected one of: kind)");
        assertOnlyProblem(problems(set(tree(ENGINE), "medium", "{\"kind\": \"spins\", \"n\": 2, \"omega\": 1}")),
                "$.medium.kind", "kind \"spins\" cannot be an engine medium (expected qubit, spin, oscillator)");
        ObjectNode oscillator = set(tree(ENGINE), "medium", "{\"kind\": \"oscillator\", \"levels\": 10}");
        assertEquals(new SubsystemSpec.Oscillator(Double.NaN, 10), read(oscillator).engine().medium());
        assertOnlyProblem(problems(set(oscillator, "medium.levels", "100")), "$.medium",
                "too large for engine mode");
    }

    @Test
    void engineStrokes() {
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes[0].bath", "\"warm\"")), "$.strokes[0].bath",
                "must be \"hot\", \"cold\" or null, got string \"warm\"");
        assertOnlyProblem(problems(remove(tree(ENGINE), "strokes[1].bath")), "$.strokes[1].bath",
                "missing required field (use null for a stroke without a bath)");
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes[0].omega", "[2, 2, 2]")), "$.strokes[0].omega",
                "must be [start, end]: a list of 2 numbers, got 3");
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes[0].omega", "[0, 2]")), "$.strokes[0].omega[0]",
                "must be > 0, got 0");
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes[0].omega", "2")), "$.strokes[0].omega",
                "must be a list, got number 2");
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes[2].duration", "-5")), "$.strokes[2].duration",
                "must be >= 0, got -5");
        assertOnlyProblem(problems(set(tree(ENGINE), "strokes", "[]")), "$.strokes", "at least one stroke");
        ObjectNode still = set(set(tree(ENGINE), "strokes[0].duration", "0"), "strokes[2].duration", "0");
        assertOnlyProblem(problems(still), "$.strokes", "the strokes last 0 in total");
    }

    @Test
    void engineBathsCyclesAndTime() throws PresetException {
        assertOnlyProblem(problems(remove(tree(ENGINE), "baths.cold")), "$.baths.cold", "missing required field");
        assertOnlyProblem(problems(set(tree(ENGINE), "baths.hot.gamma", "\"fast\"")), "$.baths.hot.gamma",
                "must be a number, got string \"fast\"");
        assertOnlyProblem(problems(set(tree(ENGINE), "baths.warm", "{}")), "$.baths.warm",
                "unknown field (expected one of: hot, cold)");
        assertEquals(Double.POSITIVE_INFINITY,
                read(set(tree(ENGINE), "baths.hot.temperature", "\"inf\"")).engine().hot().temperature());
        assertOnlyProblem(problems(set(tree(ENGINE), "cycles", "0")), "$.cycles", "must be an integer >= 1, got 0");
        assertOnlyProblem(problems(set(tree(ENGINE), "cycles", "2.5")), "$.cycles", "must be an integer, got 2.5");
        assertOnlyProblem(problems(remove(tree(ENGINE), "time.dt")), "$.time.dt", "missing required field");
        assertOnlyProblem(problems(set(tree(ENGINE), "cycles", "100000000")), "$.time.dt", "time steps; the limit is");
        assertOnlyProblem(problems(set(tree(ENGINE), "A", "{\"kind\": \"qubit\", \"omega\": 1}")), "$.A",
                "unknown field for mode \"engine\"");
        assertEquals(400.0, read(set(tree(ENGINE), "time.end", "400")).time().end());
    }
}
