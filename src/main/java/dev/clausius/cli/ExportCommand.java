package dev.clausius.cli;

import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.ExportPlan;
import dev.clausius.export.ExportWriter;
import dev.clausius.export.FigureOptions;
import dev.clausius.export.FigureSize;
import dev.clausius.export.JournalStyle;
import dev.clausius.export.Lettering;
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
                "--style sets a journal's width, font, font size, line widths and dpi (docs/figures.md);",
                "--column, --width, --dpi, --font and --font-size override it.",
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

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution (default: the style's; 300 for the default style, 600 for a journal's).")
    private Integer dpi;

    @Option(names = "--width", paramLabel = "INCHES",
            description = "Figure width in inches (default: the style's column, 3.4 for the default style; 7 for a page).")
    private Double width;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "default",
            description = "Figure style: default (the explorer's look), aps, ieee or nature (default: ${DEFAULT-VALUE}).")
    private String style;

    @Option(names = "--column", paramLabel = "single|double", defaultValue = "single",
            description = "The style's width: one column (default) or the page's (double).")
    private String column;

    @Option(names = "--font", paramLabel = "serif|sans", description = "Font family of every text (default: the style's).")
    private String font;

    @Option(names = "--font-size", paramLabel = "PT",
            description = "Size of every text at the printed size, 6 to 24 pt (default: the style's).")
    private Double fontSize;

    @Option(names = "--t-end", paramLabel = "T", description = "End time instead of the preset's.")
    private Double tEnd;

    @Option(names = "--caption", description = "Add the preset's key parameters as a caption line on every chart.")
    private boolean caption;

    @Option(names = "--no-title", description = "Leave the panel's title off its figure (a journal sets its own caption).")
    private boolean noTitle;

    @Option(names = "--force", description = "Replace files that already exist.")
    private boolean force;

    @Option(names = "--lang", paramLabel = "en|de|es|fa", defaultValue = "en",
            description = "Language of the figures' words (titles, axes, legends, notes; default: ${DEFAULT-VALUE}). "
                    + "CSV files stay English.")
    private String lang;

    private final Backend backend;
    private final PrintStream out;

    ExportCommand(Backend backend, PrintStream out) {
        this.backend = backend;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        GridResolver.checkOverrides(spec, null, tEnd);
        Texts texts = texts();
        JournalStyle journal = journalStyle();
        FigureSize size = figureSize(journal);
        Lettering lettering = lettering(journal);
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
        new ExportWriter(plan, new FigureOptions(size, caption, !noTitle, lettering, texts), file -> out.println("wrote " + file))
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

    private JournalStyle journalStyle() {
        try {
            return JournalStyle.of(style);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid --style: " + e.getMessage());
        }
    }

    private FigureSize figureSize(JournalStyle journal) {
        JournalStyle.Column chosen = switch (column.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "single" -> JournalStyle.Column.SINGLE;
            case "double" -> JournalStyle.Column.DOUBLE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --column: expected single or double, got '" + column + "'");
        };
        try {
            return FigureSize.ofWidth(width != null ? width : journal.widthInches(chosen),
                    dpi != null ? dpi : journal.dpi());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid --width/--dpi: " + e.getMessage());
        }
    }

    /** The figures' language: --lang, one of ours, else a usage error (exit 2). */
    private Texts texts() {
        return Texts.of(Language.ofTag(lang).filter(l -> l.tag().equals(lang.strip().toLowerCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid --lang: " + lang + " (one of en, de, es, fa)")));
    }

    private Lettering lettering(JournalStyle journal) {
        try {
            return journal.lettering(font == null ? null : Lettering.family(font), fontSize);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid --font/--font-size: " + e.getMessage());
        }
    }
}
