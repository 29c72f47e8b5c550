package dev.clausius.cli;

import dev.clausius.export.FailureText;
import dev.clausius.preset.PresetException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Maps every failure to its exit status (docs/conventions.md) and one line on stderr. Stack traces appear
 * only with --debug: a user needs the line, a developer the trace.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final PrintStream err;
    private final BooleanSupplier debug;

    ErrorReporter(PrintStream err, BooleanSupplier debug) {
        this.err = err;
        this.debug = debug;
    }

    /** A bad option or usage, found while parsing or by a command's own checks: exit 2. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        err.println(FailureText.oneLine(ex.getMessage()));
        CommandLine command = ex.getCommandLine();
        String name = command == null ? "clausius" : command.getCommandSpec().qualifiedName();
        err.println("Try '" + name + " --help' for more information.");
        trace(ex);
        return ExitCodes.BAD_INPUT;
    }

    /** A failure while a command ran. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        return report(ex);
    }

    /** Also used for what escapes picocli (an Error such as OutOfMemoryError). */
    int report(Throwable failure) {
        int code;
        if (failure instanceof PresetException e) {
            // Already "file: $.path: reason".
            err.println(FailureText.oneLine(e.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (failure instanceof CliException e) {
            err.println(FailureText.oneLine(e.line()));
            code = e.exitCode();
        } else {
            err.println(Messages.ERROR_PREFIX + FailureText.describe(failure)
                    + (debug.getAsBoolean() ? "" : " (run with --debug for details)"));
            code = ExitCodes.FAILURE;
        }
        trace(failure);
        return code;
    }

    private void trace(Throwable failure) {
        if (debug.getAsBoolean()) {
            failure.printStackTrace(err);
        }
    }
}
