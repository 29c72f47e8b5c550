package dev.clausius.tour;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.figures.Figure;
import dev.clausius.figures.Figures;
import dev.clausius.preset.JsonCursor;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import dev.clausius.preset.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads and validates tour files (format "clausius-tour", version 1; presets/tours/README.md) the
 * way {@link PresetReader} reads presets: every problem with its JSON path, in one pass, so a
 * teacher's tour fails with "file: $.steps[2].panel: unknown panel 'foo' (allowed: ...)" rather
 * than halfway through a lesson. Each step's preset is read too, and its panel, moment, highlight
 * and check are checked against that preset.
 */
public final class TourReader {

    public static final String FORMAT = "clausius-tour";
    public static final int VERSION = 1;
    /** Where tours live, relative to the presets directory; their presets are named relative to it. */
    public static final String DIRECTORY = "tours";

    private static final List<String> TOP_FIELDS = List.of("format", "version", "name", "description", "steps");
    private static final List<String> STEP_FIELDS = List.of("title", "preset", "dt", "panel", "time", "play_to",
            "highlight", "text", "check", "sweep");
    private static final List<String> CHECK_FIELDS = List.of("quantity", "below", "above", "near", "tolerance",
            "throughout");
    private static final String EMPTY = "a tour is a JSON object {\"format\": \"" + FORMAT + "\", ...}";

    private TourReader() {
    }

