package dev.clausius.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Play/pause and reset buttons and the status line (t and frames/s), bound to the model. */
final class PlaybackBar {
    private final HBox box;

    PlaybackBar(SimulationModel model) {
        Button playPause = new Button();
        playPause.setId("playPause");
        playPause.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        playPause.setOnAction(event -> model.togglePlay());

        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setOnAction(event -> model.reset());

        // the window's key filter owns Space; a focused button would otherwise act on it a second time
        playPause.setFocusTraversable(false);
        reset.setFocusTraversable(false);
        playPause.setMinWidth(70);

        Label status = new Label();
        status.setId("status");
        double end = model.grid().end();
        status.textProperty().bind(Bindings.createStringBinding(
                () -> StatusText.of(model.timeProperty().get(), end, model.framesPerSecondProperty().get(),
                        model.playingProperty().get(), model.finishedProperty().get(),
                        model.failureProperty().get()),
                model.timeProperty(), model.framesPerSecondProperty(), model.playingProperty(),
                model.finishedProperty(), model.failureProperty()));

        box = new HBox(8, playPause, reset, status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 8, 10));
    }

    Node node() {
        return box;
    }
}
