package dev.clausius.cli;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.sweep.SweepAxis;
import dev.clausius.sweep.SweepFiles;
import dev.clausius.sweep.SweepPlan;
import dev.clausius.sweep.SweepQuantity;
import dev.clausius.sweep.SweepRow;
import dev.clausius.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
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
 * points can also be run as separate processes ({@code --point K}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Runs a grid of presets in parallel and writes one summary row per point.",
        description = {"Each --set PATH=START:STOP:N replaces the number at a JSON path of PRESET",
                "($.coupling[0].g, coupling[0].g, A.omega, ...) by N evenly spaced values; the points",
                "are every combination. Each point runs its whole time grid; its row holds its",
                "parameters, max_sigma_spohn, final_I_AB, final_S_A, and for engines eta_eq19 and",
                "eta_energy (NaN where a quantity does not exist). A manifest (JSON) lists every",
                "point's preset; --point K runs point K alone, so points can run as separate processes."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--set", paramLabel = "PATH=START:STOP:N[:log]", required = true,
            description = "A swept parameter (:log spaces the values evenly in ln x); repeat for more axes.")
    private List<String> sets;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The summary CSV; replaced only once complete.")
    private Path out;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Where to write the manifest (default: FILE with .manifest.json for .csv).")
    private Path manifest;

    @Option(names = "--threads", paramLabel = "N", description = "Points run at once (default: the number of cores).")
    private Integer threads;

    @Option(names = "--point", paramLabel = "K", description = "Run only point K (0-based) of the grid.")
    private Integer point;

    @Option(names = "--summary", paramLabel = "Q[,Q...]", description = {
            "The quantities kept per point (default: max_sigma_spohn,final_I_AB,final_S_A,eta_eq19,eta_energy):",
            "final_C, max_C, min_C or t_max_C (time of the first maximum) for any CSV column C,",
            "or eta_eq19, eta_energy, W_last_cycle (an engine's last cycle; NaN in other modes)."})
    private List<String> summary;

    private final Backend backend;
    private final PrintStream console;

    SweepCommand(Backend backend, PrintStream console) {
        this.backend = backend;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        String source = preset.toString();
        backend.presets().read(preset); // the base preset's own problems first, in the usual words
        List<SweepQuantity> quantities = quantities();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw CliException.badInput("--threads must be >= 1, got " + workers);
        }
        List<SweepAxis> axes = axes();
        SweepPlan plan;
        try {
            plan = SweepPlan.of(source, Files.readString(preset, StandardCharsets.UTF_8), axes, quantities);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(preset + ": " + e.getMessage());
        }
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
        console.printf(Locale.ROOT, "%s: %d point(s) on %d thread(s) -> %s%s%n", source, selected.size(),
                Math.min(workers, selected.size()), out, point == null ? ", manifest " + manifestFile : "");
        return ExitCodes.SUCCESS;
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
