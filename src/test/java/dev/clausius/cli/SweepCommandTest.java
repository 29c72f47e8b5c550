package dev.clausius.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepCommandTest {
    @TempDir
    Path directory;

    private Cli.Result sweep(String... extra) {
        Path preset = directory.resolve("resonant-qubits.json");
        if (!Files.exists(preset)) {
            Cli.resource("resonant-qubits.json", directory);
        }
        String[] args = new String[extra.length + 2];
        args[0] = "sweep";
        args[1] = preset.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Cli.run(args).assertNoStackTrace();
    }

    @Test
    void gridOfTwoAxesWritesOneRowPerPointAndAManifest() throws Exception {
        Path out = directory.resolve("sweep.csv");
        Cli.Result result = sweep("--set", "coupling[0].g=0.02:0.06:3", "--set", "$.temperatures.B=1:2:2",
                "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("point,$.coupling[0].g,$.temperatures.B,max_sigma_spohn,final_I_AB,final_S_A,eta_eq19,eta_energy",
                lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(2).startsWith("1,0.02,2.0,"), lines.get(2));
        assertTrue(lines.get(6).startsWith("5,0.06,2.0,"), lines.get(6));
        JsonNode manifest = new ObjectMapper().readTree(directory.resolve("sweep.manifest.json").toFile());
        assertEquals(6, manifest.get("points").size());
        JsonNode point4 = manifest.get("points").get(4);
        assertEquals(0.06, point4.get("preset").get("coupling").get(0).get("g").asDouble());
        assertEquals(1.0, point4.get("preset").get("temperatures").get("B").asDouble());
        assertEquals(0.06, point4.get("parameters").get("$.coupling[0].g").asDouble());
    }

    @Test
    void awkwardNamesRoundTripThroughTheManifest() throws Exception {
        // quotes, backslashes and a line break in the preset's name and in the file names
        String name = "Qubits \"A\" \\ \"B\"\nsecond line";
        ObjectNode text = (ObjectNode) new ObjectMapper().readTree(
                Files.readString(Cli.resource("resonant-qubits.json", directory)));
        text.put("name", name);
        Path preset = Files.createDirectory(directory.resolve("we \"ird\\\ndir")).resolve("p\"re\\set\n.json");
        Files.writeString(preset, new ObjectMapper().writeValueAsString(text));
        Path out = preset.resolveSibling("sum,\"mary\".csv");
        Cli.Result result = Cli.run("sweep", preset.toString(), "--set", "coupling[0].g=0.02:0.06:2", "--out",
                out.toString(), "--threads", "1").assertNoStackTrace();
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        JsonNode manifest = new ObjectMapper().readTree(preset.resolveSibling("sum,\"mary\".manifest.json").toFile());
        // "quantities" names the summary columns, so a point run from the manifest keeps the same ones
        assertEquals(List.of("format", "version", "preset", "summary", "axes", "quantities", "points"), fieldNames(manifest));
        assertEquals(preset.toString(), manifest.get("preset").textValue());
        assertEquals(out.toString(), manifest.get("summary").textValue());
        assertEquals(2, manifest.get("points").size());
        for (JsonNode point : manifest.get("points")) {
            assertEquals(name, point.get("preset").get("name").textValue());
        }
        assertEquals(0.06, manifest.get("points").get(1).get("preset").get("coupling").get(0).get("g").doubleValue());
    }

    @Test
    void summaryChoosesTheColumnsKeptPerPoint() throws Exception {
        Path out = directory.resolve("peaks.csv");
        Cli.Result result = sweep("--set", "coupling[0].g=0.05:0.1:2", "--summary", "t_max_E_A,max_I_AB",
                "--out", out.toString(), "--threads", "1");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("point,$.coupling[0].g,t_max_E_A,max_I_AB", lines.get(0));
        // the first full swap at pi/(2g) on the dt = 0.25 grid: 31.5 and 15.75
        assertTrue(lines.get(1).startsWith("0,0.05,31.5,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("1,0.1,15.75,"), lines.get(2));
        Cli.Result bad = sweep("--set", "coupling[0].g=0.05:0.1:2", "--summary", "max_nothing", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("--summary 'max_nothing'"), bad.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aPointRunAloneGivesTheSameRowAsTheParallelGrid() throws Exception {
        Path all = directory.resolve("all.csv");
        Path one = directory.resolve("one.csv");
        assertEquals(0, sweep("--set", "coupling[0].g=0.02:0.08:4", "--out", all.toString()).code());
        assertEquals(0, sweep("--set", "coupling[0].g=0.02:0.08:4", "--out", one.toString(), "--point", "2",
                "--threads", "1").code());
        assertEquals(Files.readAllLines(all).get(3), Files.readAllLines(one).get(1));
        assertFalse(Files.exists(directory.resolve("one.manifest.json")));
    }

    @Test
    void badSetSyntaxAndMissingPathsAreBadInput() throws Exception {
        Path out = directory.resolve("bad.csv");
        Files.writeString(out, "previous", StandardCharsets.UTF_8);
        for (String set : List.of("coupling[0].g=0.1:0.2", "coupling[0].g=x:1:2", "coupling[0].g=0:1:0",
                "coupling[3].g=0:1:2", "A.omegaa=1:2:2", "A=1:2:2", "A..omega=1:2:2", "A.omega=-1:1:3")) {
            Cli.Result result = sweep("--set", set, "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, result.code(), set);
            assertEquals(1, result.errLines().size(), result.err());
            assertEquals("previous", Files.readString(out), "a failed sweep leaves the old file");
        }
        String missing = sweep("--set", "coupling[3].g=0:1:2", "--out", out.toString()).err();
        assertTrue(missing.contains("$.coupling has 1 element"), missing);
    }
}
