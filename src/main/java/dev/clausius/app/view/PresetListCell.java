package dev.clausius.app.view;

import dev.clausius.app.session.PresetLibrary;
import dev.clausius.app.session.PresetTexts;
import dev.clausius.app.view.text.TypesetLabel;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A preset in the library list, its whole name wrapped to the list's width: a long name
 * ("Qubit Carnot-type engine, fast isotherms (tau = 20)") takes a second line instead of hiding
 * behind a horizontal scroll bar at 1280 × 720. Hovering shows the name, file and description.
 */
final class PresetListCell extends ListCell<PresetLibrary.Entry> {
    /** Wide enough for a description to read as a paragraph, narrow enough for a projector. */
    private static final double TOOLTIP_WIDTH = 420;

    private final Language language;
    private final Texts texts;
    /** Persian: the name in a typeset label, which breaks its lines itself (JavaFX cuts them off). */
    private final TypesetLabel rightToLeftName;

    private PresetListCell(Texts texts) {
        this.texts = texts;
        this.language = texts.language();
        setWrapText(true);
        // no width of its own: the list lays every cell out at its own width, so none overflows it
        setPrefWidth(0);
        rightToLeftName = language.rightToLeft() ? new TypesetLabel() : null;
        if (rightToLeftName != null) {
            rightToLeftName.setWrapText(true);
            rightToLeftName.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            rightToLeftName.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(), insetsProperty()));
            rightToLeftName.textFillProperty().bind(textFillProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }

    static void install(ListView<PresetLibrary.Entry> list, Texts texts) {
        list.setCellFactory(view -> new PresetListCell(texts));
    }

    @Override
    protected void updateItem(PresetLibrary.Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        PresetTexts shown = entry.texts(language);
        setText(shown.name());
        if (rightToLeftName != null) {
            rightToLeftName.setMarkup(shown.name());
            setGraphic(rightToLeftName);
        }
        String description = shown.description().isBlank() ? "" : "\n\n" + shown.description();
        Tooltip tip = new Tooltip(texts.get("library.tooltip", shown.name(), entry.file().getFileName()) + description);
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        tip.setShowDuration(Duration.INDEFINITE);
        setTooltip(tip);
    }
}
