package dev.clausius.app.tour;

import dev.clausius.i18n.Texts;
import dev.clausius.tour.Tour;
import dev.clausius.tour.TourCheck;
import dev.clausius.tour.TourStep;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
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
 * It is put beside the panels while a tour runs and taken away on Close. Everything it says is in
 * the window's language: the tour's own texts (English where the tour has none in it) and its
 * chrome from the bundles; Persian runs right to left.
 */
public final class TourPanel {
    static final double WIDTH = 330;

    private final TourPlayer player;
    private final Texts texts;
    private final Consumer<Node> place;
    private final VBox root = new VBox(8);
    private final TypesetLabel name;
    private final TypesetLabel count;
    private final TypesetLabel title;
    private final TypesetLabel text;
    private final TypesetLabel check;
    private final Button back;
    private final Button next;
    private final Button close;

    /** @param place puts the panel beside the charts (null: takes it away) */
    public TourPanel(TourPlayer player, Consumer<Node> place) {
        this.player = player;
        this.texts = player.texts();
        this.place = place;
        name = label("tourName", "heading");
        count = label("tourStepCount", "tour-count");
        title = label("tourStepTitle", "tour-title");
        text = label("tourStepText", "tour-text");
        check = label("tourCheck", "tour-check");
        back = button("tourBack", "tour.back");
        next = button("tourNext", "tour.next");
        close = button("tourClose", "tour.close");
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
        root.setAccessibleText(texts.get("tour.panel.accessible"));
        player.stepProperty().addListener((obs, old, k) -> showStep(k.intValue()));
        player.arrivalProperty().addListener((obs, old, arrived) -> showArrival(arrived));
        player.failureProperty().addListener((obs, old, why) -> {
            if (why != null) {
                check.setMarkup(texts.get("tour.step.unavailable", why));
            }
        });
        player.sweepingProperty().addListener((obs, old, sweep) -> {
            if (sweep != null) {
                check.setMarkup(texts.get("tour.step.sweeping", sweep.path(), number(sweep.from()),
                        number(sweep.to()), number(sweep.seconds())));
            }
        });
    }

    /** Four significant digits without trailing zeros (15.71, 0.02, 4) in the window's digits. */
    private String number(double x) {
        return TourCheck.number(x, texts);
    }

    /** A text node, right to left when the window's language is written so. */
    private TypesetLabel label(String id, String style) {
        TypesetLabel label = new TypesetLabel();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setNodeOrientation(texts.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        return label;
    }

    private Button button(String id, String key) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setAccessibleText(texts.get(key + ".help"));
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
        name.setMarkup(tour.name().in(texts.language()));
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
        count.setMarkup(texts.get("tour.step.count", k + 1, tour.steps().size()));
        title.setMarkup(step.title().in(texts.language()));
        text.setMarkup(step.text().in(texts.language()));
        check.setMarkup(texts.get(step.play() ? "tour.step.playing" : "tour.step.going", number(step.time())));
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
        check.setMarkup(texts.get(outcome.holds() ? "tour.check.holds" : "tour.check.fails", outcome.text()));
        check.getStyleClass().add(outcome.holds() ? "holds" : "fails");
    }
}
