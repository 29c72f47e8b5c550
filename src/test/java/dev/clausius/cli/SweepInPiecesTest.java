package dev.clausius.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.TestFrames;
import dev.clausius.preset.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep run in pieces without Slurm: {@code --slurm DIR} writes the job, {@code --manifest
 * --points} runs the chunks the array tasks would, {@code sweep merge} gathers them. The Slurm run
 * itself is SlurmSweepIT (mvn -Pslurm verify).
 */
class SweepInPiecesTest {
    private static final String[] GRID = {"--set", "coupling[0].g=0.02:0.06:3", "--set", "temperatures.B=1:2:2"};

    @TempDir
    Path directory;

    private Path preset() {
        Path preset = directory.resolve("resonant-qubits.json");
        return Files.exists(preset) ? preset : Cli.resource("resonant-qubits.json", directory);
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    private Path slurmJob(String... options) {
        Path job = directory.resolve("job");
        Cli.Result result = Cli.run(concat(concat(new String[] {"sweep", preset().toString()}, GRID),
                concat(new String[] {"--slurm", job.toString()}, options))).assertNoStackTrace();
        assertEquals(ExitCodes.SUCCESS, result.code(), result.err());
        return job;
    }

    private static Cli.Result task(Path job, String points) {
        return Cli.run("sweep", "--manifest", job.resolve("sweep.manifest.json").toString(), "--points", points,
                "--threads", "1").assertNoStackTrace();
    }

    private static Cli.Result merge(Path job, Path out) {
        return Cli.run("sweep", "merge", job.toString(), "--out", out.toString()).assertNoStackTrace();
    }

    @Test
    void chunksRunFromTheManifestMergeIntoTheLocalSweepByteForByte() throws Exception {
        Path local = directory.resolve("local.csv");
        assertEquals(0, Cli.run(concat(concat(new String[] {"sweep", preset().toString()}, GRID),
                "--out", local.toString(), "--threads", "2")).code());
        Path job = slurmJob("--chunk", "2", "--launcher", "clausius");
        for (String chunk : List.of("4-5", "0-1", "2-3")) { // any order: the merge puts rows in point order
            Cli.Result result = task(job, chunk);
            assertEquals(0, result.code(), result.err());
        }
        Path merged = directory.resolve("merged.csv");
        Cli.Result result = merge(job, merged);
        assertEquals(0, result.code(), result.err());
        assertEquals(7, Files.readAllLines(local).size());
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(merged));
    }

    @Test
    void mergeRefusesMissingPointsAndNamesTheTasksToResubmit() throws Exception {
        Path job = slurmJob("--chunk", "2", "--launcher", "clausius");
        assertEquals(0, task(job, "0").code());
        assertEquals(0, task(job, "2").code());
        assertEquals(0, task(job, "5").code());
        Path out = directory.resolve("merged.csv");
        Cli.Result result = merge(job, out);
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        // points 1, 3, 4 are in the chunks of tasks 0 (0-1), 1 (2-3) and 2 (4-5)
        assertTrue(result.err().contains("3 of 6 points missing: 1, 3-4"), result.err());
        assertTrue(result.err().contains("sbatch --array=0-2 " + job.toAbsolutePath().resolve("sweep.sbatch")),
                result.err());
        assertFalse(Files.exists(out), "nothing is written until every point is there");
        assertEquals(0, task(job, "1").code());
        assertEquals(0, task(job, "3").code());
        result = merge(job, out);
        assertTrue(result.err().contains("1 of 6 points missing: 4; re-submit them with: sbatch --array=2 "),
                result.err());
    }

