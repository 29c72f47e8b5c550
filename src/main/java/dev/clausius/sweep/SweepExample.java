package dev.clausius.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import dev.clausius.preset.write.PresetPatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A shipped sweep (format "clausius-sweep", version 1, in presets/sweeps/): a preset, its axes,
 * the quantities kept (the first is plotted) and whether to fit eta_inf - a/tau. An axis may carry
 * {@code "also"}: more paths set to the same value at every point (both isotherms of a cycle get
 * the same duration tau). Read into a checked {@link SweepPlan}; a bad file is one line naming the
 * file, the JSON path and the reason.
 *
 * @param axisLabels what each axis is called on the plot (its {@code label}, else its path)
 */
public record SweepExample(Path file, String name, String description, Path preset, SweepPlan plan,
                           List<String> axisLabels, boolean fit) {
    public static final String FORMAT = "clausius-sweep";
    /** Where the shipped sweeps live, relative to the presets directory. */
    public static final String DIRECTORY = "sweeps";
    /** The one fit a sweep file can ask for. */
    public static final String INVERSE_TAU = "inverse-tau";
    private static final ObjectMapper JSON = new ObjectMapper();

    public SweepExample {
        axisLabels = List.copyOf(axisLabels);
    }

    /** The sweep files ({@code *.json}) of a presets directory's {@code sweeps/}, by name. */
    public static List<Path> files(Path presetsDirectory) {
        Path sweeps = presetsDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(sweeps)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(sweeps)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code file} is a sweep file (format "clausius-sweep") rather than a preset; false when unreadable. */
    public static boolean isSweep(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && root.isObject() && FORMAT.equals(root.path("format").asText(null));
        } catch (IOException | RuntimeException e) {
            return false; // then it is checked as a preset, whose reader says what is wrong
        }
    }

    /** Every problem {@link #read} finds in {@code file}; empty when it is a valid sweep. */
    public static List<dev.clausius.preset.Problem> problems(Path file) {
        try {
            read(file);
            return List.of();
        } catch (PresetException e) {
            return e.problems();
        }
    }

    /** The sweep in {@code file}, every point's preset read and checked. */
    public static SweepExample read(Path file) throws PresetException {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw problem(source, "$", "cannot read as JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw problem(source, "$", "a sweep is a JSON object {\"format\": \"" + FORMAT + "\", ...}");
        }
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != 1) {
            throw problem(source, "$.format", "expected \"format\": \"" + FORMAT + "\", \"version\": 1");
        }
        Path preset = file.toAbsolutePath().getParent().resolve(text(root, "preset", source)).normalize();
        String baseJson;
        try {
            baseJson = Files.readString(preset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(source, "$.preset", "cannot read " + preset + ": " + e.getMessage());
        }
        List<SweepAxis> axes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> linked = new ArrayList<>();
        JsonNode axisList = root.path("axes");
        if (!axisList.isArray() || axisList.isEmpty() || axisList.size() > 2) {
            throw problem(source, "$.axes", "expected one or two axes");
        }
        for (int a = 0; a < axisList.size(); a++) {
            axes.add(axis(axisList.get(a), "$.axes[" + a + "]", source));
            labels.add(axisList.get(a).has("label") ? axisList.get(a).get("label").asText() : axes.get(a).path());
            List<String> also = new ArrayList<>();
            axisList.get(a).path("also").forEach(path -> also.add(path.asText()));
            linked.add(also);
        }
        List<SweepQuantity> quantities = new ArrayList<>();
        JsonNode names = root.path("quantities");
        if (!names.isArray() || names.isEmpty()) {
            throw problem(source, "$.quantities", "expected a list of quantities, e.g. [\"eta_eq19\"]");
        }
        for (int q = 0; q < names.size(); q++) {
            try {
                quantities.add(SweepQuantity.parse(names.get(q).asText()));
            } catch (IllegalArgumentException e) {
                throw problem(source, "$.quantities[" + q + "]", e.getMessage());
            }
        }
        String fit = root.path("fit").asText("");
        if (!fit.isEmpty() && !INVERSE_TAU.equals(fit)) {
            throw problem(source, "$.fit", "expected \"" + INVERSE_TAU + "\" or no fit, got \"" + fit + "\"");
        }
        SweepPlan plan;
        try {
            plan = linkedPlan(SweepPlan.of(preset.toString(), baseJson, axes, quantities), linked);
        } catch (IllegalArgumentException e) {
            throw problem(source, "$.axes", e.getMessage());
        }
        return new SweepExample(file, text(root, "name", source), root.path("description").asText(""), preset, plan,
                labels, !fit.isEmpty());
    }

    /** The plan with each axis' {@code also} paths set to the axis' value in every point's preset. */
    private static SweepPlan linkedPlan(SweepPlan plan, List<List<String>> linked) throws PresetException {
        if (linked.stream().allMatch(List::isEmpty)) {
            return plan;
        }
        List<String> texts = new ArrayList<>();
        List<Preset> presets = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int a = 0; a < plan.axes().size(); a++) {
                double value = plan.points().get(i).parameters().get(plan.axes().get(a).path());
                linked.get(a).forEach(path -> values.put(path, value));
            }
            String text = PresetPatch.of(plan.presetTexts().get(i)).with(values);
            texts.add(text);
            presets.add(PresetReader.parse(text, SweepPlan.pointName(plan.source(), plan.points().get(i).index())));
        }
        return new SweepPlan(plan.source(), plan.axes(), plan.points(), texts, presets, plan.quantities());
    }

    private static SweepAxis axis(JsonNode axis, String at, String source) throws PresetException {
        String path = text(axis, "path", source, at);
        double start = axis.path("start").asDouble(Double.NaN);
        double stop = axis.path("stop").asDouble(Double.NaN);
        int count = axis.path("n").asInt(0);
        boolean log = "log".equals(axis.path("spacing").asText("linear"));
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw problem(source, at, "start and stop must be finite numbers");
        }
        if (count < 1 || count > SweepAxis.MOST_VALUES) {
            throw problem(source, at + ".n", "must be 1.." + SweepAxis.MOST_VALUES);
        }
        if (log && !(start > 0 && stop > 0)) {
            throw problem(source, at, "a \"log\" axis needs start and stop > 0");
        }
        return new SweepAxis(path, start, stop, count, log);
    }

    private static String text(JsonNode node, String field, String source) throws PresetException {
        return text(node, field, source, "$");
    }

    private static String text(JsonNode node, String field, String source, String at) throws PresetException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem(source, at + "." + field, "expected a text");
        }
        return value.asText();
    }

    private static PresetException problem(String source, String path, String reason) {
        return new PresetException(source, new Problem(path, reason));
    }
}
