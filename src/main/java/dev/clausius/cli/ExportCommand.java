package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.TimeSeriesExport;
import dev.clausius.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code export PRESET --out DIR [--format ...]}: writes a preset's results into a directory. */
@Command(name = "export", mixinStandardHelpOptions = true, version = ClausiusCommand.VERSION,
        header = "Writes a preset's time series (csv) into a directory; figures are not available yet.",
        description = {"Writes a preset's results into DIR: with csv, DIR/<preset>_timeseries.csv and a copy",
                "of the preset. The figure formats png, svg and pdf are not available yet",
                "(asking for one exits with status 1 before anything is written)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    private Path outputDirectory;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "csv",
            converter = ExportFormat.Converter.class,
            description = "Comma-separated: png, svg, pdf, csv (default: ${DEFAULT-VALUE}; only csv is available yet).")
    private List<ExportFormat> formats;

    private final Backend backend;
    private final PrintStream out;

    ExportCommand(Backend backend, PrintStream out) {
        this.backend = backend;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Set<ExportFormat> wanted = EnumSet.copyOf(formats);
        // Checked first, so a request that cannot be met in full writes nothing at all.
        for (ExportFormat format : wanted) {
            if (!format.available()) {
                throw CliException.failure("format " + format.optionName() + " is not available yet (available: csv)");
            }
        }
        String source = preset.toString();
        Preset loaded = backend.presets().read(preset);
        TimeGrid grid = GridResolver.resolve(spec, loaded, source, null, null);
        // Before the evolver: building and running it can take minutes.
        Files.createDirectories(outputDirectory);
        Evolver evolver = backend.evolvers().create(loaded, source);

        if (wanted.contains(ExportFormat.CSV)) {
            Path csv = outputDirectory.resolve(stem(preset) + "_timeseries.csv");
            AtomicFileWriter.write(csv, stream ->
                    TimeSeriesExport.writeCsv(evolver, grid, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
            out.println("wrote " + csv);
            copyPreset();
        }
        return ExitCodes.SUCCESS;
    }

    /** The preset beside its results, so the directory says what produced them. */
    private void copyPreset() throws Exception {
        Path copy = outputDirectory.resolve(preset.getFileName().toString());
        if (Files.exists(copy) && Files.isSameFile(copy, preset)) {
            return;
        }
        AtomicFileWriter.copy(preset, copy);
        out.println("wrote " + copy);
    }

    /** The file name without its extension: presets/otto.json gives otto. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
