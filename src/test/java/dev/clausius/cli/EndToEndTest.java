package dev.clausius.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.export.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real reader and the real evolver, through Main.run as java -jar calls it. */
class EndToEndTest {
    @TempDir
    Path directory;

    @Test
    void runWritesTheResonantQubitsTimeSeries() throws Exception {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Path csv = directory.resolve("out.csv");
        Cli.Result result = Cli.run("run", preset.toString(), "--csv", csv.toString());
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(CsvWriter.checkedHeader(), lines.get(0));
        assertEquals(401, lines.size() - 1);
        String[] last = lines.get(401).split(",", -1);
        assertEquals(22, last.length, "21 contract columns and warnings");
        assertEquals("", last[21], "no numerical guard breached");
        assertEquals(100.0, Double.parseDouble(last[0]));
        // S_AB is the invariant S(rho_A(0)) + S(rho_B(0)) of the reference (refs/resonant-qubits).
        assertEquals(1.0281811736663871, Double.parseDouble(last[3]), 1e-9);
    }

    @Test
    void benchEndsWithTheJsonLine() throws Exception {
        Path preset = Cli.resource("resonant-qubits.json", directory);
        Cli.Result result = Cli.run("bench", preset.toString(), "--steps", "20", "--warmup", "2");
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        List<String> lines = result.outLines();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals(4, json.get("dim").asInt());
        assertEquals(20, json.get("steps").asInt());
        assertTrue(json.get("ms_per_step").asDouble() > 0);
        assertTrue(json.get("steps_per_s").asDouble() > 0);
    }
}
