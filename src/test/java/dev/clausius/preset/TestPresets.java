package dev.clausius.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.preset.memory.MemoryBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Preset texts for tests, edited by path ("A.omega", "coupling[0].B"), and assertions on problems. */
public final class TestPresets {
    public static final Path PRESETS = Path.of("presets");
    static final Path REFERENCES = Path.of("src/test/resources/presets-ref");

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String CLOSED = """
            {"format": "clausius-preset", "version": 1, "name": "two qubits", "mode": "closed",
             "A": {"kind": "qubit", "omega": 1.0}, "B": {"kind": "qubit", "omega": 1.0},
             "temperatures": {"A": 0.5, "B": 2.0},
             "coupling": [{"g": 0.05, "A": "sp", "B": "sm", "hc": true}],
             "time": {"dt": 0.25, "end": 100.0}}
            """;

    static final String OPEN = """
            {"format": "clausius-preset", "version": 1, "name": "open qubit", "mode": "open",
             "A": {"kind": "qubit", "omega": 1.0}, "temperatures": {"A": 0.2, "B": 1.0},
             "bath": {"gamma": 0.05, "operator": "sm"}, "time": {"dt": 0.5, "end": 150.0}}
            """;

    static final String ENGINE = """
            {"format": "clausius-preset", "version": 1, "name": "otto", "mode": "engine",
             "medium": {"kind": "qubit"},
             "baths": {"hot": {"temperature": 2.0, "gamma": 0.1}, "cold": {"temperature": 0.5, "gamma": 0.1}},
             "strokes": [{"bath": "hot", "omega": [2.0, 2.0], "duration": 20},
                         {"bath": null, "omega": [2.0, 1.0], "duration": 0},
                         {"bath": "cold", "omega": [1.0, 1.0], "duration": 20},
                         {"bath": null, "omega": [1.0, 2.0], "duration": 0}],
             "cycles": 10, "time": {"dt": 0.05}}
            """;

    private TestPresets() {
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets the value at {@code path} (creating objects on the way) to the JSON text {@code value}. */
    static ObjectNode set(ObjectNode root, String path, String value) {
        try {
            JsonNode parsed = JSON.readTree(value);
            String[] parts = path.split("\\.");
            JsonNode parent = walk(root, parts);
            put(parent, parts[parts.length - 1], parsed);
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ObjectNode remove(ObjectNode root, String path) {
        String[] parts = path.split("\\.");
        ((ObjectNode) walk(root, parts)).remove(parts[parts.length - 1]);
        return root;
    }

    private static JsonNode walk(ObjectNode root, String[] parts) {
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                node = node.get(part) != null ? node.get(part) : ((ObjectNode) node).putObject(part);
            } else {
                node = node.get(part.substring(0, bracket));
                node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return node;
    }

    private static void put(JsonNode parent, String last, JsonNode value) {
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ArrayNode list = (ArrayNode) parent.get(last.substring(0, bracket));
            list.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
        }
    }

    static List<Problem> problems(JsonNode tree) {
        return PresetReader.problems(tree.toString(), "test.json");
    }

    /** The problems of {@code tree} read as on a machine with {@code budget}. */
    static List<Problem> problems(JsonNode tree, MemoryBudget budget) {
        return PresetReader.problems(tree.toString(), "test.json", budget);
    }

    static Preset read(JsonNode tree) throws PresetException {
        return PresetReader.parse(tree.toString(), "test.json");
    }

    /** Asserts that one of {@code problems} is at exactly {@code path} and its reason contains {@code part}. */
    static void assertProblem(List<Problem> problems, String path, String part) {
        for (Problem p : problems) {
            if (p.path().equals(path) && p.reason().contains(part)) {
                return;
            }
        }
        fail("expected a problem at " + path + " containing \"" + part + "\", got:\n" + list(problems));
    }

    /** Asserts exactly one problem, at {@code path}, with a reason containing {@code part}. */
    static void assertOnlyProblem(List<Problem> problems, String path, String part) {
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + list(problems));
        assertProblem(problems, path, part);
    }

    static void assertValid(List<Problem> problems) {
        assertTrue(problems.isEmpty(), () -> "expected no problems, got:\n" + list(problems));
    }

    static String list(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Every .json file in presets/ and in the test copies of the reference presets. */
    public static Stream<Path> allPresetFiles() {
        return Stream.concat(jsonFiles(PRESETS), jsonFiles(REFERENCES));
    }

    static Stream<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
