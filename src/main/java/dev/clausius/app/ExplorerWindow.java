package dev.clausius.app;

import dev.clausius.figures.FigureData;
import dev.clausius.figures.FigureStyle;
import dev.clausius.figures.Figures;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The thin controller of the explorer window: lays out the views (FXML + CSS), wires user actions
 * to the model, and drives the model from one AnimationTimer that redraws at most once per pulse
 * and only the visible panel. It computes no physics: sessions are built by {@link SessionBuilder}.
 */
public final class ExplorerWindow {

    static final String TITLE_PREFIX = "Clausius - ";
    static final String CSS = "/dev/clausius/app/css/clausius.css";
    static final String PROJECTOR_CSS = "/dev/clausius/app/css/projector.css";

    @FXML private BorderPane root;
    @FXML private ListView<PresetLibrary.Entry> library;
    @FXML private Label description;
    @FXML private ProgressIndicator progress;
    @FXML private Button cancel;
    @FXML private Label buildStage;
    @FXML private VBox sheetHolder;
    @FXML private Label presetName;
    @FXML private ToggleButton projector;
    @FXML private MenuButton export;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem copyDataItem;
    @FXML private MenuItem openItem;
    @FXML private MenuItem saveItem;
    @FXML private Button help;
    @FXML private MenuButton tours;
    @FXML private TabPane panels;
    @FXML private VBox transportHolder;
    @FXML private VBox statusHolder;

    private final Stage stage;
    private final SessionBuilder builder;
    private final ExplorerStatusBar statusBar = new ExplorerStatusBar();
    private final ParameterSheet sheet = new ParameterSheet(this::commitParameter);
    private final ExplorerActions actions;
    private final ExportActions exports;
    private final AnimationTimer timer;
    private final TourPanel tourPanel;
    private final PulseStats pulseStats = new PulseStats();
    private final ChartPainter painter = new ChartPainter();
    private final UnsavedEdits edits = new UnsavedEdits(SessionMemory.fromSystem());
    private Preset preset;
    private Path source;
    private SimulationModel model;
    private AuditLog audit;
    private List<PanelView> panelViews = new ArrayList<>();
    private TransportBar transport;
    private final List<Frame> newFrames = new ArrayList<>();
    private boolean dirty;
    private long shownNanos = -1;
    private PreparingPanel preparing;

    public ExplorerWindow(Stage stage, Preset preset, SimulationModel model) {
        this(stage, preset, model, null, new PresetFileLoader());
    }

    ExplorerWindow(Stage stage, Preset preset, SimulationModel model, Path source, SessionLoader loader) {
        this(stage, loader);
        setSession(preset, model, source);
    }

