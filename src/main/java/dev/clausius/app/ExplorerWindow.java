package dev.clausius.app;

import dev.clausius.preset.Preset;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The thin controller of one explorer window: lays out the views, turns keys into model actions
 * and drives the model from an AnimationTimer. It computes nothing itself.
 */
public final class ExplorerWindow {

    static final String TITLE_PREFIX = "Clausius - ";

    private final Stage stage;
    private final SimulationModel model;
    private final EntropyChartPanel chartPanel;
    private final AnimationTimer timer;

    public ExplorerWindow(Stage stage, Preset preset, SimulationModel model) {
        this.stage = stage;
        this.model = model;
        this.chartPanel = new EntropyChartPanel(model);

        BorderPane root = new BorderPane();
        root.setTop(header(preset));
        root.setCenter(chartPanel.node());
        root.setBottom(new PlaybackBar(model).node());

        Scene scene = new Scene(root, 960, 600);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        stage.setTitle(TITLE_PREFIX + preset.name());
        stage.setScene(scene);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pulse(now);
            }
        };
        // closing the window stops the pulses and the background thread with it
        stage.setOnHidden(event -> close());
    }

    /** The preset's name and free-text description (CONTRACT.md: "shown in the explorer"). */
    private static VBox header(Preset preset) {
        Label name = new Label(preset.name());
        name.setId("presetName");
        name.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        Label description = new Label(preset.description() == null ? "" : preset.description());
        description.setId("description");
        description.setWrapText(true);
        VBox header = new VBox(2, name, description);
        header.setPadding(new Insets(8, 10, 2, 10));
        return header;
    }

    /** Shows the window and starts the pulses; playback itself waits for Space or Play. */
    public void show() {
        timer.start();
        stage.show();
    }

    public SimulationModel model() {
        return model;
    }

    public EntropyChartPanel chartPanel() {
        return chartPanel;
    }

    void close() {
        timer.stop();
        model.close();
    }

    private void onKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            model.togglePlay();
            event.consume();
        } else if (event.getCode() == KeyCode.R && !event.isShortcutDown()) {
            model.reset();
            event.consume();
        }
    }
}
