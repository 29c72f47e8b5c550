package dev.clausius.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A sweep on a real Slurm: the packaged jar writes the job ({@code --slurm}), sbatch runs the array,
 * {@code sweep merge} gathers the rows, and the result is byte for byte the local sweep of the same
 * grid. Runs only in {@code mvn -o -Pslurm verify} (after package, so target/clausius.jar is the
 * build's), and is skipped with the reason when no Slurm answers; tools/slurm-local.sh starts a
 * one-node Slurm on this machine (docs/cluster.md).
 */
@Tag("slurm")
class SlurmSweepIT {
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
    private static final Path JAR = Path.of("target", "clausius.jar").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void aGridRunAsAJobArrayMergesIntoTheLocalSweep() throws Exception {
        assumeTrue(answers("sinfo", "-h"), "no Slurm here (sinfo missing or no slurmctld answers): run"
                + " tools/slurm-local.sh as root to start a one-node Slurm");
        assertTrue(Files.isRegularFile(JAR), JAR + " missing: run through mvn -Pslurm verify, which packages first");
        Path preset = Cli.resource("resonant-qubits.json", directory);
        List<String> grid = List.of("--set", "coupling[0].g=0.02:0.06:3", "--set", "temperatures.B=1:2:2");
        Path job = directory.resolve("job");

        List<String> write = new ArrayList<>(List.of("sweep", preset.toString()));
        write.addAll(grid);
        write.addAll(List.of("--slurm", job.toString(), "--chunk", "2"));
        Run written = clausius(write);
        assertEquals(0, written.code(), written.text());
        Path script = job.resolve("sweep.sbatch");
        assertTrue(Files.readAllLines(script).contains("#SBATCH --array=0-2"), Files.readString(script));

        Run test = run(List.of("sbatch", "--test-only", script.toString()));
        assertEquals(0, test.code(), "sbatch refuses the script: " + test.text());

        // --wait: sbatch returns when every array task has ended, with their worst exit status
        long start = System.nanoTime();
        Run submitted = run(List.of("sbatch", "--parsable", "--wait", script.toString()));
        double wallSeconds = (System.nanoTime() - start) * 1e-9;
        assertEquals(0, submitted.code(), submitted.text() + logs(job));
        String jobId = submitted.text().strip().split("[;\\s]")[0];
        String tasks = run(List.of("scontrol", "show", "job", jobId)).text();

        Path merged = directory.resolve("merged.csv");
        Run merge = clausius(List.of("sweep", "merge", job.toString(), "--out", merged.toString()));
        assertEquals(0, merge.code(), merge.text() + logs(job));
        Path local = directory.resolve("local.csv");
        List<String> sweep = new ArrayList<>(List.of("sweep", preset.toString()));
        sweep.addAll(grid);
        sweep.addAll(List.of("--out", local.toString()));
        assertEquals(0, clausius(sweep).code());

        assertEquals(7, Files.readAllLines(local).size());
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(merged));
        String record = String.format(Locale.ROOT,
                "Slurm job %s: array 0-2 (3 tasks of 2 points), sbatch --wait returned after %.1f s, merged CSV"
                        + " byte-equal to the local sweep (%d bytes)%n%s",
                jobId, wallSeconds, Files.size(merged), taskTimes(tasks));
        System.out.print(record);
        Files.writeString(Path.of("target", "slurm-sweep-run.txt"), record, StandardCharsets.UTF_8);
    }

    /** Each array task's StartTime and EndTime, as scontrol still shows them after the job ends (MinJobAge). */
    private static String taskTimes(String scontrol) {
        java.util.TreeMap<String, String> times = new java.util.TreeMap<>();
        for (String record : scontrol.split("\\n\\s*\\n")) {
            Matcher task = Pattern.compile("ArrayTaskId=(\\S+)").matcher(record);
            Matcher span = Pattern.compile("StartTime=(\\S+) EndTime=(\\S+)").matcher(record);
            if (task.find() && span.find()) {
                times.put(task.group(1), "task " + task.group(1) + ": start " + span.group(1) + " end " + span.group(2));
            }
        }
        return String.join("\n", times.values()) + "\n";
    }

    private static String logs(Path job) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(job.resolve("logs"))) {
            for (Path log : files.sorted().toList()) {
                text.append("\n").append(log.getFileName()).append(":\n").append(Files.readString(log));
            }
        }
        return text.toString();
    }

    private static boolean answers(String... command) {
        try {
            return run(List.of(command)).code() == 0;
        } catch (IOException e) {
            return false; // not installed
        }
    }

    private static Run clausius(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(arguments);
        return run(command);
    }

    record Run(int code, String text) {
    }

    /** Runs the command to its end (at most JOB_TIMEOUT) and returns its status and output. */
    private static Run run(List<String> command) throws IOException {
        Path output = Files.createTempFile("slurm-it", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
            Process process = builder.start();
            if (!process.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                fail(command + " still running after " + JOB_TIMEOUT + ": " + Files.readString(output));
            }
            return new Run(process.exitValue(), Files.readString(output));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + command, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
