package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.engine.EngineEvolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.GuardReport;
import dev.clausius.export.TimeSeriesExport;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code run PRESET [--dt X] [--t-end Y] [--csv FILE]}: evolves a preset headless and writes the time series. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Evolves a preset headless and writes the time series CSV.",
        description = "One row per t = k*dt, k = 0..round(t_end/dt).")
final class RunCommand implements Callable<Integer> {
    private static final String STDOUT = "-";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--dt", paramLabel = "X", description = "Output time step, > 0 (default: the preset's time.dt).")
    private Double dt;

    @Option(names = "--t-end", paramLabel = "Y", description = "Last output time, >= 0 (default: the preset's time.end).")
    private Double tEnd;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Where to write the CSV; '-' (the default) is standard output. A file is replaced only once complete.")
    private String csv;

    @Option(names = "--summary",
            description = "Engine mode: print the last cycle's efficiencies and ledger as one JSON object instead of the CSV.")
    private boolean summary;

    private final Backend backend;
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(Backend backend, PrintStream out, PrintStream err) {
        this.backend = backend;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        GridResolver.checkOverrides(spec, dt, tEnd);
        String source = preset.toString();
        Preset loaded = backend.presets().read(preset);
        if (summary) {
            if (loaded.mode() != Mode.ENGINE) {
                throw CliException.badInput(source + ": --summary needs an engine-mode preset (this one is "
                        + loaded.mode().jsonName() + ")");
            }
            Evolver engine = backend.evolvers().create(loaded, source);
            if (!(engine instanceof EngineEvolver evolver)) {
                throw CliException.failure("--summary: " + source + " did not build an engine");
            }
            out.println(SummaryJson.format(evolver.summary()));
            out.flush();
            return ExitCodes.SUCCESS;
        }
        TimeGrid grid = GridResolver.resolve(spec, loaded, source, dt, tEnd);
        boolean toStandardOutput = csv == null || STDOUT.equals(csv);
        if (!toStandardOutput) {
            // Before the evolver: building and running it can take minutes.
            AtomicFileWriter.checkTarget(Path.of(csv));
        }
        Evolver evolver = backend.evolvers().create(loaded, source);
        GuardReport[] report = new GuardReport[1];
        if (toStandardOutput) {
            report[0] = writeToStandardOutput(evolver, grid);
        } else {
            AtomicFileWriter.write(Path.of(csv), stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                report[0] = TimeSeriesExport.writeCsv(evolver, grid, writer);
            });
        }
        if (!report[0].clean()) {
            // the run succeeded and its file is complete; the numbers in those rows are suspect
            err.println(Messages.WARNING_PREFIX + source + ": " + report[0].line());
        }
        return ExitCodes.SUCCESS;
    }

    private GuardReport writeToStandardOutput(Evolver evolver, TimeGrid grid) throws Exception {
        // Not closed: standard output belongs to the caller.
        Writer writer = new BufferedWriter(new OutputStreamWriter(new CheckedStream(out), StandardCharsets.UTF_8));
        return TimeSeriesExport.writeCsv(evolver, grid, writer);
    }
}
