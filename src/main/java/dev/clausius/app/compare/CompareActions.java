package dev.clausius.app.compare;

import dev.clausius.app.host.DialogFolders;
import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.LoadResult;
import dev.clausius.app.session.PartnerSession;
import dev.clausius.app.session.SessionLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.app.view.PresetErrorDialog;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.app.model.SimulationModel;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The compare panel's commands: which preset stands beside the shown one, and "Compare with...".
 * Until the user picks one, the partner is the paper's contrast: the classical bars beside a
 * quantum preset, the resonant qubits beside a classical one (both start at T_A = 0.5, T_B = 2).
 * Partners are read and built on their own thread, never on the FX thread.
 */
public final class CompareActions implements AutoCloseable {
    /** The partner of a quantum preset. */
    public static final String CLASSICAL_PARTNER = "classical-bars.json";
    /** The partner of a classical preset. */
    public static final String QUANTUM_PARTNER = "resonant-qubits.json";

    private final ExplorerWindow window;
    private final CurrentSession session;
    private final SessionLoader loader;
    private final DialogFolders folders;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "clausius-partner-builder");
        thread.setDaemon(true);
        return thread;
    });
    // removed on close: the session outlives these actions when the window's language is switched
    private final ChangeListener<SimulationModel> onModel = (obs, old, model) -> {
        if (model != null) {
            showDefaultPartner();
        }
    };
    /** Counts loads (FX thread): a partner that arrives after a later request is dropped. */
    private long generation;
    private Path requested;

    public CompareActions(ExplorerWindow window, CurrentSession session, SessionLoader loader, DialogFolders folders) {
        this.window = window;
        this.session = session;
        this.loader = loader;
        this.folders = folders;
        window.hooks().setOnCompareWith(this::choose);
        session.modelProperty().addListener(onModel);
        if (session.model() != null && session.partner().model() == null) {
            showDefaultPartner();
        }
    }

    /** The shipped preset that stands beside {@code preset} until the user picks another. */
    public static Path defaultPartner(Preset preset) {
        return ShippedPresets.folder().resolve(preset.mode() == Mode.CLASSICAL ? QUANTUM_PARTNER : CLASSICAL_PARTNER);
    }

    /** Puts the default partner of the shown preset beside it, unless the user chose one. */
    private void showDefaultPartner() {
        PartnerSession partner = session.partner();
        if (partner.chosen() || session.preset() == null) {
            return;
        }
        Path file = defaultPartner(session.preset());
        if (!file.equals(requested)) {
            load(file, false);
        }
    }

    /** Shows {@code file}'s preset beside the shown one, kept when the shown preset changes. */
    public void compareWith(Path file) {
        load(file, true);
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(window.texts().get("compare.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(window.texts().get("compare.chooser.filter"), "*.json"));
        File start = folders.startFolder(DialogFolders.Purpose.PRESETS).toFile();
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            folders.usedFile(DialogFolders.Purpose.PRESETS, file.toPath());
            compareWith(file.toPath());
        }
    }

    private void load(Path file, boolean chosen) {
        long mine = ++generation;
        requested = file;
        builder.execute(() -> {
            LoadResult result = SessionLoading.load(file, loader);
            Platform.runLater(() -> {
                if (mine != generation) {
                    return;
                }
                String problem = result.failed() ? result.error() : session.partner().show(result.session(), chosen);
                if (problem != null) {
                    requested = null;
                    if (chosen) {
                        PresetErrorDialog.show(window.texts(), problem, () -> { });
                    } else {
                        System.err.println("clausius: compare panel: " + problem);
                    }
                }
            });
        });
    }

    @Override
    public void close() {
        session.modelProperty().removeListener(onModel);
        builder.shutdownNow();
    }
}
