package dev.clausius.app;

import dev.clausius.preset.Preset;
import dev.clausius.preset.PresetWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;

/** The window's commands (keys, open, save, rebuild, help), kept out of the layout code. */
final class ExplorerActions {

    static final String HELP = String.join("\n",
            "Space       play / pause",
            "Right       step one frame",
            "R           reset to t = 0",
            "Ctrl+O      open a preset file",
            "Ctrl+S      save the current preset (with your edits)",
            "Ctrl+E      export figures (PNG, SVG, PDF) and data (CSV)",
            "Ctrl+P      projector mode on / off",
            "F1          this help",
            "PageDown    next step of the open tour (Tours menu)",
            "PageUp      previous step of the tour",
            "Escape      close the tour",
            "",
            "Charts: drag to zoom, Ctrl+drag to pan, wheel to zoom; 'Reset zoom' shows the whole run.");

    private final ExplorerWindow window;
    private final Stage stage;
    private final SessionBuilder builder;
    private final ExportActions exports;

    ExplorerActions(ExplorerWindow window, Stage stage, SessionBuilder builder, ExportActions exports) {
        this.window = window;
        this.stage = stage;
        this.builder = builder;
        this.exports = exports;
    }

    void onKeyPressed(KeyEvent event) {
        if (event.getTarget() instanceof javafx.scene.control.TextInputControl && !event.isShortcutDown()
                && event.getCode() != KeyCode.F1) {
            return;
        }
        if (window.model() == null && event.getCode() != KeyCode.F1) {
            return; // the first session is still being prepared: nothing to play, export or save yet
        }
        boolean handled = true;
        if (event.isShortcutDown() && event.getCode() == KeyCode.O) {
            chooseAndOpen();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.S) {
            chooseAndSave();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.E) {
            exports.showDialog();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.P) {
            window.setProjector(!window.projectorOn());
        } else if (event.getCode() == KeyCode.SPACE) {
            window.model().togglePlay();
        } else if (event.getCode() == KeyCode.RIGHT) {
            window.model().step();
        } else if (event.getCode() == KeyCode.R && !event.isShortcutDown()) {
            window.reset();
        } else if (event.getCode() == KeyCode.F1) {
            showHelp();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    Alert showHelp() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, HELP, ButtonType.OK);
        alert.setTitle("Clausius - keyboard");
        alert.setHeaderText("Keyboard");
        alert.getDialogPane().setId("keyboardHelp");
        alert.getDialogPane().setStyle("-fx-font-family: monospace;");
        alert.initOwner(stage);
        alert.show();
        return alert;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open preset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Clausius preset", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a preset file off the FX thread; a bad file opens the error dialog naming the problem. */
    void open(Path file) {
        if (window.model() != null) {
            window.model().pause();
        }
        builder.open(file, session -> {
            show(session);
            PresetLibrary.entry(file).ifPresent(window::addToLibrary);
        }, message -> PresetErrorDialog.show(message, () -> { }));
    }

    /**
     * Shows a preset read from {@code source} (a tour step's, maybe on its own grid), then runs
     * {@code whenShown}; if its evolver cannot be built, the error dialog opens and {@code whenFailed}
     * gets the message.
     */
    void show(Preset preset, Path source, Runnable whenShown, java.util.function.Consumer<String> whenFailed) {
        if (window.model() != null) {
            window.model().pause();
        }
        builder.rebuild(preset, source.toString(), session -> {
            show(session);
            whenShown.run();
        }, message -> {
            PresetErrorDialog.show(message, () -> { });
            whenFailed.accept(message);
        });
    }

    void rebuild(Preset preset, Path source) {
        window.model().pause();
        builder.rebuild(preset, source == null ? preset.name() : source.toString(), this::show,
                message -> window.sheet().showMessage(message));
    }

    private void show(Session session) {
        SimulationModel model = new SimulationModel(session.evolver(), PlaybackGrid.of(session.preset()));
        window.setSession(session.preset(), model, session.source());
    }

    void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save preset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Clausius preset", "*.json"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save(window.preset(), file.toPath());
        }
    }

    /** Writes atomically (PresetWriter), off the FX thread; the status bar says how it went. */
    void save(Preset preset, Path file) {
        Thread thread = new Thread(() -> {
            String note;
            try {
                PresetWriter.write(preset, file);
                note = "saved " + file;
            } catch (Exception e) {
                note = "could not save " + file + ": " + e.getMessage();
            }
            String text = note;
            javafx.application.Platform.runLater(() -> window.statusBar().showAudit(
                    new AuditLog.Note(text, text.startsWith("could"))));
        }, "clausius-save");
        thread.setDaemon(true);
        thread.start();
    }
}
