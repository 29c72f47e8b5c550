package dev.clausius.app;

import dev.clausius.app.model.AuditLog;

import dev.clausius.export.TestFrames;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Invariants;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frame beyond a numerical guard shows in the real window's status bar, and stays shown. */
@ExtendWith(ApplicationExtension.class)
class StatusBarBreachTest {

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        // from t = 1 to t = 1.5 the state is not Hermitian; before and after it is
        var evolver = TestFrames.checkedBy(ResonantQubitsEvolver.standard(),
                t -> new Invariants(1e-16, t >= 1 && t <= 1.5 ? 1e-6 : 0, 0.1, 0, 0, 0, 0));
        explorer = TestWindows.open(stage, preset, evolver);
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private boolean hermiticityAmber(FxRobot robot) {
        return onFx(() -> robot.lookup("#check-hermiticity").queryAs(Label.class).getStyleClass().contains("amber"));
    }

    @Test
    void theBreachTurnsItsCheckAmberAndLeavesANoteThatOutlivesIt(FxRobot robot) throws TimeoutException {
        waitUntil(10, () -> onFx(() -> explorer.session().model().shownIndex()) == 0);
        assertFalse(hermiticityAmber(robot));
        assertEquals("", onFx(() -> explorer.window().statusBar().auditText()));

        onFx(() -> {
            explorer.session().model().seek(5); // t = 1.25
            return null;
        });
        waitUntil(10, () -> onFx(() -> explorer.session().model().shownIndex()) == 5);
        waitUntil(5, () -> hermiticityAmber(robot));
        String note = onFx(() -> explorer.window().statusBar().auditText());
        assertTrue(note.startsWith("⚠ numerical check beyond its threshold at t = 1.0: hermiticity"), note);

        onFx(() -> {
            explorer.session().model().seek(20); // t = 5: fine again
            return null;
        });
        waitUntil(10, () -> onFx(() -> explorer.session().model().shownIndex()) == 20);
        waitUntil(5, () -> !hermiticityAmber(robot));
        assertEquals(note, onFx(() -> explorer.window().statusBar().auditText()), "the first breach stays in view");
        onFx(() -> {
            explorer.window().statusBar().showAudit(new AuditLog.Note("Σ < 0 at t = 2: expected in a closed system", false));
            return null;
        });
        assertEquals(note, onFx(() -> explorer.window().statusBar().auditText()), "an explanation does not cover it");
        onFx(() -> {
            explorer.session().reset();
            return null;
        });
        waitUntil(5, () -> onFx(() -> explorer.window().statusBar().auditText()).isEmpty());
    }
}
