package dev.clausius.app.view;

import dev.clausius.i18n.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Tells the user in one line why a preset could not be opened, instead of a stack trace. The line
 * itself (file, JSON path, reason) is the preset reader's, in English as on the command line; the
 * dialog around it speaks the window's language.
 */
public final class PresetErrorDialog {
    private PresetErrorDialog() {
    }

    /** The English title. */
    public static final String TITLE = "Clausius - cannot open preset";

    /** In English. */
    public static Alert show(String message, Runnable onClosed) {
        return show(Texts.english(), message, onClosed);
    }

    /** Shows the dialog without blocking; {@code onClosed} runs when the user dismisses it. */
    public static Alert show(Texts texts, String message, Runnable onClosed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(texts.get("presetError.title"));
        alert.setHeaderText(texts.get("presetError.header"));
        alert.getDialogPane().setId("presetError");
        Dialogs.label(alert, ButtonType.OK, texts.get("dialog.ok"));
        Dialogs.orient(alert, texts.language().rightToLeft());
        alert.setResizable(true);
        alert.setOnHidden(event -> onClosed.run());
        alert.show();
        return alert;
    }
}
