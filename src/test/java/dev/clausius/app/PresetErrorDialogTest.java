package dev.clausius.app;

import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.view.PresetErrorDialog;

import dev.clausius.preset.PresetException;
import dev.clausius.preset.PresetReader;
import dev.clausius.preset.Problem;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.clausius.app.FxReads.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad preset gives a dialog with the one-line message, not a crash and not an empty window. */
@ExtendWith(ApplicationExtension.class)
class PresetErrorDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aBadPresetShowsItsOneLineMessageAndOkCloses(FxRobot robot) {
        PresetException bad = new PresetException("presets/bad.json", new Problem("$.A.omega", "must be > 0, got -1"));
        AtomicBoolean closed = new AtomicBoolean();
        Optional<Explorer> window = onFx(() -> ExplorerApp.open(stage, Path.of("presets/bad.json"),
                file -> {
                    throw bad;
                }, () -> closed.set(true)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.isEmpty());
        assertFalse(onFx(stage::isShowing), "no explorer window for a bad preset");
        DialogPane pane = robot.lookup("#presetError").queryAs(DialogPane.class);
        assertEquals("presets/bad.json: $.A.omega: must be > 0, got -1", pane.getContentText());
        assertEquals(PresetErrorDialog.TITLE, onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()));

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(closed.get());
        assertTrue(onFx(() -> Window.getWindows().stream().noneMatch(Window::isShowing)));
    }

    @Test
    void theRealReadersMessageForAnInvalidFileIsShown(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("negative-omega.json");
        Files.writeString(file, Files.readString(Path.of("presets/resonant-qubits.json"))
                .replaceFirst("\\{ \"kind\": \"qubit\", \"omega\": 1.0 \\}", "{ \"kind\": \"qubit\", \"omega\": -1 }"));
        String expected = assertThrows(PresetException.class, () -> PresetReader.read(file)).getMessage();
        assertTrue(expected.contains("$.A.omega"), expected);
        assertOnlyTheDialogOpens(robot, file, expected);
    }

    @Test
    void aFileThatIsNotJsonIsShownInPlainWords(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"format\": \"clausius-preset\", \"coupling\": [{\"g\": 0.05}");
        String expected = file + ": $.coupling[0]: not valid JSON at line 1, column 55: the file ends inside an array: "
                + "the '[' opened at line 1, column 43 is never closed (nor the '{' around it, opened at line 1, column 1)";
        assertEquals(expected, SessionLoading.load(file, new PresetFileLoader()).error());
        assertOnlyTheDialogOpens(robot, file, expected);
    }

    /** Opening {@code file} with the real loader shows no window, only the dialog saying {@code expected}. */
    private void assertOnlyTheDialogOpens(FxRobot robot, Path file, String expected) {
        Optional<Explorer> window = onFx(() -> ExplorerApp.open(stage, file, new PresetFileLoader(), () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isEmpty());
        assertEquals(expected, robot.lookup("#presetError").queryAs(DialogPane.class).getContentText());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEvolverThatCannotBeBuiltIsReportedTheSameWay(FxRobot robot) {
        Optional<Explorer> window = onFx(() -> ExplorerApp.open(stage, Path.of("presets/x.json"),
                file -> {
                    throw new UnsupportedOperationException("mode not supported yet");
                }, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isEmpty());
        DialogPane pane = robot.lookup("#presetError").queryAs(DialogPane.class);
        assertEquals("presets/x.json: mode not supported yet", pane.getContentText());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
