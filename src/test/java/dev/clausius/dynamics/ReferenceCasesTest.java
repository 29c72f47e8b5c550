package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.testing.ReferenceSeries;
import dev.clausius.thermo.Column;
import dev.clausius.thermo.Frame;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closed and open reference cases of src/test/resources/refs (computed independently with
 * QuTiP, numpy and mpmath), column by column at atol 1e-8, rtol 1e-7. As in the comparison the
 * references came with: a non-finite reference value is not checked, and T_gen is checked where
 * |dS| > 1e-6 with the tolerance dS and dQ grant.
 */
class ReferenceCasesTest {
    private static final double ATOL = 1e-8;
    private static final double RTOL = 1e-7;

    @ParameterizedTest
    @ValueSource(strings = {"resonant-qubits", "jaynes-cummings-cold", "open-qubit"})
    void everyColumnMatchesTheReference(String name) throws Exception {
        Path dir = Path.of("src/test/resources/refs", name);
        Preset preset = PresetReader.read(dir.resolve("preset.json"));
        ReferenceSeries ref = ReferenceSeries.read(dir.resolve("ref.csv"));
        Evolver evolver = Evolvers.create(preset, name);
        TimeGrid grid = new TimeGrid(preset.time().dt(), preset.time().end());
        assertEquals(ref.rows(), grid.size());
        int checked = 0;
        int finite = 0;
        for (int k = 0; k < grid.size(); k++) {
            Frame frame = evolver.frameAt(grid.time(k));
            assertEquals(ref.value("t", k), frame.time(), 1e-9);
            for (Column column : Column.timeSeries()) {
                double expected = ref.value(column.csvName(), k);
                double got = column.valueOf(frame);
                if (!Double.isFinite(expected)) {
                    continue;
                }
                finite++;
                double tolerance = ATOL + RTOL * Math.abs(expected);
                if (column == Column.GENERALIZED_TEMPERATURE_A || column == Column.GENERALIZED_TEMPERATURE_B) {
                    boolean isA = column == Column.GENERALIZED_TEMPERATURE_A;
                    double ds = ref.value(isA ? "dS_A" : "dS_B", k);
                    double dq = ref.value(isA ? "dQ_A" : "dQ_B", k);
                    if (Math.abs(ds) <= 1e-6) {
                        continue;
                    }
                    tolerance += ((ATOL + RTOL * Math.abs(dq)) + Math.abs(expected) * (ATOL + RTOL * Math.abs(ds))) / Math.abs(ds);
                }
                assertTrue(Math.abs(got - expected) <= tolerance,
                        name + " " + column.csvName() + " at t=" + frame.time() + ": got " + got + ", ref " + expected);
                checked++;
            }
        }
        // everything finite in the reference is checked, but T_gen where |dS| <= 1e-6
        assertTrue(checked > 0.9 * finite && checked > 8 * grid.size(), "checked " + checked + " of " + finite);
    }
}
