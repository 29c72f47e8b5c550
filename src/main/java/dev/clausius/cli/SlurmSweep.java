package dev.clausius.cli;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.sweep.PointRange;
import dev.clausius.sweep.SlurmJob;
import dev.clausius.sweep.SweepManifest;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepRowFiles;
import dev.clausius.sweep.SweepRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * {@code sweep PRESET --set ... --slurm DIR}: times the grid's first and last points here, then writes DIR/sweep.manifest.json,
 * DIR/sweep.sbatch (the job array, its --time from the slower of them) and DIR/README.txt. Nothing is submitted.
 */
final class SlurmSweep {
    /** The --slurm options; the defaults are applied by the caller. */
    record Options(Integer chunk, int cpusPerTask, double timeFactor, String jobName, String launcher) {
    }

    private final Backend backend;
    private final PrintStream console;

    SlurmSweep(Backend backend, PrintStream console) {
        this.backend = backend;
        this.console = console;
    }

    int write(SweepPlan plan, Path folder, Path summary, Options options) throws Exception {
        Path directory = folder.toAbsolutePath().normalize();
        check(options, directory);
        Files.createDirectories(directory.resolve(SlurmJob.LOGS));
        Path manifest = directory.resolve(SlurmJob.MANIFEST);
        AtomicFileWriter.checkTarget(manifest);
        String launcher = options.launcher() != null ? options.launcher() : SweepLauncher.current().orElseThrow(
                () -> CliException.badInput("--slurm: cannot tell how this clausius was started; give --launcher CMD"));

        int size = plan.points().size();
        // the grid's two ends: a cost that grows along an axis (time.end, levels, n) is largest at one
        // of them, and the first point run also pays for loading the natives, so both are generous
        double first = timed(plan, 0);
        double last = size > 1 ? timed(plan, size - 1) : first;
        double pointSeconds = Math.max(first, last);

        int chunk = Math.min(size, options.chunk() != null ? options.chunk() : SlurmJob.defaultChunk(pointSeconds, size));
        SlurmJob job = new SlurmJob(options.jobName(), directory, size, chunk, options.cpusPerTask(),
                SlurmJob.minutes(pointSeconds, chunk, options.timeFactor()), launcher);
        String csv = summary != null ? summary.toAbsolutePath().toString() : directory.resolve("sweep.csv").toString();
        String merge = launcher + " sweep merge " + SlurmJob.quote(directory.toString()) + " --out " + SlurmJob.quote(csv);
        write(manifest, SweepManifest.text(plan, csv, chunk));
        write(directory.resolve(SlurmJob.SCRIPT), job.script());
        write(directory.resolve(SlurmJob.README), job.readme(merge));

        console.printf(Locale.ROOT, "%s: %d point(s) in %d array task(s) of %d, --cpus-per-task=%d, --time=%s"
                        + " (point 0 took %.2f s here, point %d %.2f s)%n", directory, size, job.tasks(), chunk,
                options.cpusPerTask(), SlurmJob.time(job.minutes()), first, size - 1, last);
        if (job.tasks() > SlurmJob.MOST_TASKS) {
            console.printf(Locale.ROOT, "note: %d tasks; a cluster with Slurm's default MaxArraySize (1001) refuses"
                    + " more than %d: raise --chunk%n", job.tasks(), SlurmJob.MOST_TASKS + 1);
        }
        console.println("submit: sbatch " + directory.resolve(SlurmJob.SCRIPT));
        console.println("then:   " + merge);
        return ExitCodes.SUCCESS;
    }

    /** Seconds to run point {@code index} alone, its evolver's set-up included. */
    private double timed(SweepPlan plan, int index) throws Exception {
        long start = System.nanoTime();
        new SweepRunner(backend.evolvers()::create, 1).run(plan, List.of(index), (row, done, total) -> { }, () -> false);
        return (System.nanoTime() - start) * 1e-9;
    }

    private static void check(Options options, Path directory) throws CliException, IOException {
        if (options.chunk() != null && options.chunk() < 1) {
            throw CliException.badInput("--chunk must be >= 1, got " + options.chunk());
        }
        if (options.cpusPerTask() < 1) {
            throw CliException.badInput("--cpus-per-task must be >= 1, got " + options.cpusPerTask());
        }
        if (!(options.timeFactor() >= 1) || Double.isInfinite(options.timeFactor())) {
            throw CliException.badInput("--time-factor must be a number >= 1, got " + options.timeFactor());
        }
        if (!options.jobName().matches("[A-Za-z0-9_.+-]+")) {
            throw CliException.badInput("--job-name '" + options.jobName() + "': letters, digits and _ . + - only");
        }
        // #SBATCH lines are not shell: a space, quote or % (Slurm's file name patterns) in DIR would be misread
        if (!directory.toString().matches("[^\\s'\"\\\\%#]+")) {
            throw CliException.badInput("--slurm " + directory + ": a job folder without spaces, quotes, \\, % or #");
        }
        Path rows = directory.resolve(SweepRowFiles.ROWS);
        if (Files.isDirectory(rows)) {
            try (Stream<Path> files = Files.list(rows)) {
                if (files.findAny().isPresent()) {
                    throw CliException.badInput("--slurm " + directory + ": " + rows
                            + " holds rows of an earlier sweep; choose a new folder or remove them");
                }
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The array task ids to re-submit for the missing points, or how to run them without Slurm. */
    static String resubmit(Path directory, Path manifest, int chunk, SortedSet<Integer> missing) {
        if (chunk > 0) {
            return "re-submit them with: sbatch --array=" + SlurmJob.taskIds(missing, chunk) + " "
                    + directory.resolve(SlurmJob.SCRIPT);
        }
        return "run them with: clausius sweep --manifest " + manifest + " --points A-B (for each of "
                + PointRange.runs(missing, ", ") + ")";
    }
}
