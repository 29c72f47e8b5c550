package dev.clausius.app;

import dev.clausius.app.view.chart.ChartImageView;
import dev.clausius.dynamics.Evolver;
import dev.clausius.preset.Preset;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window without a mouse: every control has a name a screen reader can read, Tab walks the
 * layout in reading order, and the buttons, menus, speed and time slider act from the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preset preset = TestPresets.resonantQubits(0.25, 100.0);
        Evolver evolver = new ResonantQubitsEvolver(0.05, 0.5, 2.0, 0);
        explorer = TestWindows.open(stage, preset, evolver);
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /** The controls a screen reader stops at, in scene-graph order, skipping what is not shown. */
    private static void controls(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof Slider || node instanceof TextField
                || node instanceof ListView<?> || node instanceof TabPane || node instanceof ChoiceBox<?>
                || node instanceof ComboBoxBase<?> || node instanceof ChartImageView || node instanceof StatusBar) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                controls(child, found);
            }
        }
    }

    /**
     * The name a screen reader gives {@code node}: its accessible text, or a labelled control's
     * visible text. A field's or a list's content is no name, so those need an accessible text.
     */
    private static String name(Node node) {
        String text = node.getAccessibleText();
        if ((text == null || text.isBlank()) && node instanceof Labeled labeled) {
            text = labeled.getText();
        }
        return text == null ? "" : text;
    }

    @Test
    void everyControlInTheWindowHasANameAScreenReaderReads() throws Exception {
        // every panel, so that each tab's own controls (charts, info, reset zoom) are in the scene
        List<String> missing = new ArrayList<>();
        int checked = 0;
        int tabs = onFx(() -> explorer.window().tabs().getTabs().size());
        for (int i = 0; i < tabs; i++) {
            int tab = i;
            onFx(() -> {
                explorer.window().tabs().getSelectionModel().select(tab);
                return null;
            });
            waitUntil(10, () -> explorer.window().tabs().getSelectionModel().getSelectedIndex() == tab);
            List<Node> found = onFx(() -> {
                List<Node> all = new ArrayList<>();
                controls(stage.getScene().getRoot(), all);
                return all;
            });
            String chart = onFx(() -> explorer.window().panelViews().get(tab).figure().name() + "Chart");
            assertTrue(found.stream().anyMatch(n -> chart.equals(n.getId())), "the walk reaches " + chart);
            for (Node node : found) {
                String name = onFx(() -> name(node));
                if (name.isBlank()) {
                    missing.add(node.getClass().getSimpleName() + "#" + node.getId());
                }
            }
            checked += found.size();
        }
        assertTrue(checked > 7 * 10, "found only " + checked + " controls");
        assertEquals(List.of(), missing.stream().distinct().toList(), "controls without an accessible name or visible text");
    }

    /** The focus owner after each Tab from the library, until the focus comes round again. */
    private List<Node> tabRound(FxRobot robot) throws Exception {
        Node library = onFx(() -> explorer.window().library().view());
        focus(library);
        List<Node> order = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Node before = onFx(() -> stage.getScene().getFocusOwner());
            robot.type(KeyCode.TAB);
            waitUntil(5, () -> stage.getScene().getFocusOwner() != before);
            Node now = onFx(() -> stage.getScene().getFocusOwner());
            if (now == library) {
                return order;
            }
            order.add(now);
        }
        return order;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int first(List<Node> order, java.util.function.Predicate<Node> what, String name) {
        for (int i = 0; i < order.size(); i++) {
            if (what.test(order.get(i))) {
                return i;
            }
        }
        throw new AssertionError("Tab never reaches " + name + ": " + order.stream()
                .map(n -> n.getClass().getSimpleName() + "#" + n.getId()).toList());
    }

    @Test
    void tabFromTheLibraryReachesTheParametersTheTabsTheChartTheTransportAndTheStatusInThatOrder(FxRobot robot)
            throws Exception {
        onFx(() -> {
            explorer.window().selectPanel("entropies");
            return null;
        });
        Object model = onFx(() -> explorer.session().model());
        List<Node> order = tabRound(robot);
        // passing through a parameter without changing it rebuilds nothing (the run goes on)
        assertTrue(model == onFx(() -> explorer.session().model()), "tabbing through the parameters rebuilt the session");
        Node sheet = robot.lookup("#parameterSheet").query();
        int parameters = first(order, n -> (n instanceof TextField || n instanceof Slider) && inside(n, sheet),
                "a parameter's field");
        int panels = first(order, n -> n == explorer.window().tabs(), "the panel tabs");
        int chart = first(order, n -> "entropiesChart".equals(n.getId()), "the Entropies chart");
        int transport = first(order, n -> "playPause".equals(n.getId()), "the transport");
        int slider = first(order, n -> "timeSlider".equals(n.getId()), "the time slider");
        int status = first(order, n -> n instanceof StatusBar, "the status bar");
        assertTrue(parameters < panels && panels < chart && chart < transport && transport < slider && slider < status,
                "order: parameters " + parameters + ", tabs " + panels + ", chart " + chart + ", transport " + transport
                        + ", slider " + slider + ", status " + status);
        // the header's menus sit between the parameters and the tabs, as the layout reads
        int file = first(order, n -> "export".equals(n.getId()), "the File menu");
        assertTrue(parameters < file && file < panels);
    }

    private static void focus(Node node) throws Exception {
        onFx(() -> {
            node.requestFocus();
            return null;
        });
        waitUntil(5, node::isFocused);
    }

    @Test
    void theTransportTheMenusAndTheSpeedActFromTheKeyboard(FxRobot robot) throws Exception {
        int before = onFx(() -> explorer.session().model().frames().size());
        Node step = robot.lookup("#step").query();
        focus(step);
        robot.type(KeyCode.ENTER);
        waitUntil(10, () -> explorer.session().model().frames().size() == before + 1);

        // the time slider keeps its arrows: Right moves it one frame (one step, not two)
        Slider slider = explorer.window().transport().slider();
        focus(slider);
        robot.type(KeyCode.RIGHT);
        waitUntil(10, () -> explorer.session().model().frames().size() == before + 2);
        assertEquals(before + 1, (int) onFx(() -> explorer.session().model().shownIndex()));

        // Space stays play and pause wherever the focus is
        robot.type(KeyCode.SPACE);
        waitUntil(5, () -> explorer.session().model().playingProperty().get());
        robot.type(KeyCode.SPACE);
        waitUntil(5, () -> !explorer.session().model().playingProperty().get());

        MenuButton file = robot.lookup("#export").queryAs(MenuButton.class);
        focus(file);
        robot.type(KeyCode.ENTER);
        waitUntil(5, file::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> !file.isShowing());
        focus(file);
        robot.type(KeyCode.DOWN);
        waitUntil(5, file::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> !file.isShowing());

        // on a chart: Ctrl+Tab shows the next panel, Shift+F10 opens the chart's menu (Reset zoom, Copy image)
        onFx(() -> {
            explorer.window().selectPanel("entropies");
            return null;
        });
        Node chart = onFx(() -> explorer.window().panel("entropies").views().get(0));
        focus(chart);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(5, () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu menu && menu.isShowing()
                && menu.getItems().size() == 2));
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> Window.getWindows().stream().noneMatch(w -> w instanceof ContextMenu && w.isShowing()));
        int entropies = onFx(() -> explorer.window().tabs().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(5, () -> explorer.window().tabs().getSelectionModel().getSelectedIndex() == entropies + 1);

        // a closed parameter category opens with Enter (Space plays), and Tab then reaches its fields
        TitledPane categoryB = robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(t -> "B".equals(t.getText())).findFirst().orElseThrow();
        assertTrue(!onFx(categoryB::isExpanded));
        focus(categoryB);
        robot.type(KeyCode.ENTER);
        waitUntil(5, categoryB::isExpanded);
        robot.type(KeyCode.TAB);
        waitUntil(5, () -> {
            Node focused = stage.getScene().getFocusOwner();
            return (focused instanceof TextField || focused instanceof Slider) && inside(focused, categoryB);
        });

        ChoiceBox<?> speed = robot.lookup("#speed").queryAs(ChoiceBox.class);
        focus(speed);
        robot.type(KeyCode.ENTER);
        waitUntil(5, speed::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> !speed.isShowing());
    }
}
