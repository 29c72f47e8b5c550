package dev.clausius.sweep;

import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Slurm job array of a sweep ({@code sweep --slurm DIR}): task t runs points t*chunk ..
 * t*chunk+chunk-1 from DIR/sweep.manifest.json and writes their rows into DIR/rows; {@code sweep
 * merge} gathers them. The text of DIR/sweep.sbatch and DIR/README.txt.
 *
 * @param directory    the sweep's folder, absolute (the tasks may start anywhere)
 * @param points       the grid's size
 * @param chunk        points per array task
 * @param cpusPerTask  {@code --cpus-per-task}; the task runs that many points at once
 * @param minutes      {@code --time}, whole minutes
 * @param launcher     the command that starts clausius on a node, as shell text (already quoted)
 */
public record SlurmJob(String name, Path directory, int points, int chunk, int cpusPerTask, long minutes,
                       String launcher) {
    public static final String MANIFEST = "sweep.manifest.json";
    public static final String SCRIPT = "sweep.sbatch";
    public static final String README = "README.txt";
    public static final String LOGS = "logs";
    /**
     * Allowed per task for starting the JVM and loading the natives: 0.5-0.8 s for {@code --version}
     * and about 1.5 s for a one-point sweep on the 2-core test machine (docs/cluster.md); 10 s covers
     * a slow shared file system.
     */
    public static final double START_UP_SECONDS = 10;
    /** A task computes for at least this long by default, so start-up stays a few percent of it. */
    public static final double LEAST_TASK_SECONDS = 60;
    /** Slurm's default MaxArraySize is 1001 (task ids 0..1000); the default chunk keeps below it. */
    public static final int MOST_TASKS = 1000;

    public SlurmJob {
        if (chunk < 1 || cpusPerTask < 1 || minutes < 1 || points < 1) {
            throw new IllegalArgumentException("chunk, cpus per task, minutes and points must be >= 1");
        }
        if (!directory.isAbsolute()) {
            throw new IllegalArgumentException("the job's folder must be absolute: " + directory);
        }
    }

    public int tasks() {
        return PointRange.chunks(points, chunk);
    }

    /**
     * Points per task when none is asked for: enough that a task computes for at least
     * LEAST_TASK_SECONDS at the measured seconds per point, few enough that the array stays within
     * MOST_TASKS, at most the whole grid.
     */
    public static int defaultChunk(double pointSeconds, int points) {
        int forTime = (int) Math.min(points, Math.ceil(LEAST_TASK_SECONDS / Math.max(pointSeconds, 1e-3)));
        int forArray = PointRange.chunks(points, MOST_TASKS);
        return Math.max(1, Math.min(points, Math.max(forTime, forArray)));
    }

    /**
     * {@code --time} in whole minutes: the chunk's points one after another at {@code factor} times
     * the measured seconds per point, plus START_UP_SECONDS, rounded up; at least 1. Running points
     * side by side on several CPUs only makes the task shorter, so this bound holds for any
     * {@code --cpus-per-task}.
     */
    public static long minutes(double pointSeconds, int chunk, double factor) {
        double seconds = chunk * pointSeconds * factor + START_UP_SECONDS;
        return Math.max(1, (long) Math.ceil(seconds / 60));
    }

    /** {@code H:MM:00}, or {@code D-HH:MM:00} from a day on: the forms {@code sbatch --time} takes. */
    public static String time(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        return days > 0 ? String.format(Locale.ROOT, "%d-%02d:%02d:00", days, hours, rest)
                : String.format(Locale.ROOT, "%d:%02d:00", hours, rest);
    }

    /** The batch script: the array's options, then the task's chunk computed from its array index. */
    public String script() {
        Path logs = directory.resolve(LOGS);
        return String.join("\n",
                "#!/bin/bash",
                "# A Clausius sweep of " + points + " point(s): " + tasks() + " array task(s) of " + chunk
                        + " point(s). Written by 'clausius sweep --slurm'.",
                "# Submit: sbatch " + directory.resolve(SCRIPT) + "   Merge: see README.txt",
                "#SBATCH --job-name=" + name,
                "#SBATCH --array=0-" + (tasks() - 1),
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=" + cpusPerTask,
                "#SBATCH --time=" + time(minutes),
                "#SBATCH --output=" + logs.resolve("%A_%a.out"),
                "set -euo pipefail",
                "# ND4J's OpenMP threads otherwise spin and take the CPUs from the points",
                "export OMP_WAIT_POLICY=PASSIVE",
                "first=$(( SLURM_ARRAY_TASK_ID * " + chunk + " ))",
                "last=$(( first + " + (chunk - 1) + " ))",
                "if (( last > " + (points - 1) + " )); then last=" + (points - 1) + "; fi",
                "exec " + launcher + " sweep --manifest " + quote(directory.resolve(MANIFEST).toString())
                        + " --points \"$first-$last\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"",
                "");
    }

    /** DIR/README.txt: how to submit, re-submit and merge. */
    public String readme(String mergeCommand) {
        return String.join("\n",
                "sbatch " + directory.resolve(SCRIPT),
                mergeCommand,
                "",
                "The first line submits the sweep as a Slurm job array of " + tasks() + " task(s), " + chunk
                        + " point(s) each; rows go to " + directory.resolve(SweepRowFiles.ROWS)
                        + ", logs to " + directory.resolve(LOGS) + ".",
                "When the job is done, the second line writes the summary CSV. It names any missing point;",
                "re-submit those tasks alone with sbatch --array=LIST " + directory.resolve(SCRIPT) + ".",
                "");
    }

    /** The array task ids whose chunks hold {@code points}, as sbatch --array takes them ("1,3-4"). */
    public static String taskIds(SortedSet<Integer> points, int chunk) {
        SortedSet<Integer> tasks = new TreeSet<>();
        points.forEach(p -> tasks.add(p / chunk));
        return PointRange.runs(tasks, ",");
    }

    /** One word for a POSIX shell: single-quoted unless it is made of safe characters only. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=+@%,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
