package dev.clausius.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The entry point of {@code java -jar clausius.jar}. Not a JavaFX Application: the headless
 * commands must run where there is no display, so JavaFX is reached only through
 * {@link ReflectiveExplorer} when the explorer is asked for.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = PassiveOpenMpRelaunch.relaunchIfNeeded(args);
        System.exit(relaunched.orElseGet(() -> run(args, System.out, System.err)));
    }

    /** Runs one command line and returns its exit status (ExitCodes); never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Backend.standard());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Backend backend) {
        ClausiusCommand root = new ClausiusCommand(backend);
        // Read from the arguments, not the parsed option, so that even a failure while parsing
        // (before --debug is reached) honours it.
        boolean debug = Arrays.asList(args).contains("--debug");
        ErrorReporter reporter = new ErrorReporter(err, () -> debug || root.debug());
        try {
            CommandLine commandLine = new CommandLine(root)
                    .addSubcommand(new RunCommand(backend, out, err))
                    .addSubcommand(new ValidateCommand(backend, out, err, () -> debug || root.debug()))
                    .addSubcommand(new BenchCommand(backend, out))
                    .addSubcommand(new ExportCommand(backend, out))
                    .addSubcommand(new CommandLine(new SweepCommand(backend, out))
                            .addSubcommand(new SweepMergeCommand(out)))
                    .addSubcommand(new CommandLine.HelpCommand())
                    .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                    .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                    .setParameterExceptionHandler(reporter)
                    .setExecutionExceptionHandler(reporter);
            int code = commandLine.execute(args);
            out.flush();
            return code;
        } catch (RuntimeException | Error escaped) {
            // picocli hands Errors (OutOfMemoryError, StackOverflowError) through; they still get one line.
            return reporter.report(escaped);
        }
    }
}
