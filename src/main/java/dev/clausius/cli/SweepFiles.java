package dev.clausius.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/** The texts a sweep writes: the summary CSV and the manifest JSON. */
final class SweepFiles {
    private SweepFiles() {
    }

    /** Header: point, one column per axis path, then SweepSummary.COLUMNS; numbers at full precision. */
    static String csv(List<SweepAxis> axes, List<SweepPoint> points, List<SweepSummary> rows) {
        StringBuilder text = new StringBuilder();
        StringJoiner header = new StringJoiner(",");
        header.add("point");
        axes.forEach(axis -> header.add(csvField(axis.path())));
        SweepSummary.COLUMNS.forEach(header::add);
        text.append(header).append('\n');
        for (int i = 0; i < points.size(); i++) {
            StringJoiner row = new StringJoiner(",");
            row.add(Integer.toString(points.get(i).index()));
            points.get(i).parameters().values().forEach(v -> row.add(Double.toString(v)));
            rows.get(i).values().forEach(v -> row.add(Double.toString(v))); // NaN stays "NaN", as in run's CSV
            text.append(row).append('\n');
        }
        return text.toString();
    }

    /** Quoted when the path holds a comma or a quote (RFC 4180). */
    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * {"format": "clausius-sweep-manifest", "version": 1, "preset", "axes", "summary",
     * "points": [{"point", "parameters", "preset": {...the full point preset...}}]}.
     */
    static String manifest(String source, List<SweepAxis> axes, List<SweepPoint> points, List<String> presets, Path out) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"format\": \"clausius-sweep-manifest\",\n  \"version\": 1,\n");
        json.append("  \"preset\": ").append(string(source)).append(",\n");
        json.append("  \"summary\": ").append(string(out.toString())).append(",\n");
        json.append("  \"axes\": [");
        StringJoiner axisList = new StringJoiner(", ");
        for (SweepAxis axis : axes) {
            axisList.add("{\"path\": " + string(axis.path()) + ", \"start\": " + axis.start() + ", \"stop\": "
                    + axis.stop() + ", \"n\": " + axis.count() + "}");
        }
        json.append(axisList).append("],\n  \"points\": [\n");
        for (int i = 0; i < points.size(); i++) {
            StringJoiner parameters = new StringJoiner(", ", "{", "}");
            points.get(i).parameters().forEach((path, value) -> parameters.add(string(path) + ": " + value));
            json.append("    {\"point\": ").append(points.get(i).index()).append(", \"parameters\": ").append(parameters)
                    .append(",\n     \"preset\": ").append(presets.get(i).strip().replace("\n", "\n     ")).append('}')
                    .append(i + 1 < points.size() ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
