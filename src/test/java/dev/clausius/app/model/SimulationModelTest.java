package dev.clausius.app.model;

import dev.clausius.app.ResonantQubitsEvolver;

import dev.clausius.dynamics.Evolver;
import dev.clausius.dynamics.TimeGrid;
import dev.clausius.export.TestFrames;
import dev.clausius.thermo.Frame;
import dev.clausius.thermo.Invariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view-model on its own: no window, no FX toolkit; the test thread plays the FX thread. */
class SimulationModelTest {

    /** A 60 Hz pulse, rounded up so 60 frames/s gives exactly one frame per pulse. */
    private static final long PULSE_NANOS = 16_666_667L;

    private final ResonantQubitsEvolver evolver = ResonantQubitsEvolver.standard();
    private final TimeGrid grid = new TimeGrid(0.25, 10.0);
    private final List<SimulationModel> models = new ArrayList<>();
    private long clock;

    private SimulationModel model(Evolver evolver, int framesPerPulse) {
        return model(evolver, grid, framesPerPulse);
    }

    /** A model playing {@code framesPerPulse} frames per 60 Hz pulse. */
    private SimulationModel model(Evolver evolver, TimeGrid grid, int framesPerPulse) {
        SimulationModel model = new SimulationModel(evolver, grid, 60.0 * framesPerPulse);
        models.add(model);
        return model;
    }

    @AfterEach
    void closeModels() {
        models.forEach(SimulationModel::close);
    }

