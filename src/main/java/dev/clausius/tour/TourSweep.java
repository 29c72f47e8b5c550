package dev.clausius.tour;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clausius.preset.JsonCursor;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.syntax.PresetPaths;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import dev.clausius.preset.Problems;

import java.nio.file.Path;
import java.util.List;

/**
 * A step's slider animation: the parameter at {@code path} of the step's preset starts at
 * {@code from} and is moved to {@code to} over {@code seconds}, as a teacher would drag it, before
 * the step reaches its moment with the preset at {@code to}.
 *
 * @param path a JSON path of a number of the preset, e.g. {@code $.coupling[0].g}
 */
public record TourSweep(String path, double from, double to, double seconds) {

    /** The longest sweep a step may ask for: a class watches, it does not wait. */
    public static final double LONGEST_SECONDS = 60;
    private static final List<String> FIELDS = List.of("path", "from", "to", "seconds");
    /** The preset's optional slider spans: a sweep stays inside them, as a slider does. */
    private static final String RANGES = "ranges";

    /**
     * The step's preset file with the swept number set to {@code value}, read as the preset
     * reader reads any file, so a value it refuses is refused here with its message.
     */
    public static Preset presetAt(Path presetFile, String path, double value) throws PresetException {
        Problems problems = new Problems();
        JsonNode tree = PresetReader.readTree(presetFile, problems, "a preset is a JSON object");
        if (tree == null) {
            throw new PresetException(presetFile.toString(), problems.list());
        }
        if (PresetPaths.numberAt(tree, path) == null) {
            throw new PresetException(presetFile.toString(),
                    List.of(new Problem(path, "names no number of this preset")));
        }
        return PresetReader.parse(PresetPaths.withNumber(tree, path, value).toString(), presetFile.toString());
    }

    /** The preset at {@code from}, as the step starts. */
    public Preset start(Path presetFile) throws PresetException {
        return presetAt(presetFile, path, from);
    }

    /** The preset at {@code to}, as the step ends. */
    public Preset end(Path presetFile) throws PresetException {
        return presetAt(presetFile, path, to);
    }

    /**
     * Reads {@code "sweep"} of a step whose preset file is {@code presetFile} (null when it did not
     * read: then only the field's own shape is checked); problems go to the cursor's list.
     */
    static TourSweep read(JsonCursor sweep, Path presetFile) {
        if (!sweep.object(FIELDS)) {
            return null;
        }
        String path = sweep.field("path").string();
        double from = sweep.field("from").number(JsonCursor.Bound.ANY);
        double to = sweep.field("to").number(JsonCursor.Bound.ANY);
        double seconds = sweep.field("seconds").number(JsonCursor.Bound.POSITIVE);
        if (seconds > LONGEST_SECONDS) {
            sweep.field("seconds").problem("at most " + (int) LONGEST_SECONDS + " s, got " + TourCheck.number(seconds));
        }
        if (path == null || presetFile == null) {
            return null;
        }
        if (path.startsWith("$.time.")) {
            sweep.field("path").problem("the time grid cannot be swept: the step's moment and check are read on it");
            return null;
        }
        Problems problems = new Problems();
        JsonNode tree = PresetReader.readTree(presetFile, problems, "a preset is a JSON object");
        if (tree == null) {
            return null;
        }
        if (PresetPaths.numberAt(tree, path) == null) {
            sweep.field("path").problem("names no number of preset '" + presetFile.getFileName()
                    + "' (a JSON path such as $.coupling[0].g)");
            return null;
        }
        boolean accepted = accepts(sweep.field("from"), presetFile, path, from)
                & accepts(sweep.field("to"), presetFile, path, to);
        return accepted && Double.isFinite(seconds) && seconds <= LONGEST_SECONDS
                ? new TourSweep(path, from, to, seconds) : null;
    }

    /** Whether the preset reader accepts the preset with the swept number at {@code value}; if not, says why. */
    private static boolean accepts(JsonCursor field, Path presetFile, String path, double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        try {
            presetAt(presetFile, path, value);
            return true;
        } catch (PresetException e) {
            // the physical reason first; a value outside the preset's slider range only when it is the one
            String why = e.problems().stream().filter(p -> !p.path().startsWith("$." + RANGES)).findFirst()
                    .or(() -> e.problems().stream().findFirst()).map(Problem::toString).orElse(e.getMessage());
            field.problem("the preset reader refuses " + path + " = " + TourCheck.number(value) + ": " + why);
            return false;
        }
    }
}
