package dev.clausius.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clausius.dynamics.engine.EngineSummary;
import dev.clausius.export.JsonText;

import static dev.clausius.export.JsonText.finiteOrNull;

/**
 * `run --summary`'s one JSON line: the last cycle's eta_carnot, eta_energy, eta_eq19, Q_hot, Q_cold
 * and W, in that order, numbers at full precision, null where one does not exist.
 */
final class SummaryJson {
    private SummaryJson() {
    }

    static String format(EngineSummary summary) {
        ObjectNode json = JsonText.object();
        json.put("eta_carnot", finiteOrNull(summary.etaCarnot()));
        json.put("eta_energy", finiteOrNull(summary.etaEnergy()));
        json.put("eta_eq19", finiteOrNull(summary.etaEq19()));
        json.put("Q_hot", finiteOrNull(summary.heatHot()));
        json.put("Q_cold", finiteOrNull(summary.heatCold()));
        json.put("W", finiteOrNull(summary.work()));
        return JsonText.line(json);
    }
}
