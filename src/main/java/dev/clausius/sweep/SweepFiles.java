package dev.clausius.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.CsvField;
import dev.clausius.export.CsvWriter;
import dev.clausius.export.JsonText;

import java.util.List;
import java.util.StringJoiner;

/** The texts a sweep writes: the summary CSV and the manifest JSON. */
public final class SweepFiles {
    private SweepFiles() {
    }

    /** Header: point, one column per axis path, then the quantities' names. */
    public static String header(SweepPlan plan) {
        StringJoiner header = new StringJoiner(",");
        header.add("point");
        plan.axes().forEach(axis -> header.add(CsvField.csv(axis.path())));
        plan.quantities().forEach(quantity -> header.add(quantity.columnName()));
        return header.toString();
    }

    /** One row: the point's number, its parameters and values at full precision (NaN stays "NaN"). */
    public static String row(SweepRow row) {
        StringJoiner line = new StringJoiner(",");
        line.add(Integer.toString(row.point().index()));
        row.point().parameters().values().forEach(v -> line.add(CsvWriter.format(v)));
        row.values().forEach(v -> line.add(CsvWriter.format(v)));
        return line.toString();
    }

    /** The summary CSV: the header, then one line per row in the given order. */
    public static String csv(SweepPlan plan, List<SweepRow> rows) {
        StringBuilder text = new StringBuilder(header(plan)).append('\n');
        rows.forEach(row -> text.append(row(row)).append('\n'));
        return text.toString();
    }

    /**
     * {"format": "clausius-sweep-manifest", "version": 1, "preset", "summary", "axes", "quantities",
     * "points": [{"point", "parameters", "preset": {...the full point preset...}}]}.
     *
     * @param summary where the summary CSV goes, as the user named it
     */
    public static String manifest(SweepPlan plan, String summary) {
        ObjectNode json = JsonText.object();
        json.put("format", "clausius-sweep-manifest");
        json.put("version", 1);
        json.put("preset", plan.source());
        json.put("summary", summary);
        ArrayNode axisList = json.putArray("axes");
        for (SweepAxis axis : plan.axes()) {
            ObjectNode entry = axisList.addObject().put("path", axis.path()).put("start", axis.start())
                    .put("stop", axis.stop()).put("n", axis.count());
            if (axis.logarithmic()) {
                entry.put("spacing", "log");
            }
        }
        ArrayNode quantityList = json.putArray("quantities");
        plan.quantities().forEach(quantity -> quantityList.add(quantity.columnName()));
        ArrayNode pointList = json.putArray("points");
        for (int i = 0; i < plan.points().size(); i++) {
            ObjectNode point = pointList.addObject();
            point.put("point", plan.points().get(i).index());
            ObjectNode parameters = point.putObject("parameters");
            plan.points().get(i).parameters().forEach(parameters::put);
            point.set("preset", JsonText.tree(plan.presetTexts().get(i)));
        }
        return JsonText.document(json);
    }
}
