package dev.clausius.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The top-level command. Alone, or with a preset file, it opens the desktop explorer
 * ({@code java -jar clausius.jar [PRESET]}); the headless work is in its subcommands.
 */
@Command(name = "clausius", mixinStandardHelpOptions = true, version = ClausiusCommand.VERSION,
        description = {"Entropy, heat and correlations in bipartite quantum systems.",
                "Without a command, opens the desktop explorer (on PRESET if given)."},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit status: 0 success, 2 bad input (preset or option), 1 anything else."})
final class ClausiusCommand implements Callable<Integer> {
    static final String VERSION = "clausius 0.1.0";

    @Spec
    private CommandSpec spec;

    // INHERIT: accepted before or after the command name, e.g. "clausius run --debug x.json".
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    private boolean debug;

    @Parameters(arity = "0..1", paramLabel = "PRESET", description = "A preset file to open in the explorer.")
    private Path preset;

    private final Backend backend;

    ClausiusCommand(Backend backend) {
        this.backend = backend;
    }

    boolean debug() {
        return debug;
    }

    @Override
    public Integer call() throws Exception {
        if (preset != null && !Files.isRegularFile(preset)) {
            // Most often a mistyped command name: say both readings.
            throw CliException.badInput(preset + ": no such preset file, and not a command ("
                    + String.join(", ", spec.subcommands().keySet()) + "); try 'clausius --help'");
        }
        backend.explorer().open(preset);
        return ExitCodes.SUCCESS;
    }
}
