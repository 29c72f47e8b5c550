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
import java.nio.file.Files;
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
            "Charts: drag a box to zoom, Ctrl+drag to pan, wheel to zoom about the cursor;",
            "double-click or 'Reset zoom' shows the whole run; right-click to copy the chart as an image.");

    private final ExplorerWindow window;
    private final Stage stage;
    private final SessionBuilder builder;
    private final ExportActions exports;

    ExplorerActions(ExplorerWindow window, Stage stage, SessionBuilder builder, ExportActions exports) {
        this.window = window;
        this.stage = stage;
        this.builder = builder;
        this.exports = exports;
        // closing the window with unsaved parameter edits asks first; Cancel keeps it open
        stage.setOnCloseRequest(event -> {
            if (!mayDiscardEdits("closing")) {
                event.consume();
            }
        });
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

    /**
     * Opens a preset file off the FX thread; a bad file opens the error dialog naming the problem.
     * Unsaved parameter edits are offered for saving first; Cancel keeps the current preset.
     */
    void open(Path file) {
        if (!mayDiscardEdits("opening " + file.getFileName())) {
            window.library().getItems().stream().filter(e -> e.file().equals(window.source())).findFirst()
                    .ifPresent(e -> window.library().getSelectionModel().select(e));
            return;
        }
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

    /**
     * True when nothing unsaved would be lost by {@code whatNext}: there are no unsaved edits, or
     * the person saved them (atomically, to the preset's own file) or chose to discard them.
     */
    boolean mayDiscardEdits(String whatNext) {
        UnsavedEdits edits = window.edits();
        if (window.model() == null || !edits.unsaved()) {
            return true;
        }
        Path file = edits.file() != null && Files.isRegularFile(edits.file()) ? edits.file() : null;
        UnsavedEditsPrompt.Choice choice = UnsavedEditsPrompt.ask(stage, edits.current().name(),
                file == null ? "a file you choose" : file.toString(), whatNext);
        return switch (choice) {
            case DISCARD -> true;
            case CANCEL -> false;
            case SAVE -> saveNow(edits.current(), file);
        };
    }

    /** Saves on the FX thread (the prompt waits for it); a failure keeps the edits and says why. */
    private boolean saveNow(Preset preset, Path file) {
        Path target = file;
        if (target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save preset");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Clausius preset", "*.json"));
            File chosen = chooser.showSaveDialog(stage);
            if (chosen == null) {
                return false;
            }
            target = chosen.toPath();
        }
        String note = writeNote(preset, target);
        window.statusBar().showAudit(new AuditLog.Note(note, note.startsWith("could")));
        return !note.startsWith("could");
    }

    /** Writes atomically; "saved FILE", or "could not save FILE: why" (the preset is then not marked saved). */
    private String writeNote(Preset preset, Path file) {
        try {
            PresetWriter.write(preset, file);
        } catch (Exception e) {
            return "could not save " + file + ": " + e.getMessage();
        }
        javafx.application.Platform.runLater(() -> {
            if (preset.equals(window.edits().current())) {
                window.edits().saved(preset);
            }
        });
        return "saved " + file;
    }

    /** Writes atomically (PresetWriter), off the FX thread; the status bar says how it went. */
    void save(Preset preset, Path file) {
        Thread thread = new Thread(() -> {
            String text = writeNote(preset, file);
            javafx.application.Platform.runLater(() -> window.statusBar().showAudit(
                    new AuditLog.Note(text, text.startsWith("could"))));
        }, "clausius-save");
        thread.setDaemon(true);
        thread.start();
    }
}
