package dev.clausius.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.export.JsonText;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import dev.clausius.preset.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A sweep read back from its manifest (SweepFiles.manifest): everything a separate process needs to
 * run some of its points, with no other file than the manifest. The points' parameters must be the
 * ones the axes give, so rows run from the manifest are the rows a local sweep writes.
 *
 * @param summary where the summary CSV goes, as the sweep's user named it
 * @param chunk   points per Slurm array task, for manifests written with {@code --slurm}; else 0
 */
public record SweepManifest(SweepPlan plan, String summary, int chunk) {
    public static final String FORMAT = "clausius-sweep-manifest";
    public static final int VERSION = 1;

    /** The manifest text of a Slurm sweep: SweepFiles.manifest with {@code "chunk"} before the points. */
    public static String text(SweepPlan plan, String summary, int chunk) {
        ObjectNode plain = (ObjectNode) JsonText.tree(SweepFiles.manifest(plan, summary));
        ObjectNode json = JsonText.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = plain.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("points")) {
                json.put("chunk", chunk);
            }
            json.set(field.getKey(), field.getValue());
        }
        return JsonText.document(json);
    }

    /**
     * Reads and checks {@code file}. A PresetException naming the file, the JSON path and the reason
     * (the first problem found) for anything that is not a manifest this version wrote.
     */
    public static SweepManifest read(Path file) throws PresetException {
        String source = file.toString();
        Problems problems = new Problems();
        JsonNode root = PresetReader.readTree(file, problems, "a sweep manifest is a JSON object {\"format\": \""
                + FORMAT + "\", ...}");
        if (root == null) {
            throw new PresetException(source, problems.list());
        }
        try {
            return parse(root, source);
        } catch (Refused e) {
            throw new PresetException(source, e.problem);
        }
    }

    private static SweepManifest parse(JsonNode root, String source) throws Refused, PresetException {
        if (!root.isObject()) {
            throw new Refused("$", "a sweep manifest is a JSON object, got " + kind(root));
        }
        String format = text(root, "$", "format");
        if (!format.equals(FORMAT)) {
            throw new Refused("$.format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
        }
        int version = whole(root, "$", "version", 1);
        if (version != VERSION) {
            throw new Refused("$.version", "this clausius reads version " + VERSION + ", got " + version);
        }
        String preset = text(root, "$", "preset");
        String summary = text(root, "$", "summary");
        int chunk = root.has("chunk") ? whole(root, "$", "chunk", 1) : 0;
        List<SweepAxis> axes = axes(array(root, "$", "axes"));
        List<SweepQuantity> quantities = quantities(array(root, "$", "quantities"));
        List<SweepPoint> grid;
        try {
            grid = SweepPoint.grid(axes);
        } catch (IllegalArgumentException e) {
            throw new Refused("$.axes", e.getMessage());
        }
        JsonNode points = array(root, "$", "points");
        if (points.size() != grid.size()) {
            throw new Refused("$.points", "the axes make " + grid.size() + " points, the list has " + points.size());
        }
        List<String> texts = new ArrayList<>();
        List<Preset> presets = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            String at = "$.points[" + i + "]";
            JsonNode point = object(points.get(i), at);
            if (whole(point, at, "point", 0) != i) {
                throw new Refused(at + ".point", "expected " + i + " (points are listed in order), got "
                        + point.get("point"));
            }
            checkParameters(object(field(point, at, "parameters"), at + ".parameters"), at + ".parameters",
                    grid.get(i).parameters());
            String text = JsonText.document(object(field(point, at, "preset"), at + ".preset"));
            texts.add(text);
            presets.add(pointPreset(text, source, at + ".preset", i));
        }
        return new SweepManifest(new SweepPlan(preset, axes, grid, texts, presets, quantities), summary, chunk);
    }

    /** The point's preset, its problems' paths placed inside the manifest ($.points[3].preset.A.omega). */
    private static Preset pointPreset(String text, String source, String at, int index) throws PresetException {
        try {
            return PresetReader.parse(text, SweepPlan.pointName(source, index));
        } catch (PresetException e) {
            List<Problem> inside = e.problems().stream()
                    .map(p -> new Problem(at + p.path().substring(1), p.reason())).toList();
            throw new PresetException(source, inside);
        }
    }

    private static List<SweepAxis> axes(JsonNode list) throws Refused {
        if (list.isEmpty()) {
            throw new Refused("$.axes", "a sweep has at least one axis");
        }
        List<SweepAxis> axes = new ArrayList<>();
        for (int a = 0; a < list.size(); a++) {
            String at = "$.axes[" + a + "]";
            JsonNode axis = object(list.get(a), at);
            double start = number(axis, at, "start");
            double stop = number(axis, at, "stop");
            int n = whole(axis, at, "n", 1);
            if (n > SweepAxis.MOST_VALUES) {
                throw new Refused(at + ".n", "at most " + SweepAxis.MOST_VALUES + ", got " + n);
            }
            boolean log = false;
            if (axis.has("spacing")) {
                String spacing = text(axis, at, "spacing");
                if (!spacing.equals("log")) {
                    throw new Refused(at + ".spacing", "expected \"log\" or no spacing, got \"" + spacing + "\"");
                }
                log = true;
            }
            axes.add(new SweepAxis(text(axis, at, "path"), start, stop, n, log));
        }
        return axes;
    }

    private static List<SweepQuantity> quantities(JsonNode list) throws Refused {
        List<SweepQuantity> quantities = new ArrayList<>();
        for (int q = 0; q < list.size(); q++) {
            String at = "$.quantities[" + q + "]";
            if (!list.get(q).isTextual()) {
                throw new Refused(at, "expected a quantity name, got " + kind(list.get(q)));
            }
            try {
                quantities.add(SweepQuantity.parse(list.get(q).textValue()));
            } catch (IllegalArgumentException e) {
                throw new Refused(at, "unknown quantity \"" + list.get(q).textValue() + "\"");
            }
        }
        if (quantities.isEmpty()) {
            throw new Refused("$.quantities", "names no quantity");
        }
        return quantities;
    }

    /** The point's parameters must be exactly the grid's: the rows' parameter columns come from them. */
    private static void checkParameters(JsonNode parameters, String at, Map<String, Double> expected) throws Refused {
        if (parameters.size() != expected.size()) {
            throw new Refused(at, "expected the " + expected.size() + " axis path(s) " + expected.keySet()
                    + ", got " + parameters.size());
        }
        for (Map.Entry<String, Double> entry : expected.entrySet()) {
            double value = number(parameters, at, entry.getKey());
            if (Double.compare(value, entry.getValue()) != 0) {
                throw new Refused(at + "['" + entry.getKey() + "']", value + " is not the axes' value "
                        + entry.getValue());
            }
        }
    }

    private static JsonNode field(JsonNode node, String at, String name) throws Refused {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new Refused(at + "." + name, "missing");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String at) throws Refused {
        if (!node.isObject()) {
            throw new Refused(at, "expected an object, got " + kind(node));
        }
        return node;
    }

    private static JsonNode array(JsonNode node, String at, String name) throws Refused {
        JsonNode value = field(node, at, name);
        if (!value.isArray()) {
            throw new Refused(at + "." + name, "expected a list, got " + kind(value));
        }
        return value;
    }

    private static String text(JsonNode node, String at, String name) throws Refused {
        JsonNode value = field(node, at, name);
        if (!value.isTextual()) {
            throw new Refused(at + "." + name, "expected a string, got " + kind(value));
        }
        return value.textValue();
    }

    private static double number(JsonNode node, String at, String name) throws Refused {
        JsonNode value = node.get(name);
        String path = name.startsWith("$") ? at + "['" + name + "']" : at + "." + name;
        if (value == null) {
            throw new Refused(path, "missing");
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new Refused(path, "expected a finite number, got " + kind(value));
        }
        return value.doubleValue();
    }

    private static int whole(JsonNode node, String at, String name, int least) throws Refused {
        JsonNode value = field(node, at, name);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < least) {
            throw new Refused(at + "." + name, "expected a whole number >= " + least + ", got " + kind(value));
        }
        return value.intValue();
    }

    private static String kind(JsonNode node) {
        return node.isTextual() ? "\"" + PresetReader.oneLine(node.textValue()) + "\""
                : node.isContainerNode() ? (node.isArray() ? "a list" : "an object") : node.toString();
    }

    /** The first problem found; turned into a PresetException naming the file. */
    private static final class Refused extends Exception {
        private final Problem problem;

        Refused(String path, String reason) {
            super(path + ": " + reason, null, false, false);
            this.problem = new Problem(path, reason);
        }
    }
}
