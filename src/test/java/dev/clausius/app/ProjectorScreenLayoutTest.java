package dev.clausius.app;

import dev.clausius.app.session.PresetFileLoader;
import dev.clausius.app.session.PresetLibrary;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.clausius.tour.Tour;
import dev.clausius.tour.TourReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static dev.clausius.app.FxReads.onFx;
import static dev.clausius.app.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: at 1280 × 720 (a classroom projector) no preset name is cut off in the library, by an
 * ellipsis or behind a scroll bar, and the description can be read to its last word.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorScreenLayoutTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    /** Half a pixel: layout rounds to pixels. */
    private static final double SLACK = 0.5;

    private Stage stage;
    private Explorer explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        explorer = ExplorerApp.open(stage, Path.of("presets", "carnot-qubit-fast.json"), new PresetFileLoader(), () -> { })
                .orElseThrow();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void closeWindow() {
        TestWindows.hide(stage);
    }

    private ListView<PresetLibrary.Entry> library() {
        return explorer.window().library().view();
    }

    private void waitForTheWindowSize() throws TimeoutException {
        waitUntil(10, () -> stage.getScene().getWidth() <= WIDTH && stage.getScene().getHeight() <= HEIGHT
                && stage.getScene().getWidth() > WIDTH - 40 && library().getItems().size() >= 10
                && shownCell(library().getItems().get(0)).isPresent());
    }

    /** The cell showing {@code entry}, laid out with its text, if it is on screen. */
    private Optional<ListCell<?>> shownCell(PresetLibrary.Entry entry) {
        return library().lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible()
                        && cell.getItem() == entry && entry.name().equals(cell.getText()) && rendered(cell) != null)
                .<ListCell<?>>map(node -> (ListCell<?>) node)
                .findFirst();
    }

    /** What a Labeled actually draws: its text, or a shortened one with an ellipsis when it overruns. */
    private static String rendered(Labeled labeled) {
        // its own text node (JavaFX's LabeledText), not one of a Labeled or text field inside it
        return labeled.lookupAll(".text").stream()
                .filter(node -> node instanceof Text && node.getClass().getSimpleName().equals("LabeledText")
                        && nearestLabeled(node) == labeled)
                .map(node -> ((Text) node).getText())
                .findFirst().orElse(null);
    }

    private static Labeled nearestLabeled(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Labeled labeled) {
                return labeled;
            }
        }
        return null;
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void everyPresetNameIsShownWhole() throws TimeoutException {
        waitForTheWindowSize();
        List<PresetLibrary.Entry> entries = onFx(() -> List.copyOf(library().getItems()));
        assertTrue(entries.size() >= 10, "presets in the library: " + entries.size());
        for (PresetLibrary.Entry entry : entries) {
            onFx(() -> {
                library().scrollTo(entry);
                return null;
            });
            waitUntil(10, () -> shownCell(entry).isPresent());
            String problem = onFx(() -> {
                ListCell<?> cell = shownCell(entry).orElseThrow();
                if (!cell.getText().equals(rendered(cell))) {
                    return "drawn as '" + rendered(cell) + "'";
                }
                Bounds list = inScene(library());
                // the visible width: up to the vertical scroll bar, if the list shows one
                double right = library().lookupAll(".scroll-bar").stream()
                        .filter(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                                && bar.isVisible())
                        .mapToDouble(bar -> inScene(bar).getMinX()).min().orElse(list.getMaxX());
                Bounds box = inScene(cell);
                if (box.getMinX() < list.getMinX() - SLACK || box.getMaxX() > right + SLACK) {
                    return "cell " + box + " wider than the list's visible width, " + list.getMinX() + " to " + right;
                }
                return null;
            });
            assertEquals(null, problem, entry.name());
        }
        boolean horizontalBar = onFx(() -> library().lookupAll(".scroll-bar").stream()
                .anyMatch(node -> node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible()));
        assertTrue(!horizontalBar, "the library shows a horizontal scroll bar");
    }

    /** Every label, button and tab drawn in the window shows its whole text, in both looks. */
    @Test
    void noLabelInTheWindowIsCutShort() throws TimeoutException {
        waitForTheWindowSize();
        int tabs = onFx(() -> explorer.window().tabs().getTabs().size());
        assertTrue(tabs >= 5, "panels: " + tabs);
        for (boolean projector : new boolean[] {false, true}) {
            for (int tab = 0; tab < tabs; tab++) {
                int index = tab;
                onFx(() -> {
                    explorer.window().setProjector(projector);
                    explorer.window().tabs().getSelectionModel().select(index);
                    return null;
                });
                // a layout pass first: before it, a label not yet fitted still holds its whole text
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    waitUntil(10, () -> cutShort().isEmpty());
                } catch (TimeoutException stillCut) {
                    // the assertion below names what stayed cut
                }
                String where = (projector ? "projector" : "normal") + ", panel "
                        + onFx(() -> explorer.window().tabs().getTabs().get(index).getText());
                assertEquals(List.of(), onFx(this::cutShort), where);
            }
        }
    }

    /** A tour's side panel narrows the centre; still every word of the window is shown (normal look). */
    @Test
    void besideATourNothingIsCutShort() throws Exception {
        waitForTheWindowSize();
        List<Path> tours = TourReader.files(Path.of("presets"));
        assertTrue(tours.size() >= 4, "shipped tours: " + tours);
        for (Path file : tours) {
            Tour tour = TourReader.read(file);
            onFx(() -> {
                explorer.tours().start(tour);
                return null;
            });
            waitUntil(60, () -> stage.getScene().lookup("#tourName") != null
                    && stage.getScene().lookup("#tourName").isVisible() && explorer.session().model() != null
                    && explorer.session().model().frames().size() >= 1);
            WaitForAsyncUtils.waitForFxEvents();
            try {
                waitUntil(10, () -> cutShort().isEmpty());
            } catch (TimeoutException stillCut) {
                // the assertion below names what stayed cut
            }
            assertEquals(List.of(), onFx(this::cutShort), tour.name().english());
            onFx(() -> {
                explorer.tours().close();
                return null;
            });
        }
    }

    /** The visible Labeled nodes of the window drawn with an ellipsis, as "text -> drawn". */
    private List<String> cutShort() {
        return stage.getScene().getRoot().lookupAll("*").stream()
                .filter(node -> node instanceof Labeled labeled && labeled.isVisible() && labeled.getScene() != null
                        && labeled.getText() != null && !labeled.getText().isEmpty() && visible(labeled))
                .map(node -> (Labeled) node)
                .filter(labeled -> rendered(labeled) != null && !labeled.getText().equals(rendered(labeled)))
                .map(labeled -> labeled.getText() + " -> " + rendered(labeled))
                .toList();
    }

    /** Shown: it and all its parents visible (a collapsed pane's content is not). */
    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theDescriptionWrapsAndScrollsToItsEnd() throws TimeoutException {
        waitForTheWindowSize();
        Label description = onFx(() -> (Label) stage.getScene().getRoot().lookupAll(".label").stream()
                .filter(node -> node instanceof Label label && label.getText() != null
                        && label.getText().equals(explorer.session().preset().description()))
                .findFirst().orElse(null));
        assertNotNull(description, "no label shows the preset's description");
        waitUntil(10, () -> description.getText().equals(rendered(description)));
        ScrollPane pane = onFx(() -> enclosingScrollPane(description));
        assertNotNull(pane, "the description is not in a scroll pane");
        onFx(() -> {
            pane.setVvalue(pane.getVmax());
            return null;
        });
        // scrolled to the end, the label's last line lies inside the pane's viewport
        waitUntil(10, () -> inScene(description).getMaxY() <= inScene(pane).getMaxY() + SLACK);
        String problem = onFx(() -> {
            Bounds label = inScene(description);
            Bounds viewport = inScene(pane);
            if (!description.isWrapText()) {
                return "does not wrap";
            }
            if (label.getMaxX() > viewport.getMaxX() + SLACK) {
                return "runs past the pane's right edge: " + label + " in " + viewport;
            }
            if (description.getHeight() < description.prefHeight(description.getWidth()) - SLACK) {
                return "laid out shorter than its text: " + description.getHeight();
            }
            return null;
        });
        assertEquals(null, problem, "the description");
        assertTrue(description.getText().length() > 200, "a long description to test with");
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
