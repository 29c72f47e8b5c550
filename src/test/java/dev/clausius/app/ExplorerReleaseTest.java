package dev.clausius.app;

import dev.clausius.preset.Preset;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A closed explorer lets go of everything once its stage shows another: TestFX hands every test
 * the same primary stage, and a handler left on it kept each test's window, with its chart
 * images (some 45 MB a window), until the suite ran out of heap.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerReleaseTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private Explorer openDrawn() throws TimeoutException {
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        Explorer explorer = onFx(() -> TestWindows.open(stage, preset, ResonantQubitsEvolver.standard()));
        waitUntil(20, () -> explorer.session().model().shownIndex() == 0);
        return explorer;
    }

    @Test
    void aClosedExplorerIsCollectedOnceItsStageShowsAnother() throws TimeoutException {
        WeakReference<Explorer> first = new WeakReference<>(openDrawn());
        TestWindows.hide(stage);
        openDrawn();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            System.gc();
            return first.get() == null;
        });
        assertNull(first.get());
        // the stage's hidden handler is the second window's own, and it goes when that one closes
        TestWindows.hide(stage);
        assertNull(onFx(stage::getOnHidden), "a closed window leaves no handler on its stage");
    }
}
