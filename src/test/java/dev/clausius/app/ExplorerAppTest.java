package dev.clausius.app;

import dev.clausius.app.session.Session;

import dev.clausius.preset.Preset;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The Application's start: the preset is loaded off the FX thread, then the window shows. */
@ExtendWith(ApplicationExtension.class)
class ExplorerAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restoreDefaults() {
        WaitForAsyncUtils.asyncFx(() -> stage.hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startLoadsThePresetInTheBackgroundAndOpensItsWindow() throws TimeoutException {
        Set<String> loaderThreads = ConcurrentHashMap.newKeySet();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        LaunchRequest request = LaunchRequest.of(Path.of("presets/resonant-qubits.json"), file -> {
            loaderThreads.add(Thread.currentThread().getName());
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS); // a slow ND4J start-up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Preset preset = TestPresets.resonantQubits(0.25, 10.0);
            return new Session(preset, ResonantQubitsEvolver.standard());
        });
        onFx(() -> {
            new ExplorerApp(request).start(stage);
            return null;
        });
        // the window is up, saying what it prepares, before the session exists
        waitUntil(10, stage::isShowing);
        assertEquals("Clausius - resonant-qubits", onFx(stage::getTitle));
        assertEquals("preparing resonant-qubits...",
                onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#preparing")).getText()));
        release.countDown();
        waitUntil(10, () -> stage.getTitle().equals("Clausius - " + TestPresets.RESONANT_NAME));
        waitUntil(10, () -> stage.getScene().lookup("#entropiesChart") != null);
        assertEquals(Set.of("clausius-preset-loader"), loaderThreads);
        assertFalse(loaderThreads.contains("JavaFX Application Thread"));
    }

    @Test
    void aSlowFirstPresetShowsHowFarItsDiagonalizationHasGot() throws TimeoutException {
        SlowSetupLoader loader = new SlowSetupLoader(0.5, "diagonalizing H: block 1 of 2 (1024)");
        LaunchRequest request = LaunchRequest.of(Path.of("presets/resonant-qubits.json"), loader);
        onFx(() -> {
            new ExplorerApp(request).start(stage);
            return null;
        });
        waitUntil(10, () -> stage.getScene() != null && stage.getScene().lookup("#preparing") != null
                && ((javafx.scene.control.Label) stage.getScene().lookup("#preparing")).getText()
                        .equals("preparing resonant-qubits: diagonalizing H: block 1 of 2 (1024)"));
        assertEquals(0.5, onFx(() -> ((javafx.scene.control.ProgressIndicator) stage.getScene()
                .lookup("#preparingProgress")).getProgress()));
        loader.release();
        waitUntil(10, () -> stage.getScene().lookup("#entropiesChart") != null);
    }
}
