package dev.clausius.app.view;

import dev.clausius.i18n.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The question before unsaved parameter edits would be lost: Save, Discard or Cancel. */
public final class UnsavedEditsPrompt {
    // the buttons' identities; their shown words are the window's language's
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the person chose; closing the dialog is Cancel. */
    public enum Choice { SAVE, DISCARD, CANCEL }

    private UnsavedEditsPrompt() {
    }

    /** In English. */
    public static Choice ask(Window owner, String what, String saveTo, String whatNext) {
        return ask(owner, Texts.english(), what, saveTo, whatNext);
    }

    /**
     * Asks and waits (a nested event loop on the FX thread).
     *
     * @param what     the preset's name
     * @param saveTo   where Save writes, shown so the person knows which file changes
     * @param whatNext "opening another preset" or "closing", in {@code texts}' language
     */
    public static Choice ask(Window owner, Texts texts, String what, String saveTo, String whatNext) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, texts.get("edits.question", what, saveTo, whatNext),
                SAVE, DISCARD, CANCEL);
        alert.setTitle(texts.get("edits.title"));
        alert.setHeaderText(texts.get("edits.header"));
        alert.getDialogPane().setId("unsavedEdits");
        Dialogs.label(alert, SAVE, texts.get("edits.save"));
        Dialogs.label(alert, DISCARD, texts.get("edits.discard"));
        Dialogs.label(alert, CANCEL, texts.get("dialog.cancel"));
        Dialogs.orient(alert, texts.language().rightToLeft());
        if (owner != null) {
            alert.initOwner(owner);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == CANCEL) {
            return Choice.CANCEL;
        }
        return answer.get() == SAVE ? Choice.SAVE : Choice.DISCARD;
    }
}
