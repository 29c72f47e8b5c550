package dev.clausius.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.testing.ReferenceSeries;
import dev.clausius.testing.ReferenceTolerance;
import dev.clausius.thermo.Frame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The closed, open and classical reference cases of src/test/resources/refs (computed independently with
 * QuTiP, numpy and mpmath), column by column as {@link ReferenceTolerance} says. The same cases on
 * the pure-Java LAPACK path: {@code JavaLapackReferenceCasesTest}.
 */
class ReferenceCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"resonant-qubits", "jaynes-cummings-cold", "open-qubit", "classical-bars"})
    void everyColumnMatchesTheReference(String name) throws Exception {
        Path dir = Path.of("src/test/resources/refs", name);
        Preset preset = PresetReader.read(dir.resolve("preset.json"));
        ReferenceSeries ref = ReferenceSeries.read(dir.resolve("ref.csv"));
        Evolver evolver = Evolvers.create(preset, name);
        TimeGrid grid = new TimeGrid(preset.time().dt(), preset.time().end());
        assertEquals(ref.rows(), grid.size());
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            frames.add(evolver.frameAt(grid.time(k)));
            assertEquals(ref.value("t", k), frames.get(k).time(), 1e-9);
        }
        ReferenceTolerance.assertMatches(name, ref, (column, k) -> column.valueOf(frames.get(k)));
    }
}
