package dev.clausius.app.control;

import dev.clausius.app.host.DialogFolders;
import dev.clausius.app.model.AuditLog;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.Parameter;
import dev.clausius.app.session.ParameterCommit;
import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.session.PresetTexts;
import dev.clausius.app.session.Session;
import dev.clausius.app.session.SessionBuilder;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.app.view.Dialogs;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.KeyboardPaths;
import dev.clausius.app.view.PresetErrorDialog;
import dev.clausius.app.view.UnsavedEditsPrompt;

import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import dev.clausius.preset.write.PresetWriter;
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
public final class ExplorerActions {

    private final Texts texts;

    private final ExplorerWindow window;
    private final Stage stage;
    private final CurrentSession session;
    private final SessionBuilder builder;
    private final DialogFolders folders;
    private final Runnable export;

    /**
     * The commands of {@code window} (it gets them through its hooks); the open and save dialogs
     * start in the folder {@code folders} gives; {@code export} opens the export dialog (Ctrl+E).
     */
    public ExplorerActions(ExplorerWindow window, CurrentSession session, SessionBuilder builder,
                           DialogFolders folders, Runnable export) {
        this.window = window;
        this.texts = window.texts();
        this.stage = window.stage();
        this.session = session;
        this.builder = builder;
        this.folders = folders;
        this.export = export;
        window.header().setOnOpen(this::chooseAndOpen);
        window.header().setOnSave(this::chooseAndSave);
        window.header().setOnHelp(this::showHelp);
        window.hooks().setOnLibraryChoice(this::open);
        window.hooks().setOnParameterEdit(this::editParameter);
        window.hooks().setOnPin(this::pin);
        window.hooks().setOnClearPins(() -> session.pins().clear());
        session.pins().setOnNotice(texts, text -> window.statusBar().showAudit(new AuditLog.Note(text, false)));
        window.addKeyHandler(this::onKeyPressed);
        // closing the window with unsaved parameter edits asks first; Cancel keeps it open
        stage.setOnCloseRequest(event -> {
            if (!mayDiscardEdits(texts.get("edits.next.closing"))) {
                event.consume();
            }
        });
    }

    public void onKeyPressed(KeyEvent event) {
        if (KeyboardPaths.belongsToFocusedControl(event)) {
            return;
        }
        if (event.getTarget() instanceof javafx.scene.control.TextInputControl && !event.isShortcutDown()
                && event.getCode() != KeyCode.F1) {
            return;
        }
        if (session.model() == null && event.getCode() != KeyCode.F1) {
            return; // the first session is still being prepared: nothing to play, export or save yet
        }
        boolean handled = true;
        if (event.isShortcutDown() && event.getCode() == KeyCode.O) {
            chooseAndOpen();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.S) {
            chooseAndSave();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.E) {
            export.run();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.L) {
            window.header().languageMenu().show(); // then the arrows and Enter choose
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.P) {
            window.setProjector(!window.projectorOn());
        } else if (event.getCode() == KeyCode.P && !event.isShortcutDown()) {
            if (event.isShiftDown()) {
                session.pins().clear();
            } else {
                pin();
            }
        } else if (event.getCode() == KeyCode.SPACE) {
            session.model().togglePlay();
        } else if (event.getCode() == KeyCode.RIGHT) {
            session.model().step();
        } else if (event.getCode() == KeyCode.R && !event.isShortcutDown()) {
            session.reset();
        } else if (event.getCode() == KeyCode.F1) {
            showHelp();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Pins the run on screen; the status bar says which pin it is (and which one a fifth drops). */
    public void pin() {
        session.pin();
    }

    public Alert showHelp() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, texts.get("help.keys"), ButtonType.OK);
        alert.setTitle(texts.get("help.title"));
        alert.setHeaderText(texts.get("help.header"));
        Dialogs.label(alert, ButtonType.OK, texts.get("dialog.ok"));
        Dialogs.orient(alert, texts.language().rightToLeft());
        alert.getDialogPane().setId("keyboardHelp");
        alert.getDialogPane().setStyle("-fx-font-family: monospace;");
        alert.initOwner(stage);
        alert.show();
        return alert;
    }

