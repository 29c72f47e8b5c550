package dev.clausius.app;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.LanguageMemory;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.Session;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Preset;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.Reader;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer in German, then switched to Persian through its Language menu: the texts are the
 * bundles' (read here from the bundle files, not through the code under test), the layout mirrors
 * while the charts keep time running left to right, the session survives the switch, and the
 * choice is remembered in the settings folder.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerLanguageTest {
    @TempDir
    Path settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /** The bundle file of {@code language} as shipped, each value formatted as a MessageFormat pattern. */
    private static String bundled(Language language, String key, Object... arguments) throws IOException {
        Path file = Path.of("src/main/resources/dev/clausius/i18n",
                "messages" + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String pattern = properties.getProperty(key);
        assertNotNull(pattern, key + " in " + file);
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A shown explorer whose start language comes from the memory in {@code settings}. */
    private Explorer openRemembering() throws Exception {
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        // the first window of a JVM takes a while (FXML, CSS, fonts): longer than onFx waits
        return WaitForAsyncUtils.asyncFx(() -> {
            Explorer explorer = new Explorer(stage, new PresetFileLoader(),
                    new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem())), new LanguageMemory(settings));
            String problem = explorer.session().show(new Session(preset, ResonantQubitsEvolver.standard()));
            assertNull(problem);
            explorer.window().show();
            return explorer;
        }).get(60, TimeUnit.SECONDS);
    }

    private static <T extends Node> T find(Stage stage, String id, Class<T> type) {
        return type.cast(onFx(() -> stage.getScene().lookup(id)));
    }

    @Test
    void germanTextsAndNumbersThenPersianMirroredWithTheSessionKept(FxRobot robot) throws Exception {
        new LanguageMemory(settings).remember(Language.GERMAN);
        Explorer german = openRemembering();
        waitUntil(10, () -> german.session().model().shownIndex() == 0);
        assertEquals(Language.GERMAN, german.window().texts().language());

        // the chrome speaks the German bundle
        assertEquals(bundled(Language.GERMAN, "transport.play"), find(stage, "#playPause", Button.class).getText());
        assertEquals(bundled(Language.GERMAN, "transport.step"), onFx(() -> find(stage, "#step", Button.class).getText()));
        assertEquals(bundled(Language.GERMAN, "transport.step.name"),
                onFx(() -> find(stage, "#step", Button.class).getAccessibleText()));
        assertEquals(bundled(Language.GERMAN, "transport.step.help"),
                onFx(() -> find(stage, "#step", Button.class).getAccessibleHelp()));
        MenuButton file = find(stage, "#export", MenuButton.class);
        assertEquals(bundled(Language.GERMAN, "menu.file"), onFx(file::getText));
        assertEquals(bundled(Language.GERMAN, "menu.file.export"), onFx(() -> file.getItems().get(0).getText()));
        assertEquals("DE", onFx(() -> find(stage, "#languages", MenuButton.class).getText()));
        assertEquals(bundled(Language.GERMAN, "menu.language.name"),
                onFx(() -> find(stage, "#languages", MenuButton.class).getAccessibleText()));
        assertEquals(bundled(Language.GERMAN, "explorer.projector"),
                onFx(() -> find(stage, "#projector", ToggleButton.class).getText()));
        assertEquals(bundled(Language.GERMAN, "explorer.projector.help"),
                onFx(() -> find(stage, "#projector", ToggleButton.class).getAccessibleHelp()));
        assertEquals(bundled(Language.GERMAN, "window.title", TestPresets.RESONANT_NAME), onFx(stage::getTitle));

        // numbers on screen: a decimal comma in German (the CSV keeps its point)
        String status = onFx(() -> german.window().statusBar().text());
        assertTrue(status.startsWith("t = 0,00 / 100,00"), status);
        assertTrue(status.endsWith(bundled(Language.GERMAN, "status.paused")), status);
        assertEquals(bundled(Language.GERMAN, "transport.time", "0,00", "100,00"),
                onFx(() -> find(stage, "#time", Label.class).getText()));

        // a few frames on, then Persian through the menu (Ctrl+L opens it, as the help says)
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitUntil(10, () -> german.session().model().shownIndex() == 5);
        double time = onFx(() -> german.session().model().timeProperty().get());
        var model = onFx(() -> german.session().model());
        AtomicReference<Explorer> current = new AtomicReference<>(german);
        onFx(() -> {
            german.addOnLanguageSwitch(current::set);
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(5, () -> find(stage, "#languages", MenuButton.class).isShowing());
        robot.clickOn(Language.PERSIAN.nativeName());
        waitUntil(10, () -> current.get() != german);
        Explorer persian = current.get();

        assertEquals(Language.PERSIAN, onFx(() -> persian.window().texts().language()));
        Parent root = onFx(() -> stage.getScene().getRoot());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, onFx(root::getNodeOrientation));
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, onFx(root::getEffectiveNodeOrientation));
        // every chart keeps time running left to right
        var views = onFx(() -> persian.window().panelViews());
        assertTrue(views.size() >= 5, "the resonant qubits' panels");
        for (var view : views) {
            assertTrue(!view.views().isEmpty(), view.figure().name());
            for (Node chart : view.views()) {
                assertEquals(NodeOrientation.LEFT_TO_RIGHT, onFx(chart::getEffectiveNodeOrientation), view.figure().name());
            }
        }
        assertEquals(NodeOrientation.LEFT_TO_RIGHT,
                onFx(() -> find(stage, "#timeSlider", Node.class).getEffectiveNodeOrientation()));
        assertEquals(bundled(Language.PERSIAN, "transport.play"),
                onFx(() -> find(stage, "#playPause", Button.class).getText()));

        // the same session: preset, playing model and its time
        assertSame(german.session(), persian.session());
        assertSame(model, onFx(() -> persian.session().model()));
        assertEquals(time, onFx(() -> persian.session().model().timeProperty().get()));
        assertEquals(5, onFx(() -> persian.session().model().shownIndex()));
        assertEquals(bundled(Language.PERSIAN, "window.title", TestPresets.RESONANT_NAME), onFx(stage::getTitle));
        // and the window plays on: the new transport drives the kept model
        robot.type(KeyCode.RIGHT);
        waitUntil(10, () -> persian.session().model().shownIndex() == 6);

        // remembered: a new explorer with the same settings folder starts in Persian
        assertEquals(Optional.of("fa"), new LanguageMemory(settings).recall());
        TestWindows.hide(stage);
        Explorer again = openRemembering();
        assertEquals(Language.PERSIAN, onFx(() -> again.window().texts().language()));
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, onFx(() -> stage.getScene().getRoot().getNodeOrientation()));
    }

    @Test
    void anExplorerSwitchedAwayFromIsCollected() throws Exception {
        AtomicReference<Explorer> next = new AtomicReference<>();
        WeakReference<Explorer> old = openAndSwitch(Language.SPANISH, next);
        assertEquals(Language.SPANISH, onFx(() -> next.get().window().texts().language()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            System.gc();
            return old.get() == null;
        });
        assertNull(old.get(), "the session and the stage let go of the old window");
        // the session outlived its first window: it still plays in the new one
        onFx(() -> {
            next.get().session().model().step();
            return null;
        });
        waitUntil(10, () -> next.get().session().model().shownIndex() == 1);
    }

    /** An explorer switched to {@code language}; only a weak reference to the first is kept. */
    private WeakReference<Explorer> openAndSwitch(Language language, AtomicReference<Explorer> next) throws Exception {
        Explorer first = openRemembering();
        waitUntil(10, () -> first.session().model().shownIndex() == 0);
        next.set(onFx(() -> first.switchLanguage(language)));
        return new WeakReference<>(first);
    }

    @Test
    void tabReachesEveryMenuAndTheSpeedAndEnterOpensAMenu(FxRobot robot) throws Exception {
        Explorer explorer = openRemembering();
        waitUntil(10, () -> explorer.session().model().shownIndex() == 0);
        // from the File menu on (Tab out of an edited parameter commits it, which the sheet handles)
        onFx(() -> {
            find(stage, "#export", MenuButton.class).requestFocus();
            return null;
        });
        waitUntil(5, () -> find(stage, "#export", MenuButton.class).isFocused());
        List<String> reached = new ArrayList<>(List.of("export"));
        for (int i = 0; i < 30 && !reached.contains("speed"); i++) {
            robot.type(KeyCode.TAB);
            String id = onFx(() -> stage.getScene().getFocusOwner() == null ? null : stage.getScene().getFocusOwner().getId());
            if (id != null && !reached.contains(id)) {
                reached.add(id);
            }
        }
        // the header in reading order: File, Sweep, Tours, Keys (F1), Language
        assertEquals(List.of("export", "sweeps", "tours", "help", "languages"), reached.subList(0, 5), reached.toString());
        assertTrue(reached.contains("speed"), reached.toString());
        onFx(() -> {
            find(stage, "#languages", MenuButton.class).requestFocus();
            return null;
        });
        waitUntil(5, () -> find(stage, "#languages", MenuButton.class).isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(5, () -> find(stage, "#languages", MenuButton.class).isShowing());
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> !find(stage, "#languages", MenuButton.class).isShowing());
    }

    @Test
    void theSystemPropertyWinsOverTheRememberedLanguage() {
        LanguageMemory memory = new LanguageMemory(settings);
        memory.remember(Language.PERSIAN);
        assertEquals(Language.PERSIAN, memory.startLanguage(null, Locale.GERMAN));
        assertEquals(Language.SPANISH, memory.startLanguage("es", Locale.GERMAN));
        String before = System.getProperty(Language.PROPERTY);
        try {
            System.setProperty(Language.PROPERTY, "de");
            assertEquals(Language.GERMAN, Explorer.startingTexts(memory).language());
            System.clearProperty(Language.PROPERTY);
            assertEquals(Language.PERSIAN, Explorer.startingTexts(memory).language());
        } finally {
            if (before == null) {
                System.clearProperty(Language.PROPERTY);
            } else {
                System.setProperty(Language.PROPERTY, before);
            }
        }
        assertEquals(Texts.of(Language.PERSIAN).get("menu.language"), Explorer.startingTexts(memory).get("menu.language"));
    }
}
