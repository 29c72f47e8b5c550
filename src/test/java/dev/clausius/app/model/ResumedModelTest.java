package dev.clausius.app.model;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.Evolvers;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import dev.clausius.thermo.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model resumed at grid index k from frames computed elsewhere (a live rebuild during a drag)
 * plays on exactly as a model that played from t = 0: the same frames and, for an engine, whose
 * evolver runs forward only, the same cycle records, both at k and at the end.
 */
class ResumedModelTest {
    private static final long PULSE_NANOS = 16_666_667L;
    private long clock;

    private void pulseUntil(SimulationModel model, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for frames");
            model.pulse(clock += PULSE_NANOS);
            Thread.yield();
        }
    }

    private List<Frame> playToEnd(SimulationModel model) {
        model.setSpeed(Speed.MAX);
        model.play();
        pulseUntil(model, () -> model.finishedProperty().get());
        return List.copyOf(model.frames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"otto-qubit.json", "resonant-qubits.json", "lindblad-qubit.json", "classical-bars.json"})
    void aResumedModelPlaysOnAsIfItHadPlayedFromTheStart(String file) throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", file));
        TimeGrid grid = TimeGrid.of(preset);
        try (SimulationModel plain = SimulationModel.forPreset(preset, Evolvers.create(preset, file))) {
            List<Frame> whole = playToEnd(plain);
            List<CycleRecord> cyclesAtEnd = plain.latestProperty().get().cycles();

            int k = grid.size() / 2;
            Evolver evolver = Evolvers.create(preset, file);
            PlayedFrames played = PlayedFrames.compute(evolver, grid, k);
            assertEquals(whole.subList(0, k + 1), played.frames(), "frames 0..k as played from t = 0");
            List<CycleRecord> cyclesAtK = played.extras().get(k).cycles();
            assertEquals(cyclesAtEnd.subList(0, cyclesAtK.size()), cyclesAtK, "the cycles completed by t_k");
            if (file.startsWith("otto")) {
                assertTrue(!cyclesAtK.isEmpty() && cyclesAtK.size() < cyclesAtEnd.size(),
                        "half way through an engine's run some, not all, cycles are done: " + cyclesAtK.size());
            }

            try (SimulationModel resumed = SimulationModel.resumed(preset, evolver, played, Speed.NORMAL)) {
                assertEquals(k, resumed.shownIndex());
                assertEquals(grid.time(k), resumed.timeProperty().get());
                assertFalse(resumed.playingProperty().get());
                assertEquals(whole, playToEnd(resumed), "the rest computed by the same evolver, from k + 1");
                assertEquals(cyclesAtEnd, resumed.latestProperty().get().cycles());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 25})
    void catchUpShowsTheFramesUpToAnIndexWithoutPausing(int target) throws Exception {
        Preset preset = PresetReader.read(Path.of("presets", "resonant-qubits.json"));
        TimeGrid grid = TimeGrid.of(preset);
        Evolver evolver = Evolvers.create(preset, "resonant-qubits.json");
        PlayedFrames played = PlayedFrames.compute(evolver, grid, 5);
        try (SimulationModel resumed = SimulationModel.resumed(preset, evolver, played, Speed.NORMAL)) {
            resumed.catchUp(target);
            pulseUntil(resumed, () -> resumed.shownIndex() >= target);
            assertEquals(target, resumed.shownIndex(), "caught up to the index, not beyond, while paused");
            assertFalse(resumed.seeking());
            assertFalse(resumed.playingProperty().get());
        }
    }
}
