package dev.clausius.app;

import dev.clausius.app.session.Session;
import dev.clausius.app.session.SessionLoader;

import dev.clausius.dynamics.SetupProgress;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loader whose setup reports one stage of a diagonalization and then waits until the test
 * releases it (at most 10 s), as a build of a large preset would; the session is physics-free.
 */
final class SlowSetupLoader implements SessionLoader {
    private final double fraction;
    private final String stage;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    SlowSetupLoader(double fraction, String stage) {
        this.fraction = fraction;
        this.stage = stage;
    }

    @Override
    public Session open(Path presetFile) {
        return new Session(TestPresets.resonantQubits(0.5, 10.0), ResonantQubitsEvolver.standard());
    }

    @Override
    public Session open(Path presetFile, SetupProgress progress) {
        progress.reached(fraction, stage);
        reported.countDown();
        try {
            released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return open(presetFile);
    }

    /** Waits until the setup has made its report. */
    void awaitReport() throws InterruptedException {
        reported.await(10, TimeUnit.SECONDS);
    }

    /** Lets the setup finish. */
    void release() {
        released.countDown();
    }
}
