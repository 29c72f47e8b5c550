package dev.clausius.app.tour;

import dev.clausius.tour.Tour;
import dev.clausius.tour.TourCheck;
import dev.clausius.tour.TourStep;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import dev.clausius.app.view.text.TypesetLabel;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The tour's side panel: the tour's name, "step k of n", the step's title and text, what its check
 * found on the frame reached, and Back / Next / Close (PageUp / PageDown / Escape while it is open).
 * It is put beside the panels while a tour runs and taken away on Close.
 */
public final class TourPanel {
    static final double WIDTH = 330;

    private final TourPlayer player;
    private final Consumer<Node> place;
    private final VBox root = new VBox(8);
    private final TypesetLabel name = label("tourName", "heading");
    private final TypesetLabel count = label("tourStepCount", "tour-count");
    private final TypesetLabel title = label("tourStepTitle", "tour-title");
    private final TypesetLabel text = label("tourStepText", "tour-text");
    private final TypesetLabel check = label("tourCheck", "tour-check");
    private final Button back = button("tourBack", "< Back", "Previous step of the tour (PageUp)");
    private final Button next = button("tourNext", "Next >", "Next step of the tour (PageDown)");
    private final Button close = button("tourClose", "Close", "Close the tour (Escape)");

    /** @param place puts the panel beside the charts (null: takes it away) */
    public TourPanel(TourPlayer player, Consumer<Node> place) {
        this.player = player;
        this.place = place;
        back.setOnAction(e -> player.back());
        next.setOnAction(e -> player.next());
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, next, gap, close);
        VBox body = new VBox(8, title, text, check);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tour-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(name, count, scroll, buttons);
        root.setId("tourPanel");
        root.getStyleClass().add("tour-panel");
        root.setPadding(new Insets(8));
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH * 0.8);
        root.setAccessibleText("Guided tour");
        player.stepProperty().addListener((obs, old, k) -> showStep(k.intValue()));
        player.arrivalProperty().addListener((obs, old, arrived) -> showArrival(arrived));
        player.failureProperty().addListener((obs, old, why) -> {
            if (why != null) {
                check.setMarkup("This step cannot be shown: " + why);
            }
        });
    }

    private static TypesetLabel label(String id, String style) {
        TypesetLabel label = new TypesetLabel();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static Button button(String id, String caption, String accessible) {
        Button button = new Button(caption);
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setFocusTraversable(false);
        return button;
    }

    public TourPlayer player() {
        return player;
    }

    public Node node() {
        return root;
    }

    public void start(Tour tour) {
        name.setMarkup(tour.name());
        place.accept(root);
        player.start(tour);
    }

    public void close() {
        player.stop();
        place.accept(null);
    }

    public boolean isOpen() {
        return player.tour() != null;
    }

    /** PageDown / PageUp / Escape while a tour is open; consumed so they do nothing else. */
    public void onKeyPressed(KeyEvent event) {
        if (!isOpen()) {
            return;
        }
        if (event.getCode() == KeyCode.PAGE_DOWN) {
            player.next();
        } else if (event.getCode() == KeyCode.PAGE_UP) {
            player.back();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
        } else {
            return;
        }
        event.consume();
    }

    private void showStep(int k) {
        Tour tour = player.tour();
        if (tour == null || k < 0) {
            return;
        }
        TourStep step = tour.steps().get(k);
        count.setMarkup("Step " + (k + 1) + " of " + tour.steps().size());
        title.setMarkup(step.title());
        text.setMarkup(step.text());
        check.setMarkup((step.play() ? "playing to" : "going to") + " t = " + TourCheck.number(step.time()) + "...");
        check.getStyleClass().removeAll("holds", "fails");
        back.setDisable(k == 0);
        next.setDisable(k == tour.steps().size() - 1);
    }

    private void showArrival(TourPlayer.Arrival arrived) {
        if (arrived == null) {
            return;
        }
        TourCheck.Outcome outcome = arrived.outcome();
        if (outcome == null) {
            check.setMarkup("");
            return;
        }
        check.setMarkup((outcome.holds() ? "✓ checked: " : "✗ check failed: ") + outcome.text());
        check.getStyleClass().add(outcome.holds() ? "holds" : "fails");
    }
}
