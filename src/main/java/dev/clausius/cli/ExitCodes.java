package dev.clausius.cli;

/** The exit statuses (README, docs/conventions.md); scripts rely on these three and nothing else. */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int SUCCESS = 0;
    /** Anything that is not the user's input: an output that cannot be written, a bug, a missing feature. */
    public static final int FAILURE = 1;
    /** Bad input: an unreadable or invalid preset, a bad option or usage. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
