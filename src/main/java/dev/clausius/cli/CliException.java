package dev.clausius.cli;

/**
 * A failure a command reports in its own words: one line on stderr and an exit status, no stack
 * trace. Problems inside a preset travel as {@link dev.clausius.preset.PresetException} instead.
 */
final class CliException extends Exception {
    private final int exitCode;
    private final boolean prefixed;

    private CliException(int exitCode, boolean prefixed, String message) {
        super(message);
        this.exitCode = exitCode;
        this.prefixed = prefixed;
    }

    /** The user's input cannot work; the message names the file or option and is shown as is. */
    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, false, message);
    }

    /** Anything else; shown as "clausius: error: message". */
    static CliException failure(String message) {
        return new CliException(ExitCodes.FAILURE, true, message);
    }

    int exitCode() {
        return exitCode;
    }

    /** The line for stderr. */
    String line() {
        return prefixed ? Messages.ERROR_PREFIX + getMessage() : getMessage();
    }
}
