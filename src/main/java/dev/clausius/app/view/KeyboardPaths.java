package dev.clausius.app.view;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.StatusBar;

/**
 * Every action within reach of the keyboard. Tab visits every control in the order of the layout
 * (library, parameters, the header's menus, the panel tabs, the panel's charts and buttons,
 * the transport, the status bar), so buttons, menus, the speed, the sliders and the status bar
 * take the focus too. The window's own keys (Space, Right, R, P, ...) stay global; Enter acts on a
 * focused button, menu or choice box, and a focused slider keeps its arrow keys.
 */
public final class KeyboardPaths {
    private KeyboardPaths() {
    }

    /** Makes every button, menu, choice box, slider and the status bar under {@code root} a stop of Tab. */
    static void reachEveryControl(Parent root) {
        for (Node node : root.getChildrenUnmodifiable()) {
            if (node instanceof ButtonBase || node instanceof ChoiceBox<?> || node instanceof ComboBoxBase<?>
                    || node instanceof Slider || node instanceof StatusBar) {
                node.setFocusTraversable(true);
            }
            if (node instanceof Parent parent) {
                reachEveryControl(parent);
            }
        }
    }

    /** Enter on a focused button fires it, on a menu button or choice box opens it (where the control leaves Enter alone). */
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
            } else {
                return;
            }
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
