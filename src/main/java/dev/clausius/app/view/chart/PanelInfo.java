package dev.clausius.app.view.chart;

import dev.clausius.app.view.text.TypesetFlow;
import dev.clausius.figures.Figure;
import dev.clausius.typeset.Markup;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The "i" of each panel: what the panel shows, its formula, the paper's equation number and what
 * to look for, in a teacher's words. The text is a resource per panel
 * ({@code info/<panel>.txt} beside this class, in the typeset markup), so it is edited without
 * touching code.
 */
final class PanelInfo {
    private PanelInfo() {
    }

    /** The info text of panel {@code name}. */
    static String text(String name) {
        try (InputStream in = PanelInfo.class.getResourceAsStream("info/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no info text for panel " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Alert show(Figure figure, Window owner) {
        String text = text(figure.name());
        // the content text stays the plain words (screen readers, copying); the typeset flow is shown
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Markup.plain(text), ButtonType.OK);
        TypesetFlow content = new TypesetFlow(text);
        content.setPrefWidth(580);
        content.setPadding(new Insets(10));
        alert.getDialogPane().setContent(content);
        alert.setTitle("Clausius - " + figure.title());
        alert.setHeaderText(figure.title() + ": what this panel shows");
        alert.getDialogPane().setId("panelInfo");
        alert.getDialogPane().setPrefWidth(620);
        alert.setResizable(true);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }
}
