package dev.clausius.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.CsvField;
import dev.clausius.export.CsvWriter;
import dev.clausius.export.JsonText;

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
        axes.forEach(axis -> header.add(CsvField.csv(axis.path())));
        SweepSummary.COLUMNS.forEach(header::add);
        text.append(header).append('\n');
        for (int i = 0; i < points.size(); i++) {
            StringJoiner row = new StringJoiner(",");
            row.add(Integer.toString(points.get(i).index()));
            points.get(i).parameters().values().forEach(v -> row.add(CsvWriter.format(v)));
            rows.get(i).values().forEach(v -> row.add(CsvWriter.format(v))); // NaN stays "NaN", as in run's CSV
            text.append(row).append('\n');
        }
        return text.toString();
    }

    /**
     * {"format": "clausius-sweep-manifest", "version": 1, "preset", "summary", "axes",
     * "points": [{"point", "parameters", "preset": {...the full point preset...}}]}.
     *
     * @param presets each point's preset as JSON text the preset reader has accepted
     */
    static String manifest(String source, List<SweepAxis> axes, List<SweepPoint> points, List<String> presets, Path out) {
        ObjectNode json = JsonText.object();
        json.put("format", "clausius-sweep-manifest");
        json.put("version", 1);
        json.put("preset", source);
        json.put("summary", out.toString());
        ArrayNode axisList = json.putArray("axes");
        for (SweepAxis axis : axes) {
            axisList.addObject().put("path", axis.path()).put("start", axis.start()).put("stop", axis.stop())
                    .put("n", axis.count());
        }
        ArrayNode pointList = json.putArray("points");
        for (int i = 0; i < points.size(); i++) {
            ObjectNode point = pointList.addObject();
            point.put("point", points.get(i).index());
            ObjectNode parameters = point.putObject("parameters");
            points.get(i).parameters().forEach(parameters::put);
            point.set("preset", JsonText.tree(presets.get(i)));
        }
        return JsonText.document(json);
    }
}