    public void chooseAndOpen() {
        FileChooser chooser = presetChooser(texts.get("chooser.open"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            folders.usedFile(DialogFolders.Purpose.PRESETS, file.toPath());
            open(file.toPath());
        }
    }

    /**
     * Opens a preset file off the FX thread; a bad file opens the error dialog naming the problem.
     * Unsaved parameter edits are offered for saving first; Cancel keeps the current preset.
     */
    public void open(Path file) {
        if (!mayDiscardEdits(texts.get("edits.next.opening", file.getFileName()))) {
            window.library().select(session.source());
            return;
        }
        if (session.model() != null) {
            session.model().pause();
        }
        builder.open(file, built -> {
            show(built);
            PresetLibrary.entry(file).ifPresent(window.library()::add);
        }, message -> PresetErrorDialog.show(texts, message, () -> { }));
    }

    /**
     * Shows a preset read from {@code source} (a tour step's, maybe on its own grid), then runs
     * {@code whenShown}; if its evolver cannot be built, the error dialog opens and {@code whenFailed}
     * gets the message.
     */
    public void show(Preset preset, Path source, Runnable whenShown, java.util.function.Consumer<String> whenFailed) {
        if (session.model() != null) {
            session.model().pause();
        }
        builder.rebuild(preset, source.toString(), built -> {
            String problem = session.show(built);
            if (problem == null) {
                whenShown.run();
            } else {
                PresetErrorDialog.show(texts, problem, () -> { });
                whenFailed.accept(problem);
            }
        }, message -> {
            PresetErrorDialog.show(texts, message, () -> { });
            whenFailed.accept(message);
        });
    }

    public void rebuild(Preset preset, Path source) {
        session.model().pause();
        builder.rebuild(preset, source == null ? preset.name() : source.toString(), this::show,
                message -> window.sheet().showMessage(message));
    }

    /** Shows a built session; a time grid it cannot play opens the error dialog. */
    private void show(Session built) {
        String problem = session.show(built);
        if (problem != null) {
            PresetErrorDialog.show(texts, problem, () -> { });
        }
    }

    /** A parameter edited in the sheet: validated at once, then the session rebuilt in the background. */
    public void editParameter(Parameter parameter, String text) {
        Path source = session.source();
        ParameterCommit.Result result = ParameterCommit.commit(parameter, text,
                source == null ? session.preset().name() : source.toString());
        if (result.problem() != null) {
            window.sheet().showMessage(result.problem());
            return;
        }
        window.sheet().showMessage(null);
        rebuild(result.preset(), source);
    }

    public void chooseAndSave() {
        FileChooser chooser = presetChooser(texts.get("chooser.save"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            folders.usedFile(DialogFolders.Purpose.PRESETS, file.toPath());
            save(session.preset(), file.toPath());
        }
    }

    /**
     * True when nothing unsaved would be lost by {@code whatNext}: there are no unsaved edits, or
     * the person saved them (atomically, to the preset's own file) or chose to discard them.
     */
    public boolean mayDiscardEdits(String whatNext) {
        UnsavedEdits edits = session.edits();
        if (session.model() == null || !edits.unsaved()) {
            return true;
        }
        Path file = edits.file() != null && Files.isRegularFile(edits.file()) ? edits.file() : null;
        UnsavedEditsPrompt.Choice choice = UnsavedEditsPrompt.ask(stage, texts,
                PresetTexts.of(edits.current(), texts.language()).name(),
                file == null ? texts.get("edits.saveTo.chosen") : file.toString(), whatNext);
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
            FileChooser chooser = presetChooser(texts.get("chooser.save"));
            File chosen = chooser.showSaveDialog(stage);
            if (chosen == null) {
                return false;
            }
            target = chosen.toPath();
            folders.usedFile(DialogFolders.Purpose.PRESETS, target);
        }
        AuditLog.Note note = writeNote(preset, target);
        window.statusBar().showAudit(note);
        return !note.warning();
    }

    /** Writes atomically; "saved FILE", or the warning "could not save FILE: why" (the preset is then not marked saved). */
    private AuditLog.Note writeNote(Preset preset, Path file) {
        try {
            PresetWriter.write(preset, file);
        } catch (Exception e) {
            return new AuditLog.Note(texts.get("save.failed", file, e.getMessage()), true);
        }
        javafx.application.Platform.runLater(() -> {
            if (preset.equals(session.edits().current())) {
                session.edits().saved(preset);
            }
        });
        return new AuditLog.Note(texts.get("save.done", file), false);
    }

    /** Writes atomically (PresetWriter), off the FX thread; the status bar says how it went. */
    public void save(Preset preset, Path file) {
        Thread thread = new Thread(() -> {
            AuditLog.Note note = writeNote(preset, file);
            javafx.application.Platform.runLater(() -> window.statusBar().showAudit(note));
        }, "clausius-save");
        thread.setDaemon(true);
        thread.start();
    }

    /** A file dialog for preset files (*.json), in the folder last used for presets, else the documents folder. */
    private FileChooser presetChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // a folder that does not exist makes some platforms' dialogs fail: then the dialog's own default
        File start = folders.startFolder(DialogFolders.Purpose.PRESETS).toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("chooser.filter"), "*.json"));
        return chooser;
    }

}
