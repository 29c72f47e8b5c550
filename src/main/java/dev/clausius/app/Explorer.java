package dev.clausius.app;

import dev.clausius.app.compare.CompareActions;
import dev.clausius.app.control.ExplorerActions;
import dev.clausius.app.control.ParameterDrag;
import dev.clausius.app.diagnostics.PulseStats;
import dev.clausius.app.exporter.ExportActions;
import dev.clausius.app.host.DialogFolders;
import dev.clausius.app.host.ShippedPresets;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.LanguageMemory;
import dev.clausius.app.session.PresetLibrary;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;


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
    private final Stage stage;
    private final SessionLoader loader;
    private final LanguageMemory languages;
    private final List<Consumer<Explorer>> onLanguageSwitch = new ArrayList<>();

    /**
     * The explorer in {@code stage}, opening files with {@code loader}, showing {@code session}, in
     * the language of {@code -Dclausius.locale}, else the one chosen last, else the OS's.
     */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session) {
        this(stage, loader, session, LanguageMemory.fromSystem());
    }

    /** As {@link #Explorer(Stage, SessionLoader, CurrentSession)}, remembering the language in {@code languages}. */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session, LanguageMemory languages) {
        this(stage, loader, session, startingTexts(languages), languages);
    }

    /** The explorer speaking {@code texts}' language; a choice in its Language menu is kept in the settings folder. */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session, Texts texts) {
        this(stage, loader, session, texts, LanguageMemory.fromSystem());
    }

    /** The explorer speaking {@code texts}' language; a choice in its Language menu is kept in {@code languages}. */
    public Explorer(Stage stage, SessionLoader loader, CurrentSession session, Texts texts, LanguageMemory languages) {
        this.stage = stage;
        this.loader = loader;
        this.languages = languages;
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
        TourMenu.attach(window.header().toursMenu(), ShippedPresets.folder(), window.texts(), tour -> {
            if (actions.mayDiscardEdits(texts.get("edits.next.tour", tour.name().in(texts.language())))) {
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
        window.header().setOnLanguage(this::switchLanguage);
    }

    /** The language to start in: {@code -Dclausius.locale}, else the one remembered in {@code languages}, else the OS's. */
    public static Texts startingTexts(LanguageMemory languages) {
        return Texts.of(languages.startLanguage(System.getProperty(Language.PROPERTY), Locale.getDefault()));
    }

    /**
     * Remembers {@code language} and shows the same session (preset, edits, time, pins, partner)
     * in a new explorer in that language, on the same stage; this one lets go of both. An open
     * tour or sweep window closes (they are reopened from their menus in the new language).
     *
     * @return the explorer now on the stage (this one if the language is already this one's)
     */
    public Explorer switchLanguage(Language language) {
        languages.remember(language);
        if (language == window.texts().language()) {
            return this;
        }
        boolean projector = window.projectorOn();
        int panel = window.tabs().getSelectionModel().getSelectedIndex();
        List<PresetLibrary.Entry> library = List.copyOf(window.library().view().getItems());
        if (tours.isOpen()) {
            tours.close();
        }
        sweeps.close();
        window.handOver();
        Explorer next = new Explorer(stage, loader, session, Texts.of(language), languages);
        next.window.library().setAll(library);
        next.window.setProjector(projector);
        next.window.tabs().getSelectionModel().select(Math.max(0, panel));
        next.onLanguageSwitch.addAll(onLanguageSwitch);
        next.window.show();
        onLanguageSwitch.forEach(listener -> listener.accept(next));
        return next;
    }

    /** Told of the explorer that replaces this one (and its successors) when the language is switched. */
    public void addOnLanguageSwitch(Consumer<Explorer> listener) {
        onLanguageSwitch.add(listener);
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
