package dev.clausius.dynamics.lindblad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Bohr frequencies w = E_upper - E_lower of a spectrum's levels, with the level pairs that share
 * each one (equally spaced spectra, such as an oscillator's, give one frequency for many pairs).
 * Frequencies within the tolerance of each other are one group; the w = 0 group holds the
 * diagonal pairs.
 */
final class BohrFrequencies {
    private BohrFrequencies() {
    }

    /** A jump from level {@code upper} down to level {@code lower} (for w < 0 it goes up). */
    record Transition(ThermalJumps.Level lower, ThermalJumps.Level upper, double frequency) {
    }

    /** One Bohr frequency (the mean of its members; exactly 0 for the diagonal group) and its transitions. */
    record Group(double frequency, List<Transition> transitions) {
    }

    static List<Group> of(List<ThermalJumps.Level> levels, double tolerance) {
        List<Transition> all = new ArrayList<>();
        for (ThermalJumps.Level lower : levels) {
            for (ThermalJumps.Level upper : levels) {
                double w = lower == upper ? 0 : upper.energy() - lower.energy();
                all.add(new Transition(lower, upper, w));
            }
        }
        all.sort(Comparator.comparingDouble(Transition::frequency).reversed());
        List<Group> groups = new ArrayList<>();
        List<Transition> current = new ArrayList<>();
        for (Transition t : all) {
            if (!current.isEmpty() && current.get(current.size() - 1).frequency() - t.frequency() > tolerance) {
                groups.add(group(current));
                current = new ArrayList<>();
            }
            current.add(t);
        }
        groups.add(group(current));
        return groups;
    }

    private static Group group(List<Transition> members) {
        double sum = 0;
        boolean diagonal = false;
        for (Transition t : members) {
            sum += t.frequency();
            diagonal |= t.lower() == t.upper();
        }
        // levels are further apart than the tolerance, so the diagonal pairs group only with each other
        return new Group(diagonal ? 0 : sum / members.size(), List.copyOf(members));
    }
}
