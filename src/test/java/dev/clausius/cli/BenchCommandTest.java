package dev.clausius.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.linalg.LapackBackend;
import dev.clausius.preset.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @TempDir
    Path directory;

    @Test
    void lastLineIsTheJsonResult() throws Exception {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1)), "bench", preset.toString(),
                "--steps", "50", "--warmup", "3");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = result.outLines();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.get(0).endsWith(LapackBackend.describeSelection()), lines.get(0)); // decision 0011
        String last = lines.get(1);
        assertTrue(last.matches("\\{\"dim\": \\d+, \"steps\": \\d+, \"ms_per_step\": \\S+, \"steps_per_s\": \\S+}"), last);
        JsonNode json = new ObjectMapper().readTree(last);
        assertEquals(List.of("dim", "steps", "ms_per_step", "steps_per_s"), fieldNames(json));
        assertEquals(4, json.get("dim").asInt());
        assertEquals(50, json.get("steps").asInt());
        assertTrue(json.get("ms_per_step").asDouble() > 0);
        assertTrue(json.get("steps_per_s").asDouble() > 0);
    }

    @Test
    void defaultsTo200Steps() throws Exception {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100)), "bench", preset.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.outLines().get(result.outLines().size() - 1));
        assertEquals(200, json.get("steps").asInt());
    }

    @Test
    void badStepsIsBadInput() {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        for (String[] args : List.of(new String[] {"--steps", "0"}, new String[] {"--steps", "x"},
                new String[] {"--warmup", "-1"})) {
            Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 1)), "bench", preset.toString(),
                    args[0], args[1]).assertNoStackTrace();
            assertEquals(ExitCodes.BAD_INPUT, result.code(), String.join(" ", args));
            assertTrue(result.errLines().get(0).contains(args[0]), result.err());
        }
    }

    @Test
    void benchesEveryModeThroughTheRealEvolvers() throws Exception {
        for (String preset : List.of("presets/resonant-qubits.json", "presets/lindblad-qubit.json", "presets/otto-qubit.json")) {
            Cli.Result result = Cli.run("bench", preset, "--steps", "3", "--warmup", "1").assertNoStackTrace();
            assertEquals(ExitCodes.SUCCESS, result.code(), preset + ": " + result.err());
            JsonNode json = new ObjectMapper().readTree(result.outLines().get(result.outLines().size() - 1));
            assertEquals(3, json.get("steps").asInt(), preset);
            assertTrue(json.get("ms_per_step").asDouble() > 0, preset);
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
