package dev.clausius.cli;

import dev.clausius.dynamics.engine.EngineSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** `run --summary`'s one JSON object (docs/conventions.md), numbers at full precision, null where one does not exist. */
final class SummaryJson {
    private SummaryJson() {
    }

    static String format(EngineSummary summary) {
        Map<String, Double> fields = new LinkedHashMap<>();
        fields.put("eta_carnot", summary.etaCarnot());
        fields.put("eta_energy", summary.etaEnergy());
        fields.put("eta_eq19", summary.etaEq19());
        fields.put("Q_hot", summary.heatHot());
        fields.put("Q_cold", summary.heatCold());
        fields.put("W", summary.work());
        StringJoiner json = new StringJoiner(", ", "{", "}");
        fields.forEach((name, value) -> json.add("\"" + name + "\": " + (Double.isFinite(value) ? Double.toString(value) : "null")));
        return json.toString();
    }
}
