package dev.clausius.figures.describe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle on a clock of our own: at most one description a second, none without a change, none lost. */
class DescriptionThrottleTest {
    private static final long SECOND = DescriptionThrottle.INTERVAL_NANOS;
    private static final long PULSE = 16_666_667L;

    @Test
    void playingAt60PulsesASecondWithAFrameEachDescribesOncePerSecond() {
        DescriptionThrottle throttle = new DescriptionThrottle();
        List<Long> described = new ArrayList<>();
        long start = 123_456_789L;
        for (int pulse = 0; pulse < 600; pulse++) {
            long now = start + pulse * PULSE;
            throttle.changed();
            if (throttle.due(now)) {
                described.add(now);
            }
        }
        // ten seconds of pulses: the first at once, then one each second
        assertEquals(10, described.size());
        assertEquals(start, described.get(0));
        for (int i = 1; i < described.size(); i++) {
            long gap = described.get(i) - described.get(i - 1);
            assertTrue(gap >= SECOND && gap < SECOND + PULSE, "gap " + gap);
        }
    }

    @Test
    void nothingChangedNothingDescribedAndAChangeWithinTheSecondWaitsButIsNotLost() {
        DescriptionThrottle throttle = new DescriptionThrottle();
        assertFalse(throttle.due(0), "no change yet");
        throttle.changed();
        assertTrue(throttle.due(0));
        assertFalse(throttle.due(PULSE), "described already");
        throttle.changed(); // the last frame of a run, 0.5 s after the previous description
        assertFalse(throttle.due(SECOND / 2));
        assertFalse(throttle.due(SECOND - 1));
        assertTrue(throttle.due(SECOND), "given a second after the previous one");
        assertFalse(throttle.due(5 * SECOND), "and only once");
        throttle.changed(); // a single step after a quiet while is described at once
        assertTrue(throttle.due(5 * SECOND + PULSE));
    }
}
