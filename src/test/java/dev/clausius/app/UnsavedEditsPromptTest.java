package dev.clausius.app;

import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.ParameterCommit;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.session.Session;
import dev.clausius.app.view.UnsavedEditsPrompt;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetReader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clausius.app.FxReads.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window asks before unsaved parameter edits are lost, and Save, Discard and Cancel do what they say. */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsPromptTest {

    @TempDir
    Path directory;
    private Stage stage;
    private Explorer explorer;
    private Path file;
    private Preset original;
    private Preset edited;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = directory.resolve("resonant.json");
        Files.copy(Path.of("presets/resonant-qubits.json"), file);
        original = PresetReader.read(file);
        Parameter first = PresetParameters.of(original).get(0);
        edited = ParameterCommit.commit(first, Double.toString(first.value() * 1.5), file.toString()).preset();
        // a stand-in loader: opening another file shows the same preset without physics
        explorer = TestWindows.open(stage, original, ResonantQubitsEvolver.standard(), file,
                f -> new Session(PresetReader.read(f), ResonantQubitsEvolver.standard(), f));
    }


    /** What a parameter commit ends in: the edited preset shown, from the same file. */
    private void editAParameter() {
        onFx(() -> {
            explorer.session().show(new Session(edited, ResonantQubitsEvolver.standard(), file));
            return null;
        });
        assertTrue(onFx(() -> explorer.session().edits().unsaved()));
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /** Sends a close request as the window manager would; true if the explorer let the window close. */
    private Future<Boolean> requestClose() {
        return WaitForAsyncUtils.asyncFx(() -> {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(request);
            return !request.isConsumed();
        });
    }

    /** Clicks the dialog's own button (the window has a "Cancel" of its own, for slow builds). */
    private void answer(FxRobot robot, ButtonType button) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#unsavedEdits").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(file.toString()), pane.getContentText());
        robot.clickOn(pane.lookupButton(button));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Edits a parameter, asks to close, answers; true if the window may then close. */
    private boolean closeAfterAnEdit(FxRobot robot, ButtonType button) throws Exception {
        editAParameter();
        Future<Boolean> closing = requestClose();
        answer(robot, button);
        return closing.get(5, TimeUnit.SECONDS);
    }

    @Test
    void withoutEditsClosingDoesNotAsk() throws Exception {
        assertTrue(requestClose().get(5, TimeUnit.SECONDS));
        assertTrue(onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count() == 1));
    }

    @Test
    void cancelKeepsTheWindowAndTheEdits(FxRobot robot) throws Exception {
        boolean closed = closeAfterAnEdit(robot, UnsavedEditsPrompt.CANCEL);
        assertFalse(closed, "Cancel keeps the window open");
        assertTrue(onFx(() -> explorer.session().edits().unsaved()));
        assertEquals(original, PresetReader.read(file));
    }

    @Test
    void discardClosesAndLeavesTheFileAsItWas(FxRobot robot) throws Exception {
        boolean closed = closeAfterAnEdit(robot, UnsavedEditsPrompt.DISCARD);
        assertTrue(closed);
        assertEquals(original, PresetReader.read(file));
    }

    @Test
    void saveWritesTheEditsToThePresetsFileThenCloses(FxRobot robot) throws Exception {
        boolean closed = closeAfterAnEdit(robot, UnsavedEditsPrompt.SAVE);
        assertTrue(closed);
        assertEquals(edited, PresetReader.read(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> explorer.session().edits().unsaved()));
        assertTrue(onFx(() -> explorer.window().statusBar().auditText()).contains("saved " + file));
    }

    @Test
    void openingAnotherPresetAsksAndCancelStaysOnThisOne(FxRobot robot) throws Exception {
        editAParameter();
        Path other = directory.resolve("other.json");
        Files.copy(Path.of("presets/detuned-qubits.json"), other);
        Future<Void> open = WaitForAsyncUtils.asyncFx(() -> explorer.actions().open(other));
        answer(robot, UnsavedEditsPrompt.CANCEL);
        open.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, onFx(() -> explorer.session().source()));
        assertEquals(edited, onFx(() -> explorer.session().preset()));
        assertNull(robot.lookup("#unsavedEdits").tryQuery().orElse(null), "the dialog is gone");
    }

    @Test
    void startingATourAsksAndCancelStaysOnTheEditedPreset(FxRobot robot) throws Exception {
        editAParameter();
        robot.clickOn("#tours");
        robot.clickOn("1. Heat flows, the entropies change, S_AB does not");
        answer(robot, UnsavedEditsPrompt.CANCEL);
        assertNull(onFx(() -> stage.getScene().lookup("#tourPanel")), "no tour started");
        assertEquals(edited, onFx(() -> explorer.session().preset()));
        assertTrue(onFx(() -> explorer.session().edits().unsaved()));
    }
}
