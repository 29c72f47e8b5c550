package dev.clausius.cli;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.ExportPlan;
import dev.clausius.export.ExportWriter;
import dev.clausius.export.FigureOptions;
import dev.clausius.export.FigureSize;
import dev.clausius.export.RecordedRun;
import dev.clausius.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code export PRESET --out DIR [--format ...]}: the explorer's figures and the time series, headless. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Renders a preset's panels (png, svg, pdf) and time series (csv) into a directory, headless.",
        description = {"Writes into DIR, named <preset>_<panel>.<format>: one PNG, SVG and PDF per panel,",
                "<preset>_all-panels.pdf (one page per panel), <preset>_timeseries.csv (every column),",
                "<preset>_<panel>.csv (exactly the series the panel shows, every frame), and a copy of the preset.",
                "Figures are laid out at the printed width (--width inches) and rasterized at --dpi.",
                "Existing files are kept unless --force; every file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "The preset file (JSON).")
    private Path preset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    private Path outputDirectory;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "png,svg,pdf,csv",
            converter = ExportFormatConverter.class,
            description = "Comma-separated: png, svg, pdf, csv (default: ${DEFAULT-VALUE}).")
    private List<ExportFormat> formats;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300", description = "PNG resolution (default ${DEFAULT-VALUE}).")
    private int dpi;

    @Option(names = "--width", paramLabel = "INCHES", defaultValue = "3.4",
            description = "Figure width in inches: 3.4 for a journal column (default), 7 for a page.")
    private double width;

    @Option(names = "--t-end", paramLabel = "T", description = "End time instead of the preset's.")
    private Double tEnd;

    @Option(names = "--caption", description = "Add the preset's key parameters as a caption line on every chart.")
    private boolean caption;

    @Option(names = "--no-title", description = "Leave the panel's title off its figure (a journal sets its own caption).")
    private boolean noTitle;

    @Option(names = "--force", description = "Replace files that already exist.")
    private boolean force;

    private final Backend backend;
    private final PrintStream out;

    ExportCommand(Backend backend, PrintStream out) {
        this.backend = backend;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        GridResolver.checkOverrides(spec, null, tEnd);
        FigureSize size = figureSize();
        String source = preset.toString();
        Preset loaded = backend.presets().read(preset);
        TimeGrid grid = GridResolver.resolve(spec, loaded, source, null, tEnd);
        ExportPlan plan = ExportPlan.allPanels(new ExportNames(outputDirectory, ExportNames.stem(preset)),
                Set.copyOf(formats), loaded, grid.end()).withTimeSeries().withPresetCopy(preset);
        // Before anything is computed or written: refuse to overwrite, and fail on a bad directory.
        refuseExisting(plan);
        Files.createDirectories(outputDirectory);
        Evolver evolver = backend.evolvers().create(loaded, source);
        RecordedRun run = RecordedRun.of(loaded, evolver, grid);
        new ExportWriter(plan, new FigureOptions(size, caption, !noTitle), file -> out.println("wrote " + file))
                .write(run);
        return ExitCodes.SUCCESS;
    }

    /** Names the first file the export would replace, unless --force. */
    private void refuseExisting(ExportPlan plan) throws CliException {
        List<Path> existing = force ? List.of() : plan.existingTargets();
        if (!existing.isEmpty()) {
            throw CliException.failure(existing.get(0) + " exists already; use --force to replace it");
        }
    }

    private FigureSize figureSize() {
        try {
            return FigureSize.ofWidth(width, dpi);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid --width/--dpi: " + e.getMessage());
        }
    }
}