    /**
     * What validating a tour found: its problems (the tour cannot be played) and its warnings (it
     * can: a text lacks a translation, and the explorer shows the English one instead).
     */
    public record Findings(List<Problem> problems, List<Problem> warnings) {
        public Findings {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    /** The tour in {@code file}; the exception's message names the file, the first problem's path and reason. */
    public static Tour read(Path file) throws PresetException {
        Problems problems = new Problems();
        Tour tour = readFile(file, problems, new ArrayList<>());
        if (!problems.isEmpty() || tour == null) {
            throw new PresetException(file.toString(), problems.isEmpty()
                    ? List.of(new Problem("$", "not a valid tour")) : problems.list());
        }
        return tour;
    }

    /** Every problem of the tour in {@code file}; empty when it is valid. */
    public static List<Problem> problems(Path file) {
        return check(file).problems();
    }

    /** Every problem and every warning (a missing translation) of the tour in {@code file}. */
    public static Findings check(Path file) {
        Problems problems = new Problems();
        List<Problem> warnings = new ArrayList<>();
        readFile(file, problems, warnings);
        return new Findings(problems.list(), problems.isEmpty() ? warnings : List.of());
    }

    /** The tour files ({@code *.json}) of a presets directory's {@code tours/}, by name. */
    public static List<Path> files(Path presetsDirectory) {
        Path tours = presetsDirectory.resolve(DIRECTORY);
        if (!Files.isDirectory(tours)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tours)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code file} says it is a tour (its "format"), so validate can tell tours from presets. */
    public static boolean isTour(Path file) {
        JsonNode tree = PresetReader.readTree(file, new Problems(), EMPTY);
        return tree != null && tree.isObject() && FORMAT.equals(tree.path("format").asText(null));
    }

    /** The presets directory of a tour file: the parent of the folder it is in (presets/tours/x.json). */
    public static Path presetsDirectory(Path tourFile) {
        Path folder = tourFile.toAbsolutePath().normalize().getParent();
        return folder.getParent() == null ? folder : folder.getParent();
    }

    private static Tour readFile(Path file, Problems problems, List<Problem> warnings) {
        JsonNode tree = PresetReader.readTree(file, problems, EMPTY);
        if (tree == null) {
            return null;
        }
        try {
            return parse(file, JsonCursor.root(tree, problems), warnings);
        } catch (RuntimeException e) {
            // a bug in a check must not become a stack trace for a teacher; it still shows as a problem
            problems.add("$", "internal error while checking this tour: " + e);
            return null;
        }
    }

    private static Tour parse(Path file, JsonCursor root, List<Problem> warnings) {
        if (!root.object(TOP_FIELDS)) {
            return null;
        }
        String format = root.field("format").string();
        if (format != null && !format.equals(FORMAT)) {
            root.field("format").problem("must be \"" + FORMAT + "\", got \"" + format + "\"");
        }
        root.field("version").integer().ifPresent(v -> {
            if (v != VERSION) {
                root.field("version").problem("unsupported version " + v + " (this Clausius reads version " + VERSION + ")");
            }
        });
        LocalizedText name = LocalizedText.read(root.field("name"), warnings);
        JsonCursor descriptionField = root.field("description");
        LocalizedText description = descriptionField.isPresent() ? LocalizedText.read(descriptionField, warnings)
                : LocalizedText.of("");
        List<JsonCursor> stepFields = root.field("steps").list();
        List<TourStep> steps = new ArrayList<>();
        if (stepFields != null && stepFields.isEmpty()) {
            root.field("steps").problem("a tour needs at least one step");
        }
        StepParser parser = new StepParser(presetsDirectory(file), warnings);
        for (JsonCursor step : stepFields == null ? List.<JsonCursor>of() : stepFields) {
            steps.add(parser.parse(step));
        }
        return new Tour(file, name, description, steps);
    }

    static String nonEmpty(JsonCursor field) {
        String text = field.string();
        if (text != null && text.isBlank()) {
            field.problem("must not be empty");
        }
        return text;
    }

    /**
     * The steps of one tour: each step's preset is read (once per file, as are its panels) to check
     * the panel, moment, highlight and check.
     */
    private static final class StepParser {
        private final Path presetsDirectory;
        private final Map<Path, Optional<Preset>> presets = new HashMap<>();
        private final Map<Preset, List<Figure>> figures = new HashMap<>();
        private final List<Problem> warnings;

        StepParser(Path presetsDirectory, List<Problem> warnings) {
            this.presetsDirectory = presetsDirectory;
            this.warnings = warnings;
        }

        TourStep parse(JsonCursor step) {
            if (!step.object(STEP_FIELDS)) {
                return null;
            }
            LocalizedText title = LocalizedText.read(step.field("title"), warnings);
            LocalizedText text = LocalizedText.read(step.field("text"), warnings);
            Path presetFile = null;
            Preset preset = null;
            String presetName = step.field("preset").string();
            if (presetName != null) {
                presetFile = presetsDirectory.resolve(presetName).normalize();
                preset = presets.computeIfAbsent(presetFile, StepParser::readPreset).orElse(null);
                if (preset == null) {
                    step.field("preset").problem(presetProblem(presetFile, presetName, presetsDirectory));
                }
            }
            TourSweep sweep = null;
            JsonCursor sweepField = step.field("sweep");
            if (sweepField.isPresent()) {
                sweep = TourSweep.read(sweepField, preset == null ? null : presetFile);
                // the step's moment, panel and check are those of the preset the sweep ends at
                preset = sweep == null ? preset : sweepEnd(sweep, presetFile);
            }
            double dt = step.field("dt").optionalNumber(Double.NaN, JsonCursor.Bound.POSITIVE);
            if (preset != null) {
                preset = TourStep.onGrid(preset, dt);
            }
            double end = preset == null ? Double.NaN : TimeGrid.end(preset);
            boolean play = step.field("play_to").isPresent();
            double time = moment(step, play, end);
            String panel = step.field("panel").string();
            Figure figure = preset == null || panel == null ? null : figure(step.field("panel"), preset, end, panel);
            String highlight = null;
            JsonCursor highlightField = step.field("highlight");
            if (highlightField.isPresent()) {
                highlight = highlightField.string();
                if (highlight != null && figure != null && !figure.highlights().contains(highlight)) {
                    highlightField.problem("unknown highlight '" + highlight + "' on panel " + panel + " (allowed: "
                            + (figure.highlights().isEmpty() ? "none" : String.join(", ", figure.highlights())) + ")");
                }
            }
            JsonCursor checkField = step.field("check");
            TourCheck check = checkField.isPresent() ? check(checkField, preset) : null;
            return new TourStep(title, presetFile, panel, time, play, dt, highlight, text, check, sweep);
        }

        private static Preset sweepEnd(TourSweep sweep, Path presetFile) {
            try {
                return sweep.end(presetFile);
            } catch (PresetException e) {
                return null; // TourSweep.read has said why
            }
        }

        private static Optional<Preset> readPreset(Path file) {
            try {
                return Optional.of(PresetReader.read(file));
            } catch (PresetException e) {
                return Optional.empty();
            }
        }

        private static String presetProblem(Path file, String name, Path presetsDirectory) {
            if (!Files.isRegularFile(file)) {
                return "unknown preset file '" + name + "' (no such file in " + presetsDirectory + ")";
            }
            List<Problem> problems = PresetReader.problems(file);
            return "preset '" + name + "' is not valid: " + (problems.isEmpty() ? "unreadable" : problems.get(0));
        }

        /** "time" (jump) or "play_to" (play up to), exactly one, within the preset's run. */
        private static double moment(JsonCursor step, boolean play, double end) {
            JsonCursor time = step.field("time");
            JsonCursor playTo = step.field("play_to");
            if (time.isPresent() && playTo.isPresent()) {
                time.problem("give either time (jump) or play_to (play up to), not both");
                return Double.NaN;
            }
            if (!time.isPresent() && !playTo.isPresent()) {
                step.problem("missing the moment: give time (jump to it) or play_to (play up to it)");
                return Double.NaN;
            }
            JsonCursor field = play ? playTo : time;
            double t = field.number(JsonCursor.Bound.NON_NEGATIVE);
            if (t > end) {
                field.problem("t = " + TourCheck.number(t) + " is after the end of the preset's run, t = "
                        + TourCheck.number(end));
            }
            return t;
        }

        private Figure figure(JsonCursor field, Preset preset, double end, String panel) {
            List<Figure> panels = figures.computeIfAbsent(preset, p -> Figures.forPreset(p, end));
            Optional<Figure> figure = panels.stream().filter(f -> f.name().equals(panel)).findFirst();
            if (figure.isEmpty()) {
                field.problem("unknown panel '" + panel + "' (allowed: "
                        + String.join(", ", panels.stream().map(Figure::name).toList()) + ")");
            }
            return figure.orElse(null);
        }

        private static TourCheck check(JsonCursor check, Preset preset) {
            if (!check.object(CHECK_FIELDS)) {
                return null;
            }
            String quantity = check.field("quantity").string();
            if (quantity != null) {
                Quantity.problem(quantity, preset == null ? null : preset.mode())
                        .ifPresent(check.field("quantity")::problem);
            }
            List<TourCheck.Relation> given = new ArrayList<>();
            for (TourCheck.Relation relation : TourCheck.Relation.values()) {
                if (check.field(relation.word()).isPresent()) {
                    given.add(relation);
                }
            }
            if (given.size() != 1) {
                check.problem("give exactly one of below, above, near (got " + given.size() + ")");
                return null;
            }
            TourCheck.Relation relation = given.get(0);
            double value = check.field(relation.word()).number(JsonCursor.Bound.ANY);
            JsonCursor toleranceField = check.field("tolerance");
            if (relation == TourCheck.Relation.NEAR && !toleranceField.isPresent()) {
                toleranceField.problem("near needs a tolerance: how close counts as the claimed value");
            }
            double tolerance = toleranceField.optionalNumber(0.0, JsonCursor.Bound.NON_NEGATIVE);
            boolean throughout = check.field("throughout").optionalBoolean(false);
            return new TourCheck(quantity, relation, value, tolerance, throughout);
        }
    }
}
