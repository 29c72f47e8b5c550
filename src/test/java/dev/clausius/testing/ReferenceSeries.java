package dev.clausius.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference time series (src/test/resources/refs/NAME/ref.csv, computed independently of Clausius), or
 * a CSV of Clausius's own (an empty field is NaN), read by column.
 */
public final class ReferenceSeries {
    private final Map<String, double[]> columns;
    private final int rows;

    private ReferenceSeries(Map<String, double[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static ReferenceSeries read(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            String[] header = lines.get(0).split(",");
            List<String[]> body = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    body.add(line.split(",", -1));
                }
            }
            Map<String, double[]> columns = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                double[] values = new double[body.size()];
                for (int r = 0; r < body.size(); r++) {
                    String field = body.get(r)[c].trim();
                    values[r] = field.isEmpty() ? Double.NaN : Double.parseDouble(field); // Clausius's CSVs leave NaN empty
                }
                columns.put(header[c].trim(), values);
            }
            return new ReferenceSeries(columns, body.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public double value(String column, int row) {
        return columns.get(column)[row];
    }
}
