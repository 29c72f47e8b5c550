package dev.clausius.app.exporter;

import dev.clausius.app.host.DialogFolders;
import dev.clausius.app.model.AuditLog;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.view.Dialogs;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.i18n.Texts;
import dev.clausius.app.view.chart.PanelView;

import dev.clausius.export.ExportFormat;
import dev.clausius.export.ExportNames;
import dev.clausius.export.FigureSize;
import dev.clausius.export.FailureText;
import dev.clausius.export.PanelTsv;
import dev.clausius.figures.Curve;
import dev.clausius.figures.FigureData;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Export and "Copy data": the dialogs and questions on the FX thread, the drawing and writing of
 * files on a background thread, the outcome as a status-bar line (and a dialog when it failed).
 */
public final class ExportActions {
    private final ExplorerWindow window;
    private final CurrentSession session;
    private final Stage stage;
    private final DialogFolders folders;
    private final Consumer<Runnable> background;
    private final Texts texts;

    /** The export commands of {@code window}; the dialog starts in the folder {@code folders} gives for exports. */
    public ExportActions(ExplorerWindow window, CurrentSession session, DialogFolders folders) {
        this(window, session, folders, work -> {
            Thread thread = new Thread(work, "clausius-export");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** As above, with the drawing and writing run by {@code background} (tests run it in place). */
    public ExportActions(ExplorerWindow window, CurrentSession session, DialogFolders folders,
                         Consumer<Runnable> background) {
        this.window = window;
        this.session = session;
        this.folders = folders;
        this.stage = window.stage();
        this.texts = window.texts();
        window.header().setOnExport(this::showDialog);
        window.header().setOnCopyData(this::copyData);
        this.background = background;
    }

    /** Opens the export dialog for the panel shown now. */
    public ExportDialog showDialog() {
        PanelView panel = window.currentPanel();
        ExportDialog dialog = new ExportDialog(stage, texts, panel.figure().title(), panel.figure().name(), stem(),
                ExportNames.pattern(stem()), folders.startFolder(DialogFolders.Purpose.EXPORTS));
        dialog.show(this::export);
        return dialog;
    }

    /** A figure that is not a panel (a sweep's): its files for a choice of directory, formats and size. */
    public interface FigureJob {
        /** The files the export would write, known before anything is drawn. */
        List<Path> targets(Path directory, Set<ExportFormat> formats, FigureSize size);

        /** Draws and writes them (off the FX thread), each atomically; the files written. */
        List<Path> write(Path directory, Set<ExportFormat> formats, FigureSize size) throws IOException;
    }

    /**
     * The export dialog for {@code job} over {@code owner} (formats, size, directory), then the same
     * question before replacing files, writing off the FX thread and status line as a panel's export.
     */
    public ExportDialog showFigureDialog(Window owner, String stem, String filesPattern, FigureJob job) {
        ExportDialog dialog = new ExportDialog(owner, texts, null, null, stem, filesPattern,
                folders.startFolder(DialogFolders.Purpose.EXPORTS));
        dialog.show(request -> {
            folders.used(DialogFolders.Purpose.EXPORTS, request.directory());
            List<Path> existing = job.targets(request.directory(), request.formats(), request.size()).stream()
                    .filter(java.nio.file.Files::exists).toList();
            confirmAndRun(owner, existing, request.directory(),
                    () -> job.write(request.directory(), request.formats(), request.size()));
        });
        return dialog;
    }

    /** Asks before replacing files, then draws and writes off the FX thread. */
    public void export(ExportRequest request) {
        folders.used(DialogFolders.Purpose.EXPORTS, request.directory());
        // the data is copied here, on the FX thread that owns it; the exporter draws fresh charts from the copy
        FigureExporter exporter = new FigureExporter(request, session.snapshot(), window.texts());
        confirmAndRun(stage, exporter.existingTargets(), request.directory(), exporter::write);
    }

    /** What an export writes, off the FX thread. */
    @FunctionalInterface
    private interface Writing {
        List<Path> write() throws IOException;
    }

    private void confirmAndRun(Window owner, List<Path> existing, Path directory, Writing writing) {
        if (existing.isEmpty()) {
            run(writing, directory);
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, overwriteText(existing), ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(texts.get("export.replace.title"));
        ask.setHeaderText(texts.get("export.replace.header"));
        ask.getDialogPane().setId("exportOverwrite");
        Dialogs.label(ask, ButtonType.OK, texts.get("export.replace"));
        Dialogs.label(ask, ButtonType.CANCEL, texts.get("dialog.cancel"));
        Dialogs.orient(ask, texts.language().rightToLeft());
        ask.setOnHidden(e -> {
            if (ask.getResult() == ButtonType.OK) {
                run(writing, directory);
            } else {
                window.statusBar().showAudit(new AuditLog.Note(texts.get("export.cancelled"), false));
            }
        });
        ask.show();
    }

    private String overwriteText(List<Path> existing) {
        String first = existing.get(0).getFileName().toString();
        return existing.size() == 1 ? texts.get("export.exists.one", first)
                : texts.get("export.exists.more", first, existing.size() - 1);
    }

    private void run(Writing writing, Path directory) {
        window.statusBar().showAudit(new AuditLog.Note(texts.get("export.running", directory), false));
        window.header().setExporting(true);
        background.accept(() -> {
            List<Path> written;
            try {
                written = writing.write();
            } catch (IOException | RuntimeException e) {
                String reason = texts.get("export.failed.note", FailureText.describe(e));
                Platform.runLater(() -> failed(reason));
                return;
            }
            String done = texts.get("export.done", written.size(), directory);
            Platform.runLater(() -> {
                window.header().setExporting(false);
                window.statusBar().showAudit(new AuditLog.Note(done, false));
            });
        });
    }

    private void failed(String reason) {
        window.header().setExporting(false);
        window.statusBar().showAudit(new AuditLog.Note(reason, true));
        Alert alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(texts.get("export.failed.title"));
        alert.setHeaderText(texts.get("export.failed.header"));
        Dialogs.label(alert, ButtonType.OK, texts.get("dialog.ok"));
        Dialogs.orient(alert, texts.language().rightToLeft());
        alert.getDialogPane().setId("exportFailed");
        alert.show();
    }

    /** The current panel's series, every frame, as tab-separated text with a header row. */
    public void copyData() {
        PanelView panel = window.currentPanel();
        List<Curve> curves = panel.figure().timePlots().stream().flatMap(p -> p.curves().stream()).toList();
        if (curves.isEmpty()) {
            window.statusBar().showAudit(new AuditLog.Note(texts.get("copy.none", panel.figure().title()), false));
            return;
        }
        FigureData data = session.snapshot();
        ClipboardContent content = new ClipboardContent();
        content.putString(PanelTsv.text(curves, data.frames()));
        Clipboard.getSystemClipboard().setContent(content);
        window.statusBar().showAudit(new AuditLog.Note(texts.get("copy.done", data.frames().size(),
                curves.size(), panel.figure().title()), false));
    }

    /** File names start with the preset file's name (as the CLI's), or the preset's name if it has no file. */
    private String stem() {
        Path source = session.source();
        return ExportNames.safeStem(source != null && source.getFileName() != null ? source.getFileName().toString()
                : session.preset().name());
    }
}
