package dev.clausius.app.view;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Tells the user in one line why a preset could not be opened, instead of a stack trace. */
public final class PresetErrorDialog {
    private PresetErrorDialog() {
    }

    public static final String TITLE = "Clausius - cannot open preset";

    /** Shows the dialog without blocking; {@code onClosed} runs when the user dismisses it. */
    public static Alert show(String message, Runnable onClosed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(TITLE);
        alert.setHeaderText("This preset cannot be opened");
        alert.getDialogPane().setId("presetError");
        alert.setResizable(true);
        alert.setOnHidden(event -> onClosed.run());
        alert.show();
        return alert;
    }
}
