package dev.clausius.tour;

import java.nio.file.Path;
import java.util.List;

/**
 * A guided tour: a named sequence of steps through the explorer, read from a tour file
 * (format "clausius-tour", version 1; presets/tours/README.md) by {@link TourReader}.
 *
 * @param file        the tour file it was read from
 * @param description the tour's description, English "" when the file gives none
 */
public record Tour(Path file, LocalizedText name, LocalizedText description, List<TourStep> steps) {

    public Tour {
        steps = List.copyOf(steps);
    }
}
