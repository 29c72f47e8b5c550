package dev.clausius.app;

import dev.clausius.app.session.CurrentSession;
import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.SessionLoading;
import dev.clausius.app.session.SessionMemory;
import dev.clausius.app.session.UnsavedEdits;
import dev.clausius.app.view.text.ScriptFont;
import dev.clausius.i18n.Language;
import dev.clausius.i18n.Texts;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tour panel in a Persian window: wrapped right-to-left lines stay inside the panel.
 */
@ExtendWith(ApplicationExtension.class)
class TourPanelRightToLeftTest {
    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = new Explorer(stage, new PresetFileLoader(),
                new CurrentSession(new UnsavedEdits(SessionMemory.fromSystem())), Texts.of(Language.PERSIAN));
        explorer.session().show(SessionLoading.load(Path.of("presets", "resonant-qubits.json"),
                new PresetFileLoader()).session());
        explorer.window().show();
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    /**
     * JavaFX breaks a wrapped Persian line in the wrong place (its lines came out about half the
     * paragraph wide and ran past the panel's edge, cut off there): every text node of every step
     * of a shipped tour stays inside the panel, and the long step texts do wrap.
     */
    @Test
    void wrappedPersianLinesStayInsideThePanel() throws Exception {
        Tour tour = TourReader.read(Path.of("presets", "tours", "1-heat-flows.json"));
        assertTrue(tour.steps().size() >= 5, "the tour has its steps");
        onFx(() -> {
            explorer.tours().start(tour);
            return null;
        });
        int wrapped = 0;
        for (int k = 0; k < tour.steps().size(); k++) {
            int step = k;
            if (k > 0) {
                onFx(() -> {
                    explorer.tours().player().next();
                    return null;
                });
            }
            waitUntil(60, () -> explorer.tours().player().arrivalProperty().get() != null
                    && explorer.tours().player().arrivalProperty().get().step() == step);
            // the flows break their lines on the next layout pass; if they never fit, say which
            try {
                waitUntil(10, () -> onFx(() -> outside().isEmpty()));
            } catch (TimeoutException e) {
                assertEquals(List.of(), onFx(this::outside), "step " + (step + 1));
            }
            wrapped += onFx(() -> lines(stage.getScene().lookup("#tourStepText"))) > 2 ? 1 : 0;
        }
        assertTrue(wrapped >= tour.steps().size() - 1, "the step texts wrap: " + wrapped);
        assertEquals(List.of(), onFx(this::outside));
    }

    /** The shipped Arabic-script font is loaded into JavaFX and sets the Persian window's words. */
    @Test
    void thePersianWindowIsSetInTheShippedArabicFont() throws Exception {
        assertEquals(List.of(ScriptFont.FAMILY, ScriptFont.FAMILY),
                onFx(() -> ScriptFont.loaded().stream().map(javafx.scene.text.Font::getFamily).toList()));
        assertEquals(List.of("Regular", "Bold"),
                onFx(() -> ScriptFont.loaded().stream().map(javafx.scene.text.Font::getStyle).toList()));
        Tour tour = TourReader.read(Path.of("presets", "tours", "1-heat-flows.json"));
        onFx(() -> {
            explorer.tours().start(tour);
            return null;
        });
        waitUntil(60, () -> explorer.tours().player().arrivalProperty().get() != null);
        for (String id : List.of("tourName", "tourStepCount", "tourNext")) {
            Labeled labeled = onFx(() -> (Labeled) stage.getScene().lookup("#" + id));
            assertEquals(ScriptFont.FAMILY, onFx(() -> labeled.getFont().getFamily()), id);
        }
        List<Text> words = onFx(() -> texts(stage.getScene().lookup("#tourStepText")));
        assertTrue(!words.isEmpty() && words.stream().allMatch(t -> onFx(() -> t.getFont().getFamily()).equals(ScriptFont.FAMILY)),
                "the step text's runs are in the shipped font");
    }

    /** The text nodes of the step's title, text and check that reach past the tour panel's sides. */
    private List<String> outside() {
        Node panel = stage.getScene().lookup("#tourPanel");
        Bounds inside = panel.localToScene(panel.getLayoutBounds());
        List<String> out = new ArrayList<>();
        for (String id : List.of("tourStepTitle", "tourStepText", "tourCheck")) {
            for (Text text : texts(stage.getScene().lookup("#" + id))) {
                Bounds bounds = text.localToScene(text.getLayoutBounds());
                if (bounds.getMinX() < inside.getMinX() - 1 || bounds.getMaxX() > inside.getMaxX() + 1) {
                    out.add(id + " " + bounds.getMinX() + ".." + bounds.getMaxX() + " outside "
                            + inside.getMinX() + ".." + inside.getMaxX() + ": " + text.getText());
                }
            }
        }
        return out;
    }

    /** How many lines a label's text takes: its height over the line height of its font. */
    private static double lines(Node label) {
        List<Text> texts = texts(label);
        double top = texts.stream().mapToDouble(t -> t.localToScene(t.getLayoutBounds()).getMinY()).min().orElse(0);
        double bottom = texts.stream().mapToDouble(t -> t.localToScene(t.getLayoutBounds()).getMaxY()).max().orElse(0);
        double lineHeight = new Text("Hg").getLayoutBounds().getHeight();
        return (bottom - top) / lineHeight;
    }

    private static List<Text> texts(Node node) {
        List<Text> found = new ArrayList<>();
        if (node instanceof Text t) {
            found.add(t);
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                found.addAll(texts(child));
            }
        }
        return found;
    }
}
