package dev.clausius.cli;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.sweep.PointRange;
import dev.clausius.sweep.SweepAxis;
import dev.clausius.sweep.SweepFiles;
import dev.clausius.sweep.SweepManifest;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepQuantity;
import dev.clausius.sweep.SweepRow;
import dev.clausius.sweep.SweepRowFiles;
import dev.clausius.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sweep PRESET --set PATH=START:STOP:N [--set ...] --out FILE}: a grid of presets run in
 * parallel, one CSV summary row per point, and a manifest listing each point's full preset so the
 * points can also run as separate processes: {@code --manifest FILE --points A-B} runs some points
 * of a manifest into its folder's rows/, {@code --slurm DIR} writes a Slurm job array doing that,
 * and {@code sweep merge DIR} gathers the rows (docs/cluster.md).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Runs a grid of presets in parallel and writes one summary row per point.",
        customSynopsis = {"clausius sweep PRESET --set PATH=START:STOP:N... --out FILE [OPTIONS]",
                "   or: clausius sweep PRESET --set PATH=START:STOP:N... --slurm DIR [OPTIONS]",
                "   or: clausius sweep --manifest FILE (--point K | --points A-B) [--threads N]",
                "   or: clausius sweep merge DIR --out FILE"},
        description = {"", "Each --set PATH=START:STOP:N replaces the number at a JSON path of PRESET",
                "($.coupling[0].g, coupling[0].g, A.omega, ...) by N evenly spaced values;",
                "the points are every combination. Each point runs its whole time grid; its",
                "row holds its parameters, max_sigma_spohn, final_I_AB, final_S_A, and for",
                "engines eta_eq19 and eta_energy (NaN where a quantity does not exist).",
                "A manifest (JSON) lists every point's preset; --point K runs point K alone.",
                "With --slurm DIR only the first and last points run here, to time them: DIR",
                "gets the manifest, a Slurm job array script and a README (submit, merge).",
                "Without PRESET, --manifest FILE names a manifest to run points of: each",
                "point's row goes to FILE's folder, rows/point-K.csv, when it is done.",
                "See docs/cluster.md.", ""},
        commandListHeading = "%nCommands:%n")
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--set", paramLabel = "PATH=START:STOP:N[:log]",
            description = "A swept parameter (:log spaces the values evenly in ln x); repeat for more axes.")
    private List<String> sets;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The summary CSV; replaced only once complete. With --slurm, where the merge writes it.")
    private Path out;

    @Option(names = "--manifest", paramLabel = "FILE", description = {
            "With PRESET: where to write the manifest (default: FILE with .manifest.json for .csv).",
            "Without PRESET: the manifest whose points --point or --points runs."})
    private Path manifest;

    @Option(names = "--threads", paramLabel = "N", description = "Points run at once (default: the number of cores).")
    private Integer threads;

    @Option(names = "--point", paramLabel = "K", description = "Run only point K (0-based) of the grid.")
    private Integer point;

    @Option(names = "--points", paramLabel = "A-B", description = "With --manifest: run points A to B (a chunk).")
    private String points;

    @Option(names = "--summary", paramLabel = "Q[,Q...]", description = {
            "The quantities kept per point (default: max_sigma_spohn,final_I_AB,final_S_A,eta_eq19,eta_energy):",
            "final_C, max_C, min_C or t_max_C (time of the first maximum) for any CSV column C,",
            "or eta_eq19, eta_energy, W_last_cycle (an engine's last cycle; NaN in other modes)."})
    private List<String> summary;

    @Option(names = "--slurm", paramLabel = "DIR",
            description = "Write DIR/sweep.manifest.json, DIR/sweep.sbatch (a job array) and DIR/README.txt.")
    private Path slurm;

    @Option(names = "--chunk", paramLabel = "N", description = "With --slurm: points per array task (default: enough"
            + " for a minute at the measured point time, and at most 1000 tasks).")
    private Integer chunk;

    @Option(names = "--cpus-per-task", paramLabel = "N",
            description = "With --slurm: CPUs per array task, each running a point (default: 1).")
    private Integer cpusPerTask;

    @Option(names = "--time-factor", paramLabel = "X",
            description = "With --slurm: --time allows X times the measured point time per point (default: 2).")
    private Double timeFactor;

    @Option(names = "--job-name", paramLabel = "NAME",
            description = "With --slurm: the job's name (default: clausius-sweep).")
    private String jobName;

    @Option(names = "--launcher", paramLabel = "CMD", description = "With --slurm: the shell command that starts"
            + " clausius on a node (default: this java and this jar, by absolute paths).")
    private String launcher;

    private final Backend backend;
    private final PrintStream console;

    SweepCommand(Backend backend, PrintStream console) {
        this.backend = backend;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        int workers = workers();
        if (preset == null) {
            return runManifestPoints(workers);
        }
        refuse(points != null, "--points runs a chunk of a manifest: use it with --manifest FILE, without PRESET");
        refuse(sets == null || sets.isEmpty(), "sweep " + preset + ": give at least one --set PATH=START:STOP:N");
        if (slurm == null) {
            refuse(chunk != null || launcher != null || timeFactor != null || cpusPerTask != null || jobName != null,
                    "--chunk, --cpus-per-task, --time-factor, --job-name and --launcher go with --slurm DIR");
            refuse(out == null, "sweep " + preset + ": give --out FILE (or --slurm DIR)");
        } else {
            refuse(point != null, "--point runs one point here; with --slurm every point runs on the cluster");
            refuse(manifest != null, "with --slurm the manifest is DIR/sweep.manifest.json; drop --manifest");
        }
        String source = preset.toString();
        backend.presets().read(preset); // the base preset's own problems first, in the usual words
        SweepPlan plan;
        try {
            plan = SweepPlan.of(source, Files.readString(preset, StandardCharsets.UTF_8), axes(), quantities());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(preset + ": " + e.getMessage());
        }
        if (slurm != null) {
            return new SlurmSweep(backend, console).write(plan, slurm, out, new SlurmSweep.Options(chunk,
                    cpusPerTask == null ? 1 : cpusPerTask, timeFactor == null ? 2 : timeFactor,
                    jobName == null ? "clausius-sweep" : jobName, launcher));
        }
        return runLocally(plan, workers);
    }

    private int runLocally(SweepPlan plan, int workers) throws Exception {
        int size = plan.points().size();
        if (point != null && (point < 0 || point >= size)) {
            throw CliException.badInput("--point must be 0.." + (size - 1) + ", got " + point);
        }
        AtomicFileWriter.checkTarget(out);
        Path manifestFile = manifest != null ? manifest : defaultManifest(out);
        if (point == null) {
            AtomicFileWriter.checkTarget(manifestFile);
        }
        List<Integer> selected = point == null ? java.util.stream.IntStream.range(0, size).boxed().toList() : List.of(point);
        List<SweepRow> rows = new SweepRunner(backend.evolvers()::create, workers)
                .run(plan, selected, (row, done, total) -> { }, () -> false);
        AtomicFileWriter.write(out, stream -> stream.write(SweepFiles.csv(plan, rows).getBytes(StandardCharsets.UTF_8)));
        if (point == null) {
            String json = SweepFiles.manifest(plan, out.toString());
            AtomicFileWriter.write(manifestFile, stream -> stream.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        console.printf(Locale.ROOT, "%s: %d point(s) on %d thread(s) -> %s%s%n", plan.source(), selected.size(),
                Math.min(workers, selected.size()), out, point == null ? ", manifest " + manifestFile : "");
        return ExitCodes.SUCCESS;
    }

    /** Task mode: some points of a manifest, each row into the manifest's folder as it finishes. */
    private int runManifestPoints(int workers) throws Exception {
        refuse(manifest == null, "sweep needs PRESET --set PATH=START:STOP:N ..., or --manifest FILE with"
                + " --point K or --points A-B");
        refuse(sets != null || summary != null || out != null || slurm != null || chunk != null || launcher != null
                        || timeFactor != null || cpusPerTask != null || jobName != null,
                "sweep --manifest FILE runs the manifest's own grid and writes its folder's rows/: --set, --summary,"
                        + " --out and the --slurm options go with PRESET");
        refuse((point == null) == (points == null), "sweep --manifest FILE: give one of --point K or --points A-B");
        SweepManifest read = SweepManifest.read(manifest);
        int size = read.plan().points().size();
        PointRange range;
        try {
            range = point != null ? new PointRange(point, point) : PointRange.parse(points);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(point != null ? "--point must be 0.." + (size - 1) + ", got " + point
                    : e.getMessage());
        }
        if (range.last() >= size) {
            throw CliException.badInput(manifest + ": " + (point != null ? "--point " : "--points ") + range
                    + " is past the last point, " + (size - 1));
        }
        Path directory = manifest.toAbsolutePath().getParent();
        Files.createDirectories(directory.resolve(SweepRowFiles.ROWS));
        AtomicFileWriter.checkTarget(SweepRowFiles.file(directory, range.first()));
        new SweepRunner(backend.evolvers()::create, workers).run(read.plan(), range.points(), (row, done, total) -> {
            try {
                SweepRowFiles.write(directory, read.plan(), row);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the runner rethrows it as the point's failure
            }
        }, () -> false);
        console.printf(Locale.ROOT, "%s: point(s) %s on %d thread(s) -> %s%n", manifest, range,
                Math.min(workers, range.size()), directory.resolve(SweepRowFiles.ROWS));
        return ExitCodes.SUCCESS;
    }

    private int workers() throws CliException {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw CliException.badInput("--threads must be >= 1, got " + workers);
        }
        return workers;
    }

    private static void refuse(boolean wrong, String message) throws CliException {
        if (wrong) {
            throw CliException.badInput(message);
        }
    }

    private List<SweepQuantity> quantities() throws CliException {
        if (summary == null || summary.isEmpty()) {
            return SweepQuantity.DEFAULTS;
        }
        try {
            return SweepPlan.parseQuantities(summary);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    private List<SweepAxis> axes() throws CliException {
        List<SweepAxis> axes = new ArrayList<>();
        for (String set : sets) {
            try {
                axes.add(SweepAxis.parse(set));
            } catch (IllegalArgumentException e) {
                throw CliException.badInput(preset + ": " + e.getMessage());
            }
        }
        return axes;
    }

    static Path defaultManifest(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + ".manifest.json");
    }
}
