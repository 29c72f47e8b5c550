package dev.clausius.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Points {@code first..last} of a sweep, inclusive: what one process runs ({@code --points A-B}, a
 * Slurm array task's chunk) and how messages name sets of points ("3, 7-9", the spelling
 * {@code sbatch --array} takes).
 */
public record PointRange(int first, int last) {

    public PointRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a point range needs 0 <= first <= last, got " + first + "-" + last);
        }
    }

    /** {@code K} or {@code A-B}; an IllegalArgumentException saying the form otherwise. */
    public static PointRange parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-', 1);
        try {
            if (dash < 0) {
                int k = Integer.parseInt(t);
                return new PointRange(k, k);
            }
            return new PointRange(Integer.parseInt(t.substring(0, dash).strip()),
                    Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--points '" + text + "': expected K or A-B with 0 <= A <= B, e.g. 4-7");
        }
    }

    /**
     * Chunk {@code task} of a grid of {@code size} points cut into chunks of {@code chunk}: points
     * task*chunk .. task*chunk+chunk-1, the last chunk cut short at the grid's end.
     */
    public static PointRange chunk(int task, int chunk, int size) {
        int first = Math.multiplyExact(task, chunk);
        if (first >= size) {
            throw new IllegalArgumentException("task " + task + " of chunks of " + chunk + " starts past the "
                    + size + " points");
        }
        return new PointRange(first, Math.min(size, first + chunk) - 1);
    }

    /** How many chunks of {@code chunk} points cover {@code size} points. */
    public static int chunks(int size, int chunk) {
        return (size + chunk - 1) / chunk;
    }

    public int size() {
        return last - first + 1;
    }

    /** The point numbers, in order. */
    public List<Integer> points() {
        List<Integer> points = new ArrayList<>(size());
        for (int k = first; k <= last; k++) {
            points.add(k);
        }
        return points;
    }

    /** {@code K} for one point, {@code A-B} for more. */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    /** The numbers as runs of consecutive ones, {@code "3,7-9"} with {@code separator} ","; empty gives "". */
    public static String runs(SortedSet<Integer> numbers, String separator) {
        StringJoiner text = new StringJoiner(separator);
        Integer start = null;
        Integer previous = null;
        for (int k : new TreeSet<>(numbers)) {
            if (previous != null && k == previous + 1) {
                previous = k;
                continue;
            }
            if (start != null) {
                text.add(new PointRange(start, previous).toString());
            }
            start = k;
            previous = k;
        }
        if (start != null) {
            text.add(new PointRange(start, previous).toString());
        }
        return text.toString();
    }
}
