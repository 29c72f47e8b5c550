package dev.clausius.preset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clausius.preset.memory.MemoryBudget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The top level of a preset: format, version, name, description, mode, then the mode's own fields. */
public final class PresetParser {
    public static final String FORMAT = "clausius-preset";
    public static final int VERSION = 1;
    static final List<String> HEADER = List.of("format", "version", "name", "description", "mode");

    private PresetParser() {
    }

    /**
     * The preset, or null when anything is wrong (every problem is in {@code problems}); a closed
     * system must fit {@code budget}.
     */
    static Preset parse(JsonNode tree, Problems problems, MemoryBudget budget) {
        JsonCursor root = JsonCursor.root(tree, problems);
        if (!tree.isObject()) {
            root.problem("a preset is a JSON object {\"format\": \"clausius-preset\", ...}, got " + root.got());
            return null;
        }
        if (!headerIsReadable(root)) {
            return null;
        }
        String name = name(root.field("name"));
        String description = description(root.field("description"));
        Mode mode = mode(root.field("mode"));
        root.object(allowedFields(mode), mode == null ? "unknown field"
                : "unknown field for mode " + JsonCursor.quote(mode.jsonName()));
        if (mode == null) {
            return null;
        }
        int before = problems.count();
        Preset preset = switch (mode) {
            case CLOSED -> ClosedModeParser.parse(root, name, description, budget);
            case OPEN -> OpenModeParser.parse(root, name, description);
            case ENGINE -> EngineModeParser.parse(root, name, description);
            case CLASSICAL -> ClassicalModeParser.parse(root, name, description);
        };
        // after the mode's fields: a range that no longer holds its number is most likely the number's fault
        OptionalFields.check(root);
        return problems.count() == before && name != null && description != null && preset != null
                ? preset.withOptions(OptionalFields.read(root.node())) : null;
    }

    /**
     * Checks format and version. False when the file is plainly something else or a version this
     * reader does not know: then the other fields mean something else and their problems would be
     * noise. A missing format or version is reported and reading goes on.
     */
    private static boolean headerIsReadable(JsonCursor root) {
        JsonCursor format = root.field("format");
        if (format.require() && !(format.isString() && format.node().textValue().equals(FORMAT))) {
            format.problem("must be \"" + FORMAT + "\", got " + format.got() + ": this is not a Clausius preset");
            return false;
        }
        JsonCursor version = root.field("version");
        if (!version.isNumber()) {
            version.integer(); // reports a missing version or a wrong type
        } else if (version.node().doubleValue() != VERSION) {
            version.problem("unsupported version " + version.node().asText() + ", this Clausius reads version " + VERSION);
            return false;
        }
        return true;
    }

    private static String name(JsonCursor c) {
        String name = c.string();
        if (name != null && name.isBlank()) {
            c.problem("must not be empty");
            return null;
        }
        return name;
    }

    private static String description(JsonCursor c) {
        return c.isPresent() ? c.string() : "";
    }

    private static Mode mode(JsonCursor c) {
        String text = c.string();
        if (text == null) {
            return null;
        }
        for (Mode mode : Mode.values()) {
            if (mode.jsonName().equals(text)) {
                return mode;
            }
        }
        List<String> names = Arrays.stream(Mode.values()).map(Mode::jsonName).toList();
        c.problem("unknown mode " + JsonCursor.quote(text) + " (expected " + String.join(", ", names) + ")");
        return null;
    }

    /** The header plus the mode's fields; every mode's fields when the mode is unknown. */
    private static List<String> allowedFields(Mode mode) {
        Set<String> fields = new LinkedHashSet<>(HEADER);
        if (mode == null || mode == Mode.CLOSED) {
            fields.addAll(ClosedModeParser.FIELDS);
        }
        if (mode == null || mode == Mode.OPEN) {
            fields.addAll(OpenModeParser.FIELDS);
        }
        if (mode == null || mode == Mode.ENGINE) {
            fields.addAll(EngineModeParser.FIELDS);
        }
        if (mode == null || mode == Mode.CLASSICAL) {
            fields.addAll(ClassicalModeParser.FIELDS);
        }
        fields.addAll(OptionalFields.NAMES); // last: the mode's own fields are the ones a typo most likely meant
        return new ArrayList<>(fields);
    }
}