    /** Pulses like an AnimationTimer at 60 Hz until the condition holds (the producer is another thread). */
    private void pulseUntil(SimulationModel model, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for frames");
            clock += PULSE_NANOS;
            model.pulse(clock);
            Thread.sleep(2);
        }
    }

    @Test
    void startsPausedAtTimeZeroWithNothingShown() throws InterruptedException {
        SimulationModel model = model(evolver, 1);
        for (int i = 0; i < 20; i++) {
            model.pulse(clock += PULSE_NANOS);
            Thread.sleep(1);
        }
        assertEquals(0.0, model.timeProperty().get());
        assertFalse(model.playingProperty().get());
        assertTrue(model.frames().isEmpty());
        assertTrue(evolver.callerThreads.isEmpty(), "nothing is computed before play");
    }

    @Test
    void playShowsTheEvolversFramesInGridOrderOnlyFromTheBackgroundThread() throws InterruptedException {
        SimulationModel model = model(evolver, 2);
        model.play();
        assertTrue(model.playingProperty().get());
        pulseUntil(model, () -> model.frames().size() >= 12);

        ResonantQubitsEvolver reference = ResonantQubitsEvolver.standard();
        for (int k = 0; k < model.frames().size(); k++) {
            Frame shown = model.frames().get(k);
            assertEquals(grid.time(k), shown.time());
            assertEquals(reference.frameAt(grid.time(k)), shown);
        }
        Frame newest = model.frames().get(model.frames().size() - 1);
        assertEquals(newest.time(), model.timeProperty().get());
        assertEquals(java.util.Set.of("clausius-evolver"), evolver.callerThreads);
    }

    @Test
    void eachPulseShowsTheFramesDueByThePlaybackRateInOneListChange() throws InterruptedException {
        SimulationModel model = model(evolver, 3);
        List<Integer> batchSizes = new ArrayList<>();
        model.frames().addListener((javafx.collections.ListChangeListener<Frame>) change -> {
            while (change.next()) {
                batchSizes.add(change.getAddedSize());
            }
        });
        model.play();
        pulseUntil(model, () -> model.frames().size() >= 20);
        assertFalse(batchSizes.isEmpty());
        assertTrue(batchSizes.stream().allMatch(n -> n >= 1 && n <= 3), batchSizes.toString());
    }

    @Test
    void pauseStopsGrowthAndPlayResumesWhereItStopped() throws InterruptedException {
        SimulationModel model = model(evolver, 1);
        model.play();
        pulseUntil(model, () -> model.frames().size() >= 5);
        model.pause();
        int shown = model.frames().size();
        double time = model.timeProperty().get();
        Thread.sleep(100); // let the producer run ahead into its queue
        for (int i = 0; i < 30; i++) {
            model.pulse(clock += PULSE_NANOS);
        }
        assertEquals(shown, model.frames().size());
        assertEquals(time, model.timeProperty().get());
        assertEquals(0.0, model.framesPerSecondProperty().get());

        model.play();
        pulseUntil(model, () -> model.frames().size() > shown);
        assertEquals(grid.time(shown), model.frames().get(shown).time(), "no frame skipped or repeated");
    }

    @Test
    void resetGoesBackToTimeZeroAndPlaysFromTheStartAgain() throws InterruptedException {
        SimulationModel model = model(evolver, 2);
        model.play();
        pulseUntil(model, () -> model.frames().size() >= 10);
        model.reset();
        assertEquals(0.0, model.timeProperty().get());
        assertFalse(model.playingProperty().get());
        assertTrue(model.frames().isEmpty());

        model.play();
        pulseUntil(model, () -> model.frames().size() >= 4);
        for (int k = 0; k < model.frames().size(); k++) {
            assertEquals(grid.time(k), model.frames().get(k).time(), "stale frames leaked past reset");
        }
    }

    @Test
    void stopsAtTheEndOfTheGridAndPlayStartsAgain() throws InterruptedException {
        SimulationModel model = model(evolver, 8);
        model.play();
        pulseUntil(model, () -> model.finishedProperty().get());
        assertEquals(grid.size(), model.frames().size());
        assertEquals(grid.end(), model.timeProperty().get());
        assertFalse(model.playingProperty().get());

        model.play();
        assertTrue(model.frames().isEmpty());
        assertTrue(model.playingProperty().get());
        pulseUntil(model, () -> !model.frames().isEmpty());
        assertEquals(0.0, model.frames().get(0).time());
    }

    @Test
    void anEvolverFailureStopsPlaybackWithItsMessage() throws InterruptedException {
        Evolver failing = new Evolver() {
            @Override
            public Frame frameAt(double t) {
                if (t >= 1.0) {
                    throw new IllegalStateException("eigensolver did not converge");
                }
                return evolver.frameAt(t);
            }

            @Override
            public int dimension() {
                return 4;
            }
        };
        SimulationModel model = model(failing, 1);
        model.play();
        pulseUntil(model, () -> model.failureProperty().get() != null);
        assertFalse(model.playingProperty().get());
        assertEquals(4, model.frames().size(), "t = 0, 0.25, 0.5, 0.75 were fine");
        assertTrue(model.failureProperty().get().contains("eigensolver did not converge"));
        assertTrue(model.failureProperty().get().contains("t = 1.0"));

        model.reset();
        assertNull(model.failureProperty().get());
    }

    @Test
    void framesPerSecondIsMeasuredOverOneSecondOfPulses() throws InterruptedException {
        // 401 frames: more than one second of pulses at one frame per pulse
        SimulationModel model = model(evolver, new TimeGrid(0.25, 100.0), 1);
        model.play();
        pulseUntil(model, () -> model.framesPerSecondProperty().get() > 0);
        // 60 frames/s asked for, a little less if the producer fell behind
        double fps = model.framesPerSecondProperty().get();
        assertTrue(fps > 30 && fps < 62, "frames/s " + fps); // a one-second window, give or take a frame
    }

    @Test
    void slowPulsesShowBiggerBatchesSoPlaybackSpeedDoesNotDependOnTheRefreshRate()
            throws InterruptedException {
        SimulationModel model = model(evolver, new TimeGrid(0.25, 100.0), 1); // 60 frames/s
        model.play();
        Thread.sleep(200); // let the producer fill its queue
        model.pulse(clock);
        assertEquals(1, model.frames().size(), "the first pulse shows one frame at once");
        for (int i = 0; i < 7; i++) {
            model.pulse(clock += 1_000_000_000L / 7); // software rendering under Xvfb: ~7 pulses/s
        }
        // one second of playback at 60 frames/s, with batches of 8 or 9
        assertEquals(61, model.frames().size(), 1);
    }

    @Test
    void aStallDoesNotMakePlaybackJump() throws InterruptedException {
        SimulationModel model = model(evolver, new TimeGrid(0.25, 100.0), 1);
        model.play();
        Thread.sleep(200);
        model.pulse(clock);
        model.pulse(clock += 5_000_000_000L); // five seconds without a pulse
        assertEquals(1 + 15, model.frames().size(), "at most a quarter second of frames in one pulse");
    }

    @Test
    void defaultSpeedPlaysAGridInAboutTenSeconds() {
        assertEquals(40.1, SimulationModel.defaultPlaybackRate(new TimeGrid(0.25, 100.0)), 1e-12);
        assertEquals(1000.1, SimulationModel.defaultPlaybackRate(new TimeGrid(0.01, 100.0)), 1e-9);
        assertEquals(30.0, SimulationModel.defaultPlaybackRate(new TimeGrid(0.25, 10.0)), "short grids do not crawl");
    }

    @Test
    void statusLineNamesTimeRateAndState() {
        assertEquals("t = 12.50 / 100.00   60 frames/s   playing",
                StatusText.of(12.5, 100, 60, true, false, null));
        assertTrue(StatusText.of(0, 100, 0, false, false, null).contains("paused"));
        assertTrue(StatusText.of(100, 100, 0, false, true, null).contains("finished"));
        String failed = StatusText.of(1, 100, 0, false, false, "evolver failed at t = 1.0: boom");
        assertNotNull(failed);
        assertTrue(failed.endsWith("evolver failed at t = 1.0: boom"));
    }

    @Test
    void stepShowsExactlyOneFrameAndStaysPaused() throws InterruptedException {
        SimulationModel model = model(evolver, 1);
        model.step();
        pulseUntil(model, () -> model.frames().size() == 1);
        model.step();
        model.step();
        pulseUntil(model, () -> model.frames().size() == 3);
        for (int i = 0; i < 5; i++) {
            clock += PULSE_NANOS;
            model.pulse(clock);
        }
        assertEquals(3, model.frames().size());
        assertFalse(model.playingProperty().get());
        assertEquals(0.5, model.timeProperty().get());
    }

    @Test
    void seekForwardComputesUpToTheTargetAndSeekBackDropsTheRest() throws InterruptedException {
        SimulationModel model = model(evolver, 1);
        model.seek(20);
        pulseUntil(model, () -> model.frames().size() == 21);
        assertFalse(model.seeking());
        assertEquals(5.0, model.timeProperty().get());
        model.seek(4);
        assertEquals(5, model.frames().size());
        assertEquals(1.0, model.timeProperty().get());
        model.step();
        pulseUntil(model, () -> model.frames().size() == 6);
        assertEquals(evolver.frameAt(1.25), model.frames().get(5));
    }

    @Test
    void fastestSpeedShowsEveryFrameAsSoonAsItIsReady() throws InterruptedException {
        SimulationModel model = model(evolver, 1);
        model.setSpeed(Speed.MAX);
        assertEquals(Double.POSITIVE_INFINITY, model.playbackRate());
        model.play();
        pulseUntil(model, () -> model.finishedProperty().get());
        assertEquals(grid.size(), model.frames().size());
        model.setSpeed(Speed.SLOW);
        assertEquals(model.playbackRate(), 60.0 * 0.25, 1e-12);
    }

    @Test
    void aLongRunKeepsABoundedHistoryAndSeeksBackIntoItsDecimatedPart() throws InterruptedException {
        TimeGrid long200 = new TimeGrid(0.25, 50.0); // 201 frames
        SimulationModel model = new SimulationModel(evolver, long200, 60.0, new FrameHistory(20, 10));
        models.add(model);
        model.setSpeed(Speed.MAX);
        model.play();
        int[] largest = {0};
        pulseUntil(model, () -> {
            largest[0] = Math.max(largest[0], model.frames().size());
            return model.finishedProperty().get();
        });
        assertEquals(201, model.framesShown());
        assertEquals(200, model.shownIndex());
        assertTrue(largest[0] <= 20 + 10 + FrameProducer.LOOKAHEAD, "stored at most " + largest[0]);
        assertEquals(50.0, model.timeProperty().get());
        // grid index 101 is in the decimated head (odd): the model goes back to a kept frame and runs forward to it
        model.seek(101);
        pulseUntil(model, () -> !model.seeking());
        assertEquals(101, model.shownIndex());
        assertEquals(evolver.frameAt(101 * 0.25), model.frames().get(model.frames().size() - 1));
        assertFalse(model.playingProperty().get());
    }

    @Test
    void theFirstBreachedGuardIsKeptUntilReset() throws InterruptedException {
        // frames from t = 1 on report a non-Hermitian state
        Evolver breaking = TestFrames.checkedBy(evolver, t -> new Invariants(1e-16, t < 1 ? 0 : 1e-6, 0.1, 0, 0, 0, 0));
        SimulationModel model = model(breaking, 1);
        model.seek(3);
        pulseUntil(model, () -> !model.seeking());
        assertNull(model.breachProperty().get(), "t <= 0.75 is fine");
        model.seek(10);
        pulseUntil(model, () -> !model.seeking());
        assertEquals("t = 1.0: hermiticity", model.breachProperty().get());
        model.reset();
        assertNull(model.breachProperty().get());
    }
}
