package dev.clausius.app.view.chart;

import dev.clausius.app.view.text.TypesetFlow;
import dev.clausius.figures.Figure;
import dev.clausius.i18n.Language;
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

    /** The English info text of panel {@code name}. */
    static String text(String name) {
        return text(name, Language.ENGLISH);
    }

    /**
     * The info text of panel {@code name} in {@code language}: {@code info/<panel>_<tag>.txt}, or the
     * English {@code info/<panel>.txt} where that language has none (a panel added before its
     * translation still explains itself).
     */
    static String text(String name, Language language) {
        if (language != Language.ENGLISH) {
            String translated = read("info/" + name + "_" + language.tag() + ".txt");
            if (translated != null) {
                return translated;
            }
        }
        String english = read("info/" + name + ".txt");
        if (english == null) {
            throw new IllegalStateException("no info text for panel " + name);
        }
        return english;
    }

    /** The resource's text, or null if there is none. */
    private static String read(String resource) {
        try (InputStream in = PanelInfo.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Alert show(Figure figure, Window owner) {
        String text = text(figure.name(), figure.texts().language());
        // the content text stays the plain words (screen readers, copying); the typeset flow is shown
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Markup.plain(text), ButtonType.OK);
        TypesetFlow content = new TypesetFlow(text);
        content.setPrefWidth(580);
        content.setPadding(new Insets(10));
        alert.getDialogPane().setContent(content);
        alert.setTitle("Clausius - " + figure.title());
        alert.setHeaderText(figure.texts().get("figure.info.header", figure.title()));
        if (figure.texts().language().rightToLeft()) {
            alert.getDialogPane().setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        }
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
