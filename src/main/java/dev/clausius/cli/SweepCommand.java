package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.preset.Preset;
import dev.clausius.preset.write.PresetPatch;
import dev.clausius.preset.PresetReader;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    @Option(names = "--set", paramLabel = "PATH=START:STOP:N", required = true,
            description = "A swept parameter; repeat for more axes.")
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
        PresetPatch patch = PresetPatch.of(Files.readString(preset, StandardCharsets.UTF_8));
        List<SweepAxis> axes = axes(patch);
        List<SweepPoint> points = grid(axes);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw CliException.badInput("--threads must be >= 1, got " + workers);
        }
        if (point != null && (point < 0 || point >= points.size())) {
            throw CliException.badInput("--point must be 0.." + (points.size() - 1) + ", got " + point);
        }
        List<SweepPoint> selected = point == null ? points : List.of(points.get(point));
        List<String> texts = new ArrayList<>();
        List<Preset> presets = new ArrayList<>();
        for (SweepPoint p : selected) {
            String text = patch.with(p.parameters());
            texts.add(text); // every point is validated before any runs: a bad one is exit 2 at once
            presets.add(PresetReader.parse(text, source + " (sweep point " + p.index() + ")"));
        }
        AtomicFileWriter.checkTarget(out);
        Path manifestFile = manifest != null ? manifest : defaultManifest(out);
        if (point == null) {
            AtomicFileWriter.checkTarget(manifestFile);
        }
        List<SweepSummary> rows = run(selected, presets, source, workers);
        AtomicFileWriter.write(out, stream -> stream.write(SweepFiles.csv(axes, selected, rows).getBytes(StandardCharsets.UTF_8)));
        if (point == null) {
            String json = SweepFiles.manifest(source, axes, selected, texts, out);
            AtomicFileWriter.write(manifestFile, stream -> stream.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        console.printf(Locale.ROOT, "%s: %d point(s) on %d thread(s) -> %s%s%n", source, selected.size(),
                Math.min(workers, selected.size()), out, point == null ? ", manifest " + manifestFile : "");
        return ExitCodes.SUCCESS;
    }

    private List<SweepAxis> axes(PresetPatch patch) throws CliException {
        List<SweepAxis> axes = new ArrayList<>();
        for (String set : sets) {
            try {
                SweepAxis axis = SweepAxis.parse(set);
                axes.add(axis.withPath(patch.check(axis.path())));
            } catch (IllegalArgumentException e) {
                throw CliException.badInput(preset + ": " + (e.getMessage().startsWith("--set") ? "" : "--set '" + set + "': ")
                        + e.getMessage());
            }
        }
        return axes;
    }

    private static List<SweepPoint> grid(List<SweepAxis> axes) throws CliException {
        try {
            return SweepPoint.grid(axes);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /** Runs the points on a pool; each point builds its own evolver (they keep work buffers). */
    private List<SweepSummary> run(List<SweepPoint> points, List<Preset> presets, String source, int workers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, points.size()));
        try {
            List<Future<SweepSummary>> futures = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                Preset p = presets.get(i);
                String name = source + " (sweep point " + points.get(i).index() + ")";
                futures.add(pool.submit(() -> {
                    Evolver evolver = backend.evolvers().create(p, name);
                    return SweepSummary.of(evolver, TimeGrid.of(p));
                }));
            }
            List<SweepSummary> rows = new ArrayList<>();
            for (Future<SweepSummary> f : futures) {
                rows.add(f.get());
            }
            return rows;
        } catch (ExecutionException e) {
            // the point's own failure (a PresetException is exit 2), not the pool's wrapper
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }

    static Path defaultManifest(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + ".manifest.json");
    }

}