    /**
     * The window without a session yet: layout, library and a "preparing" panel, shown while the
     * first preset is read and its evolver built (ND4J's start-up alone takes seconds) off the FX
     * thread; {@link #setSession} attaches the result.
     */
    ExplorerWindow(Stage stage, SessionLoader loader) {
        this.stage = stage;
        this.builder = new SessionBuilder(loader);
        FXMLLoader fxml = new FXMLLoader(ExplorerWindow.class.getResource("explorer.fxml"));
        fxml.setController(this);
        try {
            fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheetHolder.getChildren().add(sheet.node());
        statusHolder.getChildren().add(statusBar.node());
        progress.visibleProperty().bind(builder.busyProperty());
        cancel.visibleProperty().bind(builder.busyProperty());
        progress.progressProperty().bind(builder.progressProperty());
        buildStage.visibleProperty().bind(builder.busyProperty());
        buildStage.textProperty().bind(builder.stageProperty());
        cancel.setOnAction(e -> builder.cancel());
        export.setTooltip(new Tooltip("Export figures (PNG, SVG, PDF) and data (CSV), copy data, save the preset"));
        // never larger than the screen (a laptop, a projector at 1024x768, Monocle's 1280x800)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.getStylesheets().add(ExplorerWindow.class.getResource(CSS).toExternalForm());
        exports = new ExportActions(this, stage);
        actions = new ExplorerActions(this, stage, builder, exports);
        exportItem.setOnAction(e -> exports.showDialog());
        copyDataItem.setOnAction(e -> exports.copyData());
        openItem.setOnAction(e -> actions.chooseAndOpen());
        saveItem.setOnAction(e -> actions.chooseAndSave());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, actions::onKeyPressed);
        projector.selectedProperty().addListener((obs, was, on) -> setProjector(on));
        help.setOnAction(e -> actions.showHelp());
        tourPanel = new TourPanel(new TourPlayer(this, actions::show), root::setRight);
        // a tour loads its own presets: unsaved parameter edits are offered for saving first
        TourMenu.attach(tours, Path.of("presets"), tour -> {
            if (actions.mayDiscardEdits("starting the tour " + tour.name())) {
                tourPanel.start(tour);
            }
        });
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, tourPanel::onKeyPressed);
        // the tour's side panel narrows the centre: a long preset name gives way, the header's buttons keep their text
        for (javafx.scene.layout.Region button : List.of(projector, export, tours, help)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        presetName.setMinWidth(0);
        library.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.file().equals(source)) {
                actions.open(entry.file());
            }
        });
        panels.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> dirty = true);
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(() -> pulseStats.layoutDone(System.nanoTime()));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
        stage.setOnHidden(event -> close());
        export.setDisable(true);
    }

    /** Says which preset is being prepared, in the title and in place of the panels. */
    void showPreparing(String name, LatestProgress progress) {
        stage.setTitle(TITLE_PREFIX + name);
        presetName.setText(name);
        preparing = new PreparingPanel(name, progress);
        panels.getTabs().setAll(preparing.tab());
    }

    /** Replaces the preset and model shown (after opening a file or editing a parameter). */
    void setSession(Preset newPreset, SimulationModel newModel, Path newSource) {
        if (model != null) {
            model.close();
        }
        preset = newPreset;
        model = newModel;
        preparing = null;
        source = newSource;
        edits.sessionChanged(newPreset, newSource);
        audit = new AuditLog(preset);
        export.setDisable(false);
        stage.setTitle(TITLE_PREFIX + preset.name());
        presetName.setText(preset.name());
        description.setText(preset.description() == null ? "" : preset.description());
        int selected = Math.max(0, panels.getSelectionModel().getSelectedIndex());
        panelViews = new ArrayList<>();
        panels.getTabs().clear();
        double end = model.grid().end();
        for (var figure : Figures.forPreset(preset, end)) {
            PanelView view = new PanelView(figure, () -> model.frames(), end, painter);
            panelViews.add(view);
            Tab tab = new Tab(figure.title(), view.node());
            tab.setId(figure.name() + "Tab");
            panels.getTabs().add(tab);
        }
        panels.getSelectionModel().select(selected);
        transport = new TransportBar(model, this::reset);
        transportHolder.getChildren().setAll(transport.node());
        statusBar.bind(model);
        sheet.show(PresetParameters.of(preset));
        model.frames().addListener((ListChangeListener<Frame>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    audit.clear();
                    newFrames.clear();
                    newFrames.addAll(change.getList());
                } else if (change.wasAdded()) {
                    newFrames.addAll(change.getAddedSubList());
                }
            }
            dirty = true;
        });
        setProjector(projector.isSelected());
        dirty = true;
        // the state at t = 0 is on screen at once; playback waits for Space
        model.step();
    }

    void addToLibrary(PresetLibrary.Entry entry) {
        if (library.getItems().stream().noneMatch(e -> e.file().equals(entry.file()))) {
            library.getItems().add(entry);
        }
    }

    void setLibrary(List<PresetLibrary.Entry> entries) {
        library.getItems().setAll(entries);
    }

    private void onPulse(long now) {
        if (model == null) {
            if (preparing != null) {
                preparing.update(); // still preparing the first session
            }
            return;
        }
        long start = System.nanoTime();
        pulseStats.pulseStarted(start);
        model.pulse(now);
        if (!newFrames.isEmpty()) {
            if (audit.inspect(newFrames)) {
                List<AuditLog.Note> notes = audit.notes();
                statusBar.showAudit(notes.get(notes.size() - 1));
            }
            newFrames.clear();
            statusBar.showInvariants(model.latestProperty().get().invariants());
        }
        if (dirty) {
            dirty = false;
            int index = panels.getSelectionModel().getSelectedIndex();
            if (index >= 0 && index < panelViews.size()) {
                panelViews.get(index).redraw(snapshot());
            }
        }
        pulseStats.record(now, System.nanoTime() - start, model.frames().size());
    }

    /** What the panels draw, for the painter and exports: the model appends to its live list every pulse. */
    FigureData snapshot() {
        FrameExtras latest = model.latestProperty().get();
        return new FigureData(preset, List.copyOf(model.frames()), List.copyOf(latest.cycles()), latest.stateA(),
                latest.stateB(), model.grid().end());
    }

    /** The thread that owns and draws the live charts. */
    ChartPainter painter() {
        return painter;
    }

    PanelView currentPanel() {
        return panelViews.get(Math.max(0, panels.getSelectionModel().getSelectedIndex()));
    }

    /** One export at a time: the menu item waits until the running one has finished. */
    void setExporting(boolean running) {
        exportItem.setDisable(running);
    }

    ExplorerActions actions() {
        return actions;
    }

    ExportActions exports() {
        return exports;
    }

    void reset() {
        model.reset();
        model.step();
    }

    void setProjector(boolean on) {
        String css = ExplorerWindow.class.getResource(PROJECTOR_CSS).toExternalForm();
        if (on && !stage.getScene().getStylesheets().contains(css)) {
            stage.getScene().getStylesheets().add(css);
        } else if (!on) {
            stage.getScene().getStylesheets().remove(css);
        }
        for (PanelView view : panelViews) {
            view.style(on ? FigureStyle.PROJECTOR : FigureStyle.NORMAL);
        }
        if (projector.isSelected() != on) {
            projector.setSelected(on);
        }
        dirty = true;
    }

    private void commitParameter(Parameter parameter, String text) {
        ParameterCommit.Result result = ParameterCommit.commit(parameter, text,
                source == null ? preset.name() : source.toString());
        if (result.problem() != null) {
            sheet.showMessage(result.problem());
            return;
        }
        sheet.showMessage(null);
        actions.rebuild(result.preset(), source);
    }

    /** Shows the window and starts the pulses; playback itself waits for Space or Play. */
    public void show() {
        timer.start();
        stage.show();
        if (shownNanos < 0) {
            shownNanos = System.nanoTime();
        }
    }

    /** When the window first appeared (System.nanoTime), for the launch benchmark; -1 before. */
    long shownNanos() {
        return shownNanos;
    }

    public SimulationModel model() {
        return model;
    }

    public Preset preset() {
        return preset;
    }

    Path source() {
        return source;
    }

    List<PanelView> panelViews() {
        return panelViews;
    }

    PanelView panel(String name) {
        return panelViews.stream().filter(v -> v.figure().name().equals(name)).findFirst().orElseThrow();
    }

    TabPane tabs() {
        return panels;
    }

    ParameterSheet sheet() {
        return sheet;
    }

    UnsavedEdits edits() {
        return edits;
    }

    ExplorerStatusBar statusBar() {
        return statusBar;
    }

    TransportBar transport() {
        return transport;
    }

    PulseStats pulseStats() {
        return pulseStats;
    }

    TourPanel tourPanel() {
        return tourPanel;
    }

    ListView<PresetLibrary.Entry> library() {
        return library;
    }

    boolean projectorOn() {
        return projector.isSelected();
    }

    void close() {
        timer.stop();
        if (model != null) {
            model.close();
        }
        builder.close();
        painter.close();
    }
}
