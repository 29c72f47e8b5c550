package dev.clausius.sweep;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.write.PresetPatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked sweep: the axes (with canonical paths), the grid's points, each point's preset text and
 * record, and the quantities kept per point. Every point is read before any runs, so a bad one is
 * reported at once with its point number.
 */
public record SweepPlan(String source, List<SweepAxis> axes, List<SweepPoint> points, List<String> presetTexts,
                        List<Preset> presets, List<SweepQuantity> quantities) {

    public SweepPlan {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
        presetTexts = List.copyOf(presetTexts);
        presets = List.copyOf(presets);
        quantities = List.copyOf(quantities);
    }

    /**
     * Plans the sweep of {@code baseJson} (named {@code source} in messages). An
     * IllegalArgumentException for an axis path that is not a number of the preset or a grid too
     * large; a PresetException (naming the point) for a point the reader refuses.
     */
    public static SweepPlan of(String source, String baseJson, List<SweepAxis> axes, List<SweepQuantity> quantities)
            throws PresetException {
        PresetPatch patch = PresetPatch.of(baseJson);
        List<SweepAxis> canonical = new ArrayList<>();
        for (SweepAxis axis : axes) {
            try {
                canonical.add(axis.withPath(patch.check(axis.path())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--set '" + axis.path() + "': " + e.getMessage(), e);
            }
        }
        List<SweepPoint> points = SweepPoint.grid(canonical);
        List<String> texts = new ArrayList<>();
        List<Preset> presets = new ArrayList<>();
        for (SweepPoint p : points) {
            String text = patch.with(p.parameters());
            texts.add(text);
            presets.add(PresetReader.parse(text, pointName(source, p.index())));
        }
        return new SweepPlan(source, canonical, points, texts, presets, quantities);
    }

    /** How messages name point {@code index} of a sweep of {@code source}. */
    public static String pointName(String source, int index) {
        return source + " (sweep point " + index + ")";
    }

    /** The quantity names as {@code --summary} takes them, comma-separated. */
    public static List<SweepQuantity> parseQuantities(List<String> names) {
        List<SweepQuantity> quantities = new ArrayList<>();
        for (String list : names) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    quantities.add(SweepQuantity.parse(name));
                }
            }
        }
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("--summary names no quantity");
        }
        return quantities;
    }
}
