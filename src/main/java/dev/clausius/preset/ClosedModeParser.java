package dev.clausius.preset;

import dev.clausius.preset.memory.MemoryBudget;

import java.util.List;

/** Closed mode: A and B evolving together under H_A + H_B + V. */
final class ClosedModeParser {
    static final List<String> FIELDS = List.of("A", "B", "temperatures", "coupling", "time");

    private ClosedModeParser() {
    }

    static Preset parse(JsonCursor root, String name, String description, MemoryBudget budget) {
        int before = root.problems().count();
        SubsystemSpec a = SubsystemParser.subsystem(root.field("A"));
        SubsystemSpec b = SubsystemParser.subsystem(root.field("B"));
        if (a != null && b != null) {
            DimensionLimits.checkClosed(root.field("B"), a, b, budget);
        }
        double[] temperatures = CommonFields.temperatures(root.field("temperatures"));
        CouplingSpec coupling = CouplingParser.parse(root.field("coupling"), a, b);
        TimeSpec time = CommonFields.time(root.field("time"), true);
        if (root.problems().count() != before) {
            return null;
        }
        return new Preset(name, description, Mode.CLOSED, a, b, temperatures[0], temperatures[1],
                coupling, null, null, time);
    }
}
