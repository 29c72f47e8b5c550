package dev.clausius.app;

import dev.clausius.app.compare.CompareActions;
import dev.clausius.app.control.ExplorerActions;
import dev.clausius.app.control.ParameterDrag;
import dev.clausius.app.diagnostics.PulseStats;
import dev.clausius.app.exporter.ExportActions;
import dev.clausius.app.host.DialogFolders;
import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SessionBuilder;
import dev.clausius.app.session.SessionLoader;
import dev.clausius.app.sweep.SweepActions;
import dev.clausius.app.tour.TourMenu;
import dev.clausius.app.tour.TourPanel;
import dev.clausius.app.tour.TourPlayer;
import dev.clausius.app.view.ExplorerWindow;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import javafx.stage.Stage;

import java.util.Locale;


/**
 * The composition root: makes the explorer's parts and wires them, and nothing else. The
 * session (view-model) knows no one; the window (view) knows the session and offers hooks; the
 * commands, the exporter, the tours and the diagnostics are handed the window and the session
 * and hook themselves in. No part reaches back up to this class.
 */
public final class Explorer {

    private final CurrentSession session;
    private final SessionBuilder builder;
    private final ExplorerWindow window;
    private final ExplorerActions actions;
    private final ExportActions exports;
    private final TourPanel tours;
    private final PulseStats pulseStats;
    private final CompareActions compare;
    private final SweepActions sweeps;
    private final ParameterDrag drags;

    /** The explorer in {@code stage}, opening files with {@code loader}, showing {@code session}. */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session) {
        this(stage, loader, session, Texts.of(Language.chosen(System.getProperty(Language.PROPERTY), null,
                Locale.getDefault())));
    }

    /** The explorer speaking {@code texts}' language. */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session, Texts texts) {
        this.session = session;
        this.builder = new SessionBuilder(loader);
        this.window = new ExplorerWindow(stage, session, builder, texts);
        // one memory of the dialogs' folders, shared by the preset and the export dialogs
        DialogFolders folders = DialogFolders.fromSystem();
        this.exports = new ExportActions(window, session, folders);
        this.actions = new ExplorerActions(window, session, builder, folders, exports::showDialog);
        this.drags = new ParameterDrag(window, session, actions);
        this.tours = new TourPanel(new TourPlayer(window, session, actions::show), window::setSidePanel);
        // a tour loads its own presets: unsaved parameter edits are offered for saving first
        TourMenu.attach(window.toursMenu(), ShippedPresets.folder(), tour -> {
            if (actions.mayDiscardEdits("starting the tour " + tour.name())) {
                tours.start(tour);
            }
        });
        window.addKeyHandler(tours::onKeyPressed);
        this.pulseStats = PulseStats.of(window);
        this.compare = new CompareActions(window, session, loader, folders);
        this.sweeps = new SweepActions(window, session, actions, exports, ShippedPresets.folder());
        // through the window, not a handler on the stage: the stage may outlive this explorer
        window.addOnClose(() -> {
            builder.close();
            compare.close();
        });
    }

    /** The explorer with the real preset reader, remembering its sessions across restarts. */
    public static Explorer create(Stage stage) {
        return new Explorer(stage, new PresetFileLoader(), CurrentSession.remembered());
    }

    public CurrentSession session() {
        return session;
    }

    public ExplorerWindow window() {
        return window;
    }

    public ExplorerActions actions() {
        return actions;
    }

    public ExportActions exports() {
        return exports;
    }

    public TourPanel tours() {
        return tours;
    }

    public CompareActions compare() {
        return compare;
    }

    public SweepActions sweeps() {
        return sweeps;
    }

    /** The sliders' drags: live rebuilds of a small system, the ghost of the curves before. */
    public ParameterDrag drags() {
        return drags;
    }

    public PulseStats pulseStats() {
        return pulseStats;
    }
}
