package dev.clausius.app.view;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.LatestProgress;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.session.PresetParameters;
import dev.clausius.app.session.PresetTexts;
import dev.clausius.app.session.SessionBuilder;
import dev.clausius.app.view.chart.ChartPainter;
import dev.clausius.app.view.chart.PanelView;
import dev.clausius.app.view.text.ScriptFont;
import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.figures.FigureStyle;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The explorer window, a view: lays out the library, the parameter sheet, the panels, the
 * transport and the status bar (FXML + CSS), shows the {@link CurrentSession} and redraws the
 * visible panel at most once per pulse from one AnimationTimer. It computes no physics and owns
 * no commands: what a menu item or a key does is set from outside through its hooks
 * ({@link #setOnOpen}, {@link #addKeyHandler}, ...).
 */
public final class ExplorerWindow {

    /** The English title's start; the title is the bundle's {@code window.title}. */
    public static final String TITLE_PREFIX = "Clausius - ";
    static final String CSS = "/dev/clausius/app/css/clausius.css";
    static final String PROJECTOR_CSS = "/dev/clausius/app/css/projector.css";

    @FXML private BorderPane root;
    @FXML private ListView<PresetLibrary.Entry> library;
    @FXML private TypesetLabel description;
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
    @FXML private MenuButton sweeps;
    @FXML private MenuButton languages;
    @FXML private TabPane panels;
    @FXML private VBox transportHolder;
    @FXML private VBox statusHolder;

    private final Stage stage;
    private final Texts texts;
    private final CurrentSession session;
    private final ExplorerStatusBar statusBar;
    private final ParameterSheet sheet;
    private final AnimationTimer timer;
    private final PanelTabs tabs;
    private final PanelDescriptions descriptions;
    private final PulseListeners pulseListeners = new PulseListeners();
    private final List<Runnable> onClose = new ArrayList<>();
    private final EventHandler<WindowEvent> closeOnHidden = event -> close();
    // kept to be removed again: the session outlives this window when the language is switched
    private final ChangeListener<SimulationModel> onModel = (obs, old, model) -> {
        if (model != null) {
            showSession(model);
        }
    };
    private final ChangeListener<Number> onPins = (obs, old, count) -> markDirty();
    private final NewFrames newFrames = new NewFrames(this::markDirty);
    private final WindowPulse pulse;
    private final WindowHooks hooks = new WindowHooks();
    private final LibraryList libraryList;
    private final HeaderMenus header;
    private TransportBar transport;
    private long shownNanos = -1;

    /**
     * The window, empty until {@code session} shows its first model: layout, library and, after
     * {@link #showPreparing}, a "preparing" panel while the first preset is read and built off the
     * FX thread. {@code builder}'s progress is shown beside the parameters.
     */
    public ExplorerWindow(Stage stage, CurrentSession session, SessionBuilder builder, Texts texts) {
        this.texts = texts;
        this.stage = stage;
        this.session = session;
        this.sheet = new ParameterSheet(hooks, texts);
        this.statusBar = new ExplorerStatusBar(texts);
        FXMLLoader fxml = new FXMLLoader(ExplorerWindow.class.getResource("explorer.fxml"), new TextsBundle(texts));
        this.descriptions = new PanelDescriptions(texts);
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
        // never larger than the screen (a laptop, a projector at 1024x768, Monocle's 1280x800)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(880, screen.getHeight()));
        scene.getStylesheets().add(ExplorerWindow.class.getResource(CSS).toExternalForm());
        projector.selectedProperty().addListener((obs, was, on) -> setProjector(on));
        // the tour's side panel narrows the centre: a long preset name gives way, the header's buttons keep their text
        for (Region button : List.of(projector, export, sweeps, tours, help, languages)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        presetName.setMinWidth(0);
        libraryList = new LibraryList(library, session::source, hooks::libraryChosen, texts);
        tabs = new PanelTabs(panels, texts);
        pulse = new WindowPulse(session, tabs, newFrames, statusBar, descriptions, pulseListeners);
        header = new HeaderMenus(openItem, saveItem, exportItem, copyDataItem, help, languages, texts.language(), tours,
                sweeps);
        // Persian mirrors the layout; the charts and the time slider keep time running left to right
        root.setNodeOrientation(texts.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ScriptFont.apply(root, texts.language().rightToLeft());
        panels.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> markDirty());
        session.pins().changesProperty().addListener(onPins);
        stage.setScene(scene);
        KeyboardPaths.enterActsOnFocusedControl(scene);
        KeyboardPaths.tabInReadingOrder(scene);
        KeyboardPaths.menuKeyOpensTheChartsMenu(scene);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse.run(now);
            }
        };
        stage.setOnHidden(closeOnHidden);
        export.setDisable(true);
        session.modelProperty().addListener(onModel);
        if (session.model() != null) {
            // a window made for a session already playing (the language switched): its time stays
            layOut(session.model());
        }
    }

    /** Says which preset is being prepared, in the title and in place of the panels. */
    public void showPreparing(String name, LatestProgress progress) {
        stage.setTitle(texts.get("window.title", name));
        presetName.setText(name);
        PreparingPanel preparing = new PreparingPanel(name, progress, texts);
        pulse.preparing(preparing);
        tabs.showPreparing(preparing);
    }

    /** Lays out the session just shown by {@link CurrentSession#show}: panels, transport, parameters. */
    private void showSession(SimulationModel model) {
        // a model resumed mid-run (a parameter dragged) arrives with frames: its panels may stay
        boolean resumed = !model.frames().isEmpty();
        layOut(model, resumed);
        if (!resumed) {
            // the state at t = 0 is on screen at once; playback waits for Space
            model.step();
        }
    }

    /** Panels, transport and parameters for {@code model}, at whatever time it shows. */
    private void layOut(SimulationModel model) {
        layOut(model, false);
    }

    /** As {@link #layOut(SimulationModel)}; {@code keepAlike}: panels whose figures would be the same stay. */
    private void layOut(SimulationModel model, boolean keepAlike) {
        Preset preset = session.preset();
        pulse.preparing(null);
        export.setDisable(false);
        PresetTexts shownTexts = PresetTexts.of(preset, texts.language());
        stage.setTitle(texts.get("window.title", shownTexts.name()));
        presetName.setText(shownTexts.name());
        // a typeset label: in Persian it breaks its lines itself (JavaFX cuts wrapped Persian lines off)
        description.setMarkup(shownTexts.description());
        boolean kept = tabs.show(preset, model, hooks::compareWith, texts, keepAlike);
        if (transport != null) {
            transport.release();
        }
        transport = new TransportBar(model, session::reset, hooks::pin, hooks::clearPins,
                session.pins().sizeProperty(), texts);
        transportHolder.getChildren().setAll(transport.node());
        statusBar.bind(model);
        sheet.show(PresetParameters.of(preset, texts), preset.options());
        newFrames.follow(model, new AuditLog(preset, texts));
        if (kept) {
            transport.keepWords(!projector.isSelected()); // the kept panels have their style already
        } else {
            setProjector(projector.isSelected());
        }
        descriptions.show(tabs.views());
        KeyboardPaths.reachEveryControl(root);
        KeyboardPaths.stepBySingleFrames(transport.slider());
        markDirty();
    }

    /** The thread that owns and draws the live charts. */
    public ChartPainter painter() {
        return tabs.painter();
    }

    public PanelView currentPanel() {
        return tabs.views().get(Math.max(0, panels.getSelectionModel().getSelectedIndex()));
    }

    public void setProjector(boolean on) {
        String css = ExplorerWindow.class.getResource(PROJECTOR_CSS).toExternalForm();
        if (on && !stage.getScene().getStylesheets().contains(css)) {
            stage.getScene().getStylesheets().add(css);
        } else if (!on) {
            stage.getScene().getStylesheets().remove(css);
        }
        tabs.style(on ? FigureStyle.PROJECTOR : FigureStyle.NORMAL);
        if (transport != null) {
            transport.keepWords(!on);
        }
        if (projector.isSelected() != on) {
            projector.setSelected(on);
        }
        markDirty();
    }

    private void markDirty() {
        pulse.markDirty();
    }

    public boolean projectorOn() {
        return projector.isSelected();
    }

    // hooks: what the menus, keys, library and parameter sheet do is decided by the commands

    /** The header's menus and buttons, whose actions the commands set. */
    public HeaderMenus header() {
        return header;
    }

    /** Every sentence this window shows, in its language; parts hooked into the window use it too. */
    public Texts texts() {
        return texts;
    }

    /** The hooks of the library, the parameter sheet, the compare panel and the pin buttons. */
    public WindowHooks hooks() {
        return hooks;
    }

    /**
     * Sees every key pressed in the window before its controls do, except the steps a focused
     * parameter slider takes (arrows, PageUp/PageDown, Home, End).
     */
    public void addKeyHandler(EventHandler<KeyEvent> handler) {
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!ParameterSlider.stepKey(event)) {
                handler.handle(event);
            }
        });
    }

    public void addPulseListener(PulseListener listener) {
        pulseListeners.add(listener);
    }

    /** A panel beside the charts (a tour's text), or null for none. */
    public void setSidePanel(Node panel) {
        root.setRight(panel);
        KeyboardPaths.reachEveryControl(root);
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
    public long shownNanos() {
        return shownNanos;
    }

    public Stage stage() {
        return stage;
    }

    public List<PanelView> panelViews() {
        return tabs.views();
    }

    public PanelView panel(String name) {
        return tabs.panel(name);
    }

    /** Brings the panel named {@code name} to the front. */
    public void selectPanel(String name) {
        tabs.select(name);
    }

    public TabPane tabs() {
        return panels;
    }

    public ParameterSheet sheet() {
        return sheet;
    }

    public ExplorerStatusBar statusBar() {
        return statusBar;
    }

    public TransportBar transport() {
        return transport;
    }

    public LibraryList library() {
        return libraryList;
    }

    /** Runs {@code action} once when the window closes (its stage is hidden), after the window's own closing. */
    public void addOnClose(Runnable action) {
        onClose.add(Objects.requireNonNull(action));
    }

    /**
     * Stops the pulses and the threads, and lets go of the stage: a stage outlives its window
     * when it is shown again with another scene (TestFX's one primary stage), and whatever it
     * still pointed to would keep this window and its chart images alive.
     */
    void close() {
        handOver();
        session.close();
    }

    /**
     * As {@link #close} but the session stays open: a window in another language takes it and the
     * stage over. Stops the pulses and the chart painter, lets go of the session's model, and runs
     * the close actions.
     */
    public void handOver() {
        timer.stop();
        sheet.close();
        session.modelProperty().removeListener(onModel);
        session.pins().changesProperty().removeListener(onPins);
        newFrames.stop();
        statusBar.release();
        if (transport != null) {
            transport.release();
        }
        tabs.close();
        List<Runnable> actions = List.copyOf(onClose);
        onClose.clear();
        actions.forEach(Runnable::run);
        pulseListeners.clear();
        if (stage.getOnHidden() == closeOnHidden) {
            stage.setOnHidden(null);
        }
    }
}
