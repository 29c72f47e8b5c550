package dev.clausius.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.JsonText;
import dev.clausius.linalg.LapackBackend;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench PRESET [--steps N] [--warmup N]}: times the evolver with every CSV quantity computed.
 * The last line of output is one JSON object, for scripts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Times the evolver on a preset; the last line is JSON.",
        description = {"Times the evolver (every CSV quantity computed) at successive grid times after a",
                "warm-up. Prints a human line, then last one JSON line:",
                "{\"dim\": D, \"steps\": N, \"ms_per_step\": x, \"steps_per_s\": y}"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200", description = "Timed frames, >= 1 (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Untimed frames first, so the JIT and native libraries are warm, >= 0 (default: ${DEFAULT-VALUE}).")
    private int warmup;

    private final Backend backend;
    private final PrintStream out;

    /** Written once per run so the JIT cannot drop the frames as unused. */
    private double checksum;

    BenchCommand(Backend backend, PrintStream out) {
        this.backend = backend;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (steps < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--steps': must be >= 1, got " + steps);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--warmup': must be >= 0, got " + warmup);
        }
        String source = preset.toString();
        Preset loaded = backend.presets().read(preset);
        TimeGrid grid = GridResolver.resolve(spec, loaded, source, null, null);
        long setupStart = System.nanoTime();
        Evolver evolver = backend.evolvers().create(loaded, source);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        double sum = frames(evolver, grid, warmup);
        long start = System.nanoTime();
        sum += frames(evolver, grid, steps);
        // At least 1 ns, so steps_per_s stays a finite JSON number whatever the clock's resolution.
        long elapsed = Math.max(1, System.nanoTime() - start);
        checksum = sum;

        double msPerStep = elapsed / 1e6 / steps;
        double stepsPerSecond = steps / (elapsed / 1e9);
        out.printf(Locale.ROOT, "%s: dim %d, set-up %.3g s, %d steps after %d warm-up: %.4g ms/step, %.4g steps/s; %s%n",
                source, evolver.dimension(), setupSeconds, steps, warmup, msPerStep, stepsPerSecond,
                LapackBackend.describeSelection());
        ObjectNode json = JsonText.object();
        json.put("dim", evolver.dimension());
        json.put("steps", steps);
        json.put("ms_per_step", msPerStep);
        json.put("steps_per_s", stepsPerSecond);
        out.println(JsonText.line(json));
        return ExitCodes.SUCCESS;
    }

    /**
     * Frames at t_0, t_1, ... of the preset's grid, starting over at t_0 when the grid is shorter
     * than the count: successive times are what a run asks for, so they are what is timed.
     */
    private static double frames(Evolver evolver, TimeGrid grid, int count) {
        double sum = 0;
        int size = grid.size();
        for (int i = 0; i < count; i++) {
            Frame frame = evolver.frameAt(grid.time(i % size));
            for (Column column : evolver.columns()) {
                double value = column.valueOf(frame);
                if (Double.isFinite(value)) {
                    sum += value;
                }
            }
        }
        return sum;
    }
}
