package dev.clausius.app.session;

import dev.clausius.app.ResonantQubitsEvolver;
import dev.clausius.app.TestPresets;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.figures.FigureData;
import dev.clausius.preset.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session view-model without a window: what show() replaces, refuses and hands to the views. */
class CurrentSessionTest {

    @TempDir
    Path home;

    private CurrentSession session() {
        return new CurrentSession(new UnsavedEdits(new SessionMemory(home.resolve("config"))));
    }

    @Test
    void showingASessionPublishesItsModelOnTheGridOfItsPreset() {
        try (CurrentSession current = session()) {
            List<SimulationModel> published = new ArrayList<>();
            current.modelProperty().addListener((obs, old, model) -> published.add(model));
            Preset preset = TestPresets.resonantQubits(0.25, 10.0);
            assertNull(current.show(new Session(preset, ResonantQubitsEvolver.standard(), home.resolve("a.json"))));

            assertEquals(1, published.size());
            assertSame(published.get(0), current.model());
            assertSame(preset, current.preset());
            assertEquals(home.resolve("a.json"), current.source());
            // 0, 0.25, ..., 10: 41 frames, ending at the preset's end
            assertEquals(41, current.model().grid().size());
            assertEquals(10.0, current.model().grid().end());
        }
    }


    @Test
    void aGridThatCannotBePlayedIsRefusedWithItsPathAndTheSessionStays() {
        try (CurrentSession current = session()) {
            current.show(new Session(TestPresets.resonantQubits(0.25, 10.0), ResonantQubitsEvolver.standard()));
            SimulationModel shown = current.model();
            Preset endless = TestPresets.resonantQubits(0.25, Double.POSITIVE_INFINITY);
            String problem = current.show(new Session(endless, ResonantQubitsEvolver.standard(), Path.of("x.json")));

            assertTrue(problem.startsWith("x.json: $.time: "), problem);
            assertTrue(problem.contains("finite end"), problem);
            assertSame(shown, current.model(), "the session on screen is kept");
        }
    }

    @Test
    void theSnapshotIsACopyThatLaterFramesDoNotChange() {
        try (CurrentSession current = session()) {
            current.show(new Session(TestPresets.resonantQubits(0.25, 10.0), ResonantQubitsEvolver.standard()));
            current.model().step();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (current.model().frames().isEmpty() && System.nanoTime() < deadline) {
                current.model().pulse(System.nanoTime());
                Thread.onSpinWait();
            }
            FigureData snapshot = current.snapshot();
            assertEquals(1, snapshot.frames().size());
            assertEquals(0.0, snapshot.frames().get(0).time());
            current.model().step();
            while (current.model().frames().size() < 2 && System.nanoTime() < deadline) {
                current.model().pulse(System.nanoTime());
                Thread.onSpinWait();
            }
            assertEquals(2, current.model().frames().size());
            assertEquals(1, snapshot.frames().size(), "the copy keeps the frames it was taken with");
            assertFalse(snapshot.frames() == current.model().frames());
        }
    }
}
