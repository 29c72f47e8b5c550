package dev.clausius.sweep;

import dev.clausius.dynamics.Evolvers;
import dev.clausius.thermo.Column;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resonant swap p_e^A(t) = p_A cos^2(gt) + p_B sin^2(gt) (omega = 1, T_A = 0.5, T_B = 2, dt = 0.25,
 * end = 100) gives every statistic in closed form: E_A = p_e^A - 1/2.
 */
class SweepRunnerTest {
    private static final double P_A = 1 / (1 + Math.exp(1 / 0.5));
    private static final double P_B = 1 / (1 + Math.exp(1 / 2.0));

    private static String resonantQubits() throws IOException {
        try (InputStream in = SweepRunnerTest.class.getResourceAsStream("/presets-ref/resonant-qubits.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double energyA(double g, double t) {
        double c = Math.cos(g * t);
        double s = Math.sin(g * t);
        return P_A * c * c + P_B * s * s - 0.5;
    }

    @Test
    void statisticsOfTheSwapMatchTheClosedForm() throws Exception {
        List<SweepQuantity> quantities = SweepPlan.parseQuantities(List.of("final_E_A,max_E_A,min_E_A", "t_max_E_A"));
        SweepPlan plan = SweepPlan.of("resonant-qubits.json", resonantQubits(),
                List.of(SweepAxis.parse("coupling[0].g=0.05:0.1:2")), quantities);
        List<SweepRow> finished = Collections.synchronizedList(new ArrayList<>());
        List<SweepRow> rows = new SweepRunner(Evolvers::create, 2).run(plan, (row, done, total) -> finished.add(row),
                () -> false);
        assertEquals(2, finished.size());
        double[] couplings = {0.05, 0.1};
        for (int i = 0; i < 2; i++) {
            double g = couplings[i];
            List<Double> values = rows.get(i).values();
            assertEquals(g, rows.get(i).point().parameters().get("$.coupling[0].g"));
            assertEquals(energyA(g, 100), values.get(0), 1e-12, "final_E_A");
            assertEquals(P_B - 0.5, values.get(1), 1e-4, "max_E_A: the grid samples near the full swap");
            assertEquals(P_A - 0.5, values.get(2), 1e-12, "min_E_A at t = 0");
            // the first swap peaks at pi/(2g): 31.4159 for 0.05 (grid 31.5), 15.708 for 0.1 (grid 15.75)
            double grid = Math.round(Math.PI / (2 * g) / 0.25) * 0.25;
            assertEquals(grid, values.get(3), 1e-12, "t_max_E_A");
        }
    }

    @Test
    void defaultsKeepTheColumnsTheSweepAlwaysWrote() {
        assertEquals(List.of("max_sigma_spohn", "final_I_AB", "final_S_A", "eta_eq19", "eta_energy"),
                SweepQuantity.DEFAULTS.stream().map(SweepQuantity::columnName).toList());
        assertEquals(new SweepQuantity.OfColumn(SweepQuantity.Statistic.TIME_OF_FIRST_MAX, Column.MUTUAL_INFORMATION),
                SweepQuantity.parse("t_max_I_AB"));
        assertEquals(SweepQuantity.OfEngine.WORK_LAST_CYCLE, SweepQuantity.parse("W_last_cycle"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SweepQuantity.parse("max_X"));
        assertTrue(bad.getMessage().contains("max_X"), bad.getMessage());
    }

    @Test
    void logarithmicAxisIsEvenInLogAndExactAtTheEnds() {
        SweepAxis axis = SweepAxis.parse("$.engine.tau=1:100:3:log");
        assertTrue(axis.logarithmic());
        assertEquals(1.0, axis.value(0));
        assertEquals(10.0, axis.value(1), 1e-12);
        assertEquals(100.0, axis.value(2));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("x=0:1:3:log"));
    }

    @Test
    void cancellingStopsTheRun() throws Exception {
        SweepPlan plan = SweepPlan.of("resonant-qubits.json", resonantQubits(),
                List.of(SweepAxis.parse("coupling[0].g=0.01:0.1:8")), SweepQuantity.DEFAULTS);
        AtomicBoolean cancelled = new AtomicBoolean();
        List<SweepRow> finished = Collections.synchronizedList(new ArrayList<>());
        assertThrows(CancellationException.class, () -> new SweepRunner(Evolvers::create, 1).run(plan,
                (row, done, total) -> {
                    finished.add(row);
                    cancelled.set(true);
                }, cancelled::get));
        assertEquals(1, finished.size(), "one worker stops after the point that asked to cancel");
    }
}
