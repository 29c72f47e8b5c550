package dev.clausius.cli;

/**
 * The prefixes of the command line's one-line messages; the failure text itself is
 * {@link dev.clausius.export.FailureText}, shared with the explorer.
 */
final class Messages {
    static final String ERROR_PREFIX = "clausius: error: ";
    /** A run that succeeded but whose numbers need a look (exit status 0). */
    static final String WARNING_PREFIX = "clausius: warning: ";

    private Messages() {
    }
}
