package dev.clausius.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY stand-in, never committed: the real reader lands on branch preset. */
public final class PresetReader {
    private PresetReader() {
    }

    public static Preset read(Path file) throws PresetException {
        List<Problem> problems = problems(file);
        if (!problems.isEmpty()) {
            throw new PresetException(file.toString(), problems);
        }
        JsonNode root = parse(file, new ArrayList<>());
        SubsystemSpec a = new SubsystemSpec.Qubit(root.path("A").path("omega").asDouble());
        SubsystemSpec b = new SubsystemSpec.Qubit(root.path("B").path("omega").asDouble());
        return new Preset(root.path("name").asText(), "", Mode.CLOSED, a, b,
                root.path("temperatures").path("A").asDouble(), root.path("temperatures").path("B").asDouble(),
                new CouplingSpec.Terms(List.of()), null, null,
                new TimeSpec(root.path("time").path("dt").asDouble(), root.path("time").path("end").asDouble()));
    }

    public static List<Problem> problems(Path file) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = parse(file, problems);
        if (root == null) {
            return problems;
        }
        if (!"clausius-preset".equals(root.path("format").asText())) {
            problems.add(new Problem("$.format", "must be \"clausius-preset\""));
        }
        for (String s : List.of("A", "B")) {
            if (!(root.path(s).path("omega").asDouble(-1) > 0)) {
                problems.add(new Problem("$." + s + ".omega", "must be > 0"));
            }
        }
        if (!(root.path("time").path("dt").asDouble(-1) > 0)) {
            problems.add(new Problem("$.time.dt", "must be > 0"));
        }
        return problems;
    }

    private static JsonNode parse(Path file, List<Problem> problems) {
        try {
            return new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            problems.add(new Problem("$", "no such file"));
        } catch (IOException e) {
            problems.add(new Problem("$", "not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        return null;
    }
}