    @Test
    void mergeRefusesADuplicatePointAndNamesBothFiles() throws Exception {
        Path job = slurmJob("--chunk", "3", "--launcher", "clausius");
        assertEquals(0, task(job, "0-2").code());
        assertEquals(0, task(job, "3-5").code());
        Path rows = job.resolve("rows");
        Files.copy(rows.resolve("point-4.csv"), rows.resolve("again.csv"));
        Cli.Result result = merge(job, directory.resolve("merged.csv"));
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("duplicate points 4 (rows/again.csv, rows/point-4.csv)"), result.err());
        assertFalse(result.err().contains("missing"), result.err());
    }

    @Test
    void mergeRefusesARowOfAnotherGrid() throws Exception {
        Path job = slurmJob("--chunk", "6", "--launcher", "clausius");
        assertEquals(0, task(job, "0-5").code());
        Path row = job.resolve("rows").resolve("point-3.csv");
        Files.writeString(row, Files.readString(row).replace("\n3,0.039999999999999994,2.0,", "\n3,0.04,2.0,"));
        Cli.Result result = merge(job, directory.resolve("merged.csv"));
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().contains("rows/point-3.csv: line 2: point 3's parameters are not the manifest's"),
                result.err());
    }

    @Test
    void slurmWritesTheArrayCpusTimeAndTheReadme() throws Exception {
        Path job = slurmJob("--chunk", "4", "--cpus-per-task", "2", "--job-name", "qubits", "--launcher",
                "/opt/clausius/bin/clausius");
        Path absolute = job.toAbsolutePath();
        List<String> script = Files.readAllLines(job.resolve("sweep.sbatch"));
        assertEquals("#!/bin/bash", script.get(0));
        assertTrue(script.contains("#SBATCH --job-name=qubits"), script.toString());
        assertTrue(script.contains("#SBATCH --array=0-1"), script.toString()); // 6 points in chunks of 4
        assertTrue(script.contains("#SBATCH --cpus-per-task=2"), script.toString());
        assertTrue(script.contains("#SBATCH --output=" + absolute.resolve("logs") + "/%A_%a.out"), script.toString());
        assertTrue(Files.isDirectory(job.resolve("logs")), "Slurm does not make the output folder");
        assertTrue(script.contains("export OMP_WAIT_POLICY=PASSIVE"), script.toString());
        assertTrue(script.contains("exec /opt/clausius/bin/clausius sweep --manifest " + absolute.resolve(
                "sweep.manifest.json") + " --points \"$first-$last\" --threads \"${SLURM_CPUS_PER_TASK:-1}\""),
                script.toString());
        // task 1 of chunks of 4 runs points 4-5: the script's arithmetic, as bash would do it
        assertTrue(script.containsAll(List.of("first=$(( SLURM_ARRAY_TASK_ID * 4 ))", "last=$(( first + 3 ))",
                "if (( last > 5 )); then last=5; fi")), script.toString());
        List<String> readme = Files.readAllLines(job.resolve("README.txt"));
        assertEquals("sbatch " + absolute.resolve("sweep.sbatch"), readme.get(0));
        assertEquals("/opt/clausius/bin/clausius sweep merge " + absolute + " --out " + absolute.resolve("sweep.csv"),
                readme.get(1));
        JsonNode manifest = new ObjectMapper().readTree(job.resolve("sweep.manifest.json").toFile());
        assertEquals(4, manifest.get("chunk").intValue());
        assertEquals(absolute.resolve("sweep.csv").toString(), manifest.get("summary").textValue());
    }

    @Test
    void theDefaultLauncherStartsThisClausiusFromAnyFolder() throws Exception {
        // the script's command as a task runs it: through a shell, in a folder of Slurm's choosing
        String launcher = SweepLauncher.current().orElseThrow();
        assertTrue(launcher.startsWith("/"), launcher);
        ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c", "exec " + launcher + " --version")
                .directory(directory.toFile()).redirectErrorStream(true);
        shell.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process process = shell.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), printed);
        assertEquals(new ClausiusCommand.Version().getVersion()[0], printed.strip());
    }

    @Test
    void theTimeLimitComesFromTheMeasuredPoint() throws Exception {
        // a made-up evolver keeps points 0 and 5, the grid's ends, short; --time = ceil((chunk x factor x t + 10 s) / 60 s) minutes
        Path job = directory.resolve("fast");
        Cli.Result result = Cli.run(Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100)), concat(concat(new String[] {"sweep",
                preset().toString()}, GRID), "--slurm", job.toString(), "--launcher", "clausius"));
        assertEquals(0, result.code(), result.err());
        Matcher measured = Pattern.compile("point 0 took ([0-9.]+) s here, point 5 ([0-9.]+) s").matcher(result.out());
        assertTrue(measured.find(), result.out());
        assertTrue(Double.parseDouble(measured.group(1)) < 1 && Double.parseDouble(measured.group(2)) < 1, result.out());
        // at under a second a point, one task of all 6 points computes under a minute: the default chunk is the grid
        List<String> script = Files.readAllLines(job.resolve("sweep.sbatch"));
        assertTrue(script.contains("#SBATCH --array=0-0"), script.toString());
        assertTrue(script.contains("#SBATCH --time=0:01:00"), script.toString());
    }

    @Test
    void aKilledPointLeavesNoRowAndTheFinishedOnesStay() throws Exception {
        Path job = slurmJob("--chunk", "3", "--launcher", "clausius");
        // point 5 of the chunk 3-5 fails halfway through its frames; 3 and 4 finished before it (one thread)
        Backend failing = Cli.fake(Cli.preset(Mode.CLOSED, 0.25, 100),
                (preset, source) -> TestFrames.evolver(4, source.endsWith("(sweep point 5)") ? 2 : -1), new ArrayList<>());
        Cli.Result result = Cli.run(failing, "sweep", "--manifest", job.resolve("sweep.manifest.json").toString(),
                "--points", "3-5", "--threads", "1").assertNoStackTrace();
        assertEquals(ExitCodes.FAILURE, result.code(), result.err());
        Path rows = job.resolve("rows");
        try (Stream<Path> files = Files.list(rows)) {
            assertEquals(List.of("point-3.csv", "point-4.csv"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no half row and no temporary file");
        }
        List<String> row = Files.readAllLines(rows.resolve("point-3.csv"));
        assertEquals(2, row.size());
        assertTrue(row.get(1).startsWith("3,0.039999999999999994,2.0,"), row.get(1));
    }

    @Test
    void aBadManifestIsOneLineNamingTheJsonPath() throws Exception {
        Path job = slurmJob("--chunk", "6", "--launcher", "clausius");
        Path manifest = job.resolve("sweep.manifest.json");
        String good = Files.readString(manifest);
        ObjectMapper json = new ObjectMapper();
        record Case(String expected, Consumer<ObjectNode> change) {
        }
        List<Case> cases = List.of(
                new Case("$.format: expected \"clausius-sweep-manifest\", got \"clausius-preset\"",
                        m -> m.put("format", "clausius-preset")),
                new Case("$.version: this clausius reads version 1, got 2", m -> m.put("version", 2)),
                new Case("$.axes: missing", m -> m.remove("axes")),
                new Case("$.axes[1].n: expected a whole number >= 1, got 0",
                        m -> ((ObjectNode) m.get("axes").get(1)).put("n", 0)),
                new Case("$.points: the axes make 6 points, the list has 5", m -> ((ArrayNode) m.get("points")).remove(5)),
                new Case("$.points[2].parameters['$.coupling[0].g']: 0.04 is not the axes' value 0.039999999999999994",
                        m -> ((ObjectNode) m.get("points").get(2).get("parameters")).put("$.coupling[0].g", 0.04)),
                new Case("$.points[1].preset.A.omega:",
                        m -> ((ObjectNode) m.get("points").get(1).get("preset").get("A")).put("omega", "fast")),
                new Case("$.quantities[0]: unknown quantity \"max_nothing\"",
                        m -> ((ArrayNode) m.get("quantities")).set(0, "max_nothing")));
        for (Case c : cases) {
            ObjectNode changed = (ObjectNode) json.readTree(good);
            c.change().accept(changed);
            Files.writeString(manifest, json.writeValueAsString(changed));
            Cli.Result result = task(job, "0");
            assertEquals(ExitCodes.BAD_INPUT, result.code(), c.expected());
            assertEquals(1, result.errLines().size(), result.err());
            assertTrue(result.err().startsWith(manifest + ": " + c.expected()), result.err());
        }
        Files.writeString(manifest, "{\"format\": ");
        Cli.Result result = task(job, "0");
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.err().startsWith(manifest + ": $"), result.err());
    }

    @Test
    void mixedOrIncompleteModesAreRefusedInOneLine() throws Exception {
        Path job = slurmJob("--chunk", "6", "--launcher", "clausius");
        String manifest = job.resolve("sweep.manifest.json").toString();
        String preset = preset().toString();
        List<List<String>> lines = List.of(
                List.of("sweep"),
                List.of("sweep", "--manifest", manifest),
                List.of("sweep", "--manifest", manifest, "--point", "1", "--points", "2-3"),
                List.of("sweep", "--manifest", manifest, "--points", "4-6"),
                List.of("sweep", "--manifest", manifest, "--points", "3-1"),
                List.of("sweep", "--manifest", manifest, "--point", "0", "--set", "A.omega=1:2:2"),
                List.of("sweep", "--manifest", manifest, "--point", "0", "--out", "x.csv"),
                List.of("sweep", preset, "--set", "A.omega=1:2:2", "--points", "0-1", "--out", "x.csv"),
                List.of("sweep", preset, "--set", "A.omega=1:2:2", "--out", "x.csv", "--chunk", "2"),
                List.of("sweep", preset, "--out", "x.csv"),
                List.of("sweep", preset, "--set", "A.omega=1:2:2", "--slurm", job.toString(), "--point", "1"),
                List.of("sweep", preset, "--set", "A.omega=1:2:2", "--slurm", directory.resolve("b c").toString()),
                List.of("sweep", preset, "--set", "A.omega=1:2:2", "--slurm", directory.resolve("d").toString(),
                        "--chunk", "0"),
                List.of("sweep", "merge", directory.toString(), "--out", "x.csv"));
        for (List<String> line : lines) {
            Cli.Result result = Cli.run(line.toArray(String[]::new)).assertNoStackTrace();
            assertEquals(ExitCodes.BAD_INPUT, result.code(), line + ": " + result.err());
            assertEquals(1, result.errLines().size(), line + ": " + result.err());
        }
        // a second --slurm into the folder of a run that left rows would mix two sweeps' rows
        assertEquals(0, task(job, "0").code());
        Cli.Result again = Cli.run(concat(concat(new String[] {"sweep", preset}, GRID), "--slurm", job.toString()))
                .assertNoStackTrace();
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("holds rows of an earlier sweep"), again.err());
    }
}
