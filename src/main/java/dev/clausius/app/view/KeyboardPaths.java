package dev.clausius.app.view;

import dev.clausius.app.view.chart.ChartImageView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.StatusBar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every action within reach of the keyboard. Tab visits every control in the order of the layout
 * (library, parameters, the header's menus, the panel tabs, the panel's charts and buttons,
 * the transport, the status bar), so buttons, menus, the speed, the sliders and the status bar
 * take the focus too. The window's own keys (Space, Right, R, P, ...) stay global; Enter acts on a
 * focused button, menu, choice box or parameter category, and a focused slider keeps its arrow keys.
 *
 * <p>Tab and Shift+Tab are the window's own ({@link #tabInReadingOrder}): JavaFX's traversal sent
 * Tab from the parameter sheet's last category (ControlsFX's accordion in a scroll pane) back to
 * the library, so the rest of the window was out of the keyboard's reach.
 */
public final class KeyboardPaths {
    private KeyboardPaths() {
    }

    /**
     * Makes every button, menu, choice box, slider and the status bar under {@code root} a stop of
     * Tab, the content of every tab included (a tab's content joins the scene only once shown).
     */
    static void reachEveryControl(Parent root) {
        for (Node node : root.getChildrenUnmodifiable()) {
            reach(node);
        }
    }

    private static void reach(Node node) {
        if (node instanceof ButtonBase || node instanceof ChoiceBox<?> || node instanceof ComboBoxBase<?>
                || node instanceof Slider || node instanceof StatusBar) {
            node.setFocusTraversable(true);
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).forEach(KeyboardPaths::reach);
        }
        if (node instanceof Parent parent) {
            reachEveryControl(parent);
        }
    }

    /**
     * Tab moves the focus to the next stop in reading order ({@link #stops}), Shift+Tab to the
     * previous one, round the window; the event is the window's, so no control's own traversal
     * can trap the focus.
     */
    static void tabInReadingOrder(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isShortcutDown() || event.isControlDown() || event.isAltDown()
                    || event.getTarget() instanceof TextArea) {
                return; // Ctrl+Tab is the panels' (TabPane's); a text area writes its tabs
            }
            List<Node> stops = stops(scene.getRoot());
            if (stops.isEmpty()) {
                return;
            }
            int at = indexOf(stops, scene.getFocusOwner());
            int next = event.isShiftDown() ? (at <= 0 ? stops.size() - 1 : at - 1) : (at + 1) % stops.size();
            stops.get(next).requestFocus();
            event.consume();
        });
    }

    /**
     * The nodes Tab stops at, in the order of the scene graph (the layout's reading order): shown,
     * enabled and focus-traversable, not inside a collapsed titled pane.
     */
    static List<Node> stops(Parent root) {
        List<Node> stops = new ArrayList<>();
        collect(root, stops);
        return stops;
    }

    private static void collect(Node node, List<Node> stops) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            stops.add(node);
        }
        if (node instanceof TitledPane titled && !titled.isExpanded()) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, stops);
            }
        }
    }

    /** The stop that is {@code focused} or holds it (a list's cell, an editor inside a control), or -1. */
    private static int indexOf(List<Node> stops, Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            int index = stops.indexOf(node);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /**
     * Enter on a focused button fires it, on a menu button or choice box opens it, on a titled pane
     * (a parameter category) opens or closes it, where the control leaves Enter alone.
     */
    static void enterActsOnFocusedControl(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isConsumed()) {
                return;
            }
            Node focused = scene.getFocusOwner();
            if (focused instanceof MenuButton menu) {
                menu.show();
            } else if (focused instanceof ButtonBase button) {
                button.fire();
            } else if (focused instanceof ChoiceBox<?> choice) {
                choice.show();
            } else if (focused instanceof ComboBoxBase<?> combo) {
                combo.show();
            } else if (focused instanceof TitledPane titled && titled.isCollapsible()) {
                // a parameter category opens with Space, which plays and pauses here
                titled.setExpanded(!titled.isExpanded());
            } else {
                return;
            }
            event.consume();
        });
    }

    /**
     * Shift+F10 or the menu key on a focused chart opens its menu (Reset zoom, Copy image), as a
     * right click does: platforms that send no context-menu request for these keys get one here.
     */
    static void menuKeyOpensTheChartsMenu(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean menuKey = event.getCode() == KeyCode.CONTEXT_MENU
                    || (event.getCode() == KeyCode.F10 && event.isShiftDown());
            if (!menuKey || event.isConsumed() || !(scene.getFocusOwner() instanceof ChartImageView chart)) {
                return;
            }
            Bounds bounds = chart.getLayoutBounds();
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            Point2D screen = chart.localToScreen(x, y);
            chart.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    screen == null ? 0 : screen.getX(), screen == null ? 0 : screen.getY(), true, null));
            event.consume();
        });
    }

    /**
     * Whether the window's keys should leave {@code event} to the focused control: a focused
     * slider moves with its arrow keys (the time slider one frame each, see
     * {@link #stepBySingleFrames}), where Right would otherwise step the model.
     */
    public static boolean belongsToFocusedControl(KeyEvent event) {
        // a key event's target is the focus owner
        return event.getTarget() instanceof Slider && switch (event.getCode()) {
            case LEFT, RIGHT, UP, DOWN, HOME, END, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> true;
            default -> false;
        };
    }

    /** The time slider's arrow keys move one frame, as the Right key steps one. */
    static void stepBySingleFrames(Slider timeSlider) {
        timeSlider.setBlockIncrement(1);
    }
}
