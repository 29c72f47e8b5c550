package dev.clausius.app.view;

import dev.clausius.app.view.text.ScriptFont;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** What every dialog of the explorer shares: buttons in the window's language, and its direction. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Names {@code type}'s button {@code text}, its accessible name too. JavaFX labels OK and
     * Cancel in the JVM's language, which need not be the window's.
     */
    public static void label(Dialog<?> dialog, ButtonType type, String text) {
        if (dialog.getDialogPane().lookupButton(type) instanceof Button button) {
            button.setText(text);
            button.setAccessibleText(text);
        }
    }

    /** Mirrors the dialog for a right-to-left language, and sets it in that script's shipped font. */
    public static void orient(Dialog<?> dialog, boolean rightToLeft) {
        dialog.getDialogPane().setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        ScriptFont.apply(dialog.getDialogPane(), rightToLeft);
    }
}
