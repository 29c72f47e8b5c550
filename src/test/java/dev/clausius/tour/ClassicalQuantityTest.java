package dev.clausius.tour;

import dev.clausius.dynamics.classical.ClassicalEvolver;
import dev.clausius.preset.Mode;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tour checks on classical frames: the frames come from the real ClassicalEvolver on
 * presets/classical-bars.json (dt 0.5 to t = 200); the expected numbers were read off
 * {@code java -jar target/clausius.jar run presets/classical-bars.json --csv}.
 */
class ClassicalQuantityTest {

    private static List<Frame> frames;

    @BeforeAll
    static void runTheBars() throws Exception {
        ClassicalEvolver evolver = new ClassicalEvolver(PresetReader.read(Path.of("presets/classical-bars.json")));
        frames = new ArrayList<>();
        for (int i = 0; i <= 400; i++) {
            frames.add(evolver.frameAt(0.5 * i));
        }
    }

    @Test
    void theClassicalColumnsAreCheckableInClassicalModeOnly() {
        for (String name : List.of("interior_AB", "interior_B", "T_A_border", "T_B_border", "S_B", "S_C", "I_AB",
                "Q_B", "sigma_spohn", "spohn_rate")) {
            assertTrue(Quantity.problem(name, Mode.CLASSICAL).isEmpty(), name);
        }
        assertEquals("D_B is NaN in classical mode (the bodies have no density matrix)",
                Quantity.problem("D_B", Mode.CLASSICAL).orElseThrow());
        assertTrue(Quantity.problem(Quantity.IDENTITY_RESIDUAL, Mode.CLASSICAL).isPresent());
        assertTrue(Quantity.problem("cycle", Mode.CLASSICAL).isPresent());
        assertEquals("interior_AB exists only in classical mode, and this preset is in closed mode",
                Quantity.problem("interior_AB", Mode.CLOSED).orElseThrow());
        assertTrue(Quantity.problem("T_A_border", Mode.OPEN).isPresent());
        assertTrue(Quantity.problem("interior_B", null).isEmpty(), "the name exists");
    }

    @Test
    void theClassicalColumnsReadTheRunsNumbers() {
        Frame half = frames.get(1);
        assertEquals(0.5, half.time(), 1e-15);
        // run --csv, row t = 0.5
        assertEquals(0.3108753117254228, Quantity.ofFrame("interior_AB", half, frames.get(0), 2.0), 1e-12);
        assertEquals(0.002210803821669216, Quantity.ofFrame("interior_B", half, frames.get(0), 2.0), 1e-12);
        assertEquals(0.6114314499323747, Quantity.ofFrame("T_A_border", half, frames.get(0), 2.0), 1e-12);
        assertEquals(1.888568550067621, Quantity.ofFrame("T_B_border", half, frames.get(0), 2.0), 1e-12);
        // row t = 3.5: the peak of interior_A
        assertEquals(0.06160017505739454, Quantity.ofFrame("interior_A", frames.get(7), frames.get(0), 2.0), 1e-12);
        assertEquals(0.45000000000000207, Quantity.ofFrame("interior_AB", frames.get(0), frames.get(0), 2.0), 1e-12);
    }

    @Test
    void interiorABStaysPositiveThroughoutWhileSABGrows() {
        TourCheck positive = new TourCheck("interior_AB", TourCheck.Relation.ABOVE, 0, 0, true);
        TourCheck.Outcome outcome = positive.evaluate(frames, List.of(), 2.0);
        assertTrue(outcome.holds(), outcome.text());
        assertEquals("interior_AB from t = 0 to 200; claim: above 0, throughout", outcome.text());
        TourCheck grown = new TourCheck("S_AB", TourCheck.Relation.NEAR, 3.570171376422749, 1e-9, false);
        assertTrue(grown.evaluate(frames, List.of(), 2.0).holds());
        // run --csv: interior_AB first falls below 1e-5 at t = 191 (9.789e-6)
        TourCheck.Outcome tooStrict = new TourCheck("interior_AB", TourCheck.Relation.ABOVE, 1e-5, 0, true)
                .evaluate(frames, List.of(), 2.0);
        assertFalse(tooStrict.holds());
        assertEquals("interior_AB = 0.000009789 at t = 191; claim: above 0.00001, throughout", tooStrict.text());
    }
}
