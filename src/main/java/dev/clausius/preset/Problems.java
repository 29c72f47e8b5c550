package dev.clausius.preset;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one preset, in the order they were found. One instance per
 * read, so validation never stops at the first mistake and concurrent reads share nothing.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(String path, String reason) {
        found.add(new Problem(path, reason));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    /** How many problems so far; compare before and after parsing a part to see whether it was clean. */
    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
