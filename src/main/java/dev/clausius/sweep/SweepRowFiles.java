package dev.clausius.sweep;

import dev.clausius.export.AtomicFileWriter;
import dev.clausius.export.CsvWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rows of a sweep run as separate processes: each point's row in {@code DIR/rows/point-K.csv}
 * (the summary header and that one row), written atomically as the point finishes, so a task that is
 * killed keeps the points it finished and never leaves half a row. {@link #merge} gathers them into
 * the summary CSV a local sweep writes.
 */
public final class SweepRowFiles {
    /** The folder of row files beside the manifest. */
    public static final String ROWS = "rows";

    private SweepRowFiles() {
    }

    /** {@code DIR/rows/point-K.csv}. */
    public static Path file(Path directory, int point) {
        return directory.resolve(ROWS).resolve("point-" + point + ".csv");
    }

    /** Writes the row's file (header and row), replacing an earlier run's. */
    public static void write(Path directory, SweepPlan plan, SweepRow row) throws IOException {
        Files.createDirectories(directory.resolve(ROWS));
        String text = SweepFiles.header(plan) + "\n" + SweepFiles.row(row) + "\n";
        AtomicFileWriter.write(file(directory, row.point().index()),
                out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Why the rows cannot be merged: one line naming the missing and duplicate points or the bad file. */
    public static final class Incomplete extends Exception {
        public Incomplete(String message) {
            super(message);
        }
    }

    /**
     * The summary CSV of the rows in {@code DIR/rows}: exactly SweepFiles.csv of the same rows in
     * point order, so it is byte for byte the file a local sweep of the manifest's grid writes.
     * Refuses unless every point 0..N-1 has exactly one row, and every file has the manifest's
     * header and the point's own parameters.
     *
     * @param resubmit how the message says to run the missing points, given their numbers as runs ("3,7-9")
     */
    public static String merge(Path directory, SweepPlan plan, Function<SortedSet<Integer>, String> resubmit)
            throws IOException, Incomplete {
        String header = SweepFiles.header(plan);
        int size = plan.points().size();
        Map<Integer, List<String>> sources = new TreeMap<>();
        String[] lines = new String[size];
        for (Path file : rowFiles(directory)) {
            List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
            String name = directory.relativize(file).toString();
            if (content.isEmpty() || !content.get(0).equals(header)) {
                throw new Incomplete(name + ": the header is not the manifest's (" + header + ")");
            }
            for (int l = 1; l < content.size(); l++) {
                String line = content.get(l);
                int point = pointOf(line, name, l + 1, size);
                if (!line.startsWith(parameterPrefix(plan.points().get(point)))) {
                    throw new Incomplete(name + ": line " + (l + 1) + ": point " + point
                            + "'s parameters are not the manifest's");
                }
                if (line.split(",", -1).length != header.split(",", -1).length) {
                    throw new Incomplete(name + ": line " + (l + 1) + ": not as many fields as the header");
                }
                sources.computeIfAbsent(point, k -> new ArrayList<>()).add(name);
                lines[point] = line;
            }
        }
        SortedSet<Integer> missing = new TreeSet<>();
        for (int k = 0; k < size; k++) {
            if (!sources.containsKey(k)) {
                missing.add(k);
            }
        }
        List<String> duplicates = new ArrayList<>();
        sources.forEach((point, files) -> {
            if (files.size() > 1) {
                duplicates.add(point + " (" + String.join(", ", files) + ")");
            }
        });
        if (!missing.isEmpty() || !duplicates.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!missing.isEmpty()) {
                parts.add(missing.size() + " of " + size + " points missing: " + PointRange.runs(missing, ", ")
                        + "; " + resubmit.apply(missing));
            }
            if (!duplicates.isEmpty()) {
                parts.add("duplicate points " + String.join(", ", duplicates) + "; keep one row file per point");
            }
            throw new Incomplete(directory.resolve(ROWS) + ": " + String.join("; ", parts));
        }
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (String line : lines) {
            csv.append(line).append('\n');
        }
        return csv.toString();
    }

    /** The row files: every visible *.csv in DIR/rows (the writer's temporary files start with a dot). */
    private static List<Path> rowFiles(Path directory) throws IOException {
        Path rows = directory.resolve(ROWS);
        if (!Files.isDirectory(rows)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(rows)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static int pointOf(String line, String name, int lineNumber, int size) throws Incomplete {
        int comma = line.indexOf(',');
        try {
            int point = Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
            if (point >= 0 && point < size) {
                return point;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Incomplete(name + ": line " + lineNumber + ": expected a point number 0.." + (size - 1)
                + " first, got '" + (comma < 0 ? line : line.substring(0, comma)) + "'");
    }

    /** {@code "K,p1,p2,"}: the start of point K's row, as SweepFiles.row writes it. */
    private static String parameterPrefix(SweepPoint point) {
        StringBuilder prefix = new StringBuilder(Integer.toString(point.index())).append(',');
        point.parameters().values().forEach(v -> prefix.append(CsvWriter.format(v)).append(','));
        return prefix.toString();
    }
}
