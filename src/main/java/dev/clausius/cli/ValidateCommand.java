package dev.clausius.cli;

import dev.clausius.export.FailureText;
import dev.clausius.preset.Problem;
import dev.clausius.sweep.SweepExample;
import dev.clausius.tour.TourReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/** {@code validate PRESET...}: checks every file and prints every problem, not just the first. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ClausiusCommand.Version.class,
        header = "Checks preset (and tour) files and prints every problem with its JSON path.",
        description = {"Checks preset files: prints 'FILE: OK' on stdout for a valid one and",
                "'FILE: $.json.path: reason' on stderr for every problem of an invalid one.",
                "Tour files (format \"clausius-tour\", presets/tours/) are checked as tours,",
                "sweep files (format \"clausius-sweep\", presets/sweeps/) as sweeps.",
                "A tour text without its de, es or fa translation is a warning on stderr",
                "('clausius: warning: FILE: $.json.path: ...'), not a problem.",
                "Exit status 2 if any file has a problem."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PRESET", description = "Preset files (JSON).")
    private List<Path> presets;

    private final Backend backend;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier debug;

    ValidateCommand(Backend backend, PrintStream out, PrintStream err, BooleanSupplier debug) {
        this.backend = backend;
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    @Override
    public Integer call() {
        boolean invalid = false;
        boolean crashed = false;
        for (Path preset : presets) {
            List<Problem> problems;
            List<Problem> warnings = List.of();
            try {
                // a tour file (format "clausius-tour") is checked as a tour, with the presets it names;
                // a sweep file (format "clausius-sweep") as a sweep, with every point's preset
                if (TourReader.isTour(preset)) {
                    TourReader.Findings findings = TourReader.check(preset);
                    problems = findings.problems();
                    warnings = findings.warnings();
                } else {
                    problems = SweepExample.isSweep(preset) ? SweepExample.problems(preset)
                            : backend.presets().problems(preset);
                }
            } catch (RuntimeException bug) {
                // One file the checker cannot handle must not hide the verdicts on the others.
                err.println(Messages.ERROR_PREFIX + preset + ": could not be checked: " + FailureText.describe(bug));
                if (debug.getAsBoolean()) {
                    bug.printStackTrace(err);
                }
                crashed = true;
                continue;
            }
            if (problems.isEmpty()) {
                out.println(preset + ": OK");
            }
            // a missing translation does not stop a lesson: the explorer shows the English text
            for (Problem warning : warnings) {
                err.println(Messages.WARNING_PREFIX + preset + ": " + FailureText.oneLine(warning.toString()));
            }
            for (Problem problem : problems) {
                err.println(preset + ": " + FailureText.oneLine(problem.toString()));
            }
            invalid |= !problems.isEmpty();
        }
        if (crashed) {
            return ExitCodes.FAILURE;
        }
        return invalid ? ExitCodes.BAD_INPUT : ExitCodes.SUCCESS;
    }
}
