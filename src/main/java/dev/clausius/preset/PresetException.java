package dev.clausius.preset;

import java.util.List;

/** A preset that cannot be used; its message is one line naming the file, the JSON path and the reason. */
public final class PresetException extends Exception {
    private final String source;
    private final List<Problem> problems;

    public PresetException(String source, List<Problem> problems) {
        super(summary(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PresetException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public PresetException(String source, Problem problem) {
        this(source, List.of(problem));
    }

    private static String summary(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            return source;
        }
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return source + ": " + problems.get(0) + more;
    }

    /** The file (or other source name) the preset came from. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }
}
