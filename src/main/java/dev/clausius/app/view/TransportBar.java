package dev.clausius.app.view;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.Speed;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/** Play/pause, step, reset, speed, the time slider bound to one model, and the pin buttons. */
public final class TransportBar {
    private final HBox box;
    private final Slider slider;
    private boolean followingModel;
    /** The controls whose words {@link #keepWords} keeps whole. */
    private final List<Region> wordy;

    /**
     * @param pin      keeps the run on screen drawn faint under the live curves
     * @param clearPins removes every pin
     * @param pinCount how many pins there are ("Clear pins" is shown only when there are some)
     */
    TransportBar(SimulationModel model, Runnable reset, Runnable pin, Runnable clearPins,
                 ObservableIntegerValue pinCount) {
        Button playPause = button("playPause", "", "Play or pause the simulation (Space)");
        playPause.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        playPause.setOnAction(event -> model.togglePlay());
        playPause.setMinWidth(70);
        Button step = button("step", "Step", "Show the next frame (Right arrow)");
        step.setOnAction(event -> model.step());
        Button resetButton = button("reset", "Reset", "Back to t = 0 (R)");
        resetButton.setOnAction(event -> reset.run());

        ChoiceBox<Speed> speed = new ChoiceBox<>();
        speed.getItems().setAll(Speed.values());
        speed.setValue(model.speedProperty().get());
        speed.setId("speed");
        speed.setAccessibleText("Playback speed");
        speed.setTooltip(new Tooltip("Playback speed: slow, normal, fast, or every frame as soon as it is computed"));
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((obs, old, value) -> model.setSpeed(value));

        int last = model.grid().size() - 1;
        // a model resumed mid-run (a parameter dragged) starts where it is
        slider = new Slider(0, Math.max(1, last), Math.max(0, model.shownIndex()));
        slider.setId("timeSlider");
        slider.setAccessibleText("Time: drag to jump to any t");
        slider.setTooltip(new Tooltip("Drag to jump to any time (exact in closed and open mode)"));
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        model.timeProperty().addListener((obs, old, t) -> {
            followingModel = true;
            slider.setValue(Math.max(0, model.shownIndex()));
            followingModel = false;
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!followingModel) {
                model.seek((int) Math.round(value.doubleValue()));
            }
        });

        Button pinButton = button("pin", "Pin", "Keep this run drawn faint under the live curves, up to "
                + "4 pins (P)");
        pinButton.setOnAction(event -> pin.run());
        Button clearButton = button("clearPins", "Clear pins", "Remove the pinned runs (Shift+P)");
        clearButton.setOnAction(event -> clearPins.run());
        // shown only while there are pins: at 1280 px in the projector look the bar has no room for
        // a control that can do nothing
        clearButton.visibleProperty().bind(Bindings.notEqual(0, pinCount));
        clearButton.managedProperty().bind(clearButton.visibleProperty());

        Label time = new Label();
        time.setId("time");
        time.setMinWidth(140);
        double end = model.grid().end();
        time.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(java.util.Locale.ROOT, "t = %.2f / %.2f", model.timeProperty().get(), end),
                model.timeProperty()));
        time.setAccessibleText("Current time");

        wordy = List.of(step, resetButton, speed, pinButton, clearButton);
        keepWords(true);
        box = new HBox(8, playPause, step, resetButton, speed, slider, time, pinButton, clearButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("transport");
    }

    /**
     * With {@code keep} the slider gives way before Step, Reset and the speed lose their words to
     * "..." (a tour's side panel at 1280 px); without, every control shrinks alike, as projector
     * mode's large type needs beside a tour (the side panel would otherwise leave the window).
     */
    void keepWords(boolean keep) {
        for (Region control : wordy) {
            control.setMinWidth(keep ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        }
    }

    /** Buttons leave Space and the arrows to the window's key filter, which would otherwise act twice. */
    private static Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(help);
        button.setTooltip(new Tooltip(help));
        button.setFocusTraversable(false);
        return button;
    }

    Node node() {
        return box;
    }

    public Slider slider() {
        return slider;
    }
}
