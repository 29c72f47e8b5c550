package dev.clausius.app.view;

import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.model.ScreenNumber;
import dev.clausius.app.model.Speed;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.NodeOrientation;
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
import javafx.util.StringConverter;
import dev.clausius.i18n.Texts;

import java.util.List;
import java.util.Locale;

/** Play/pause, step, reset, speed, the time slider bound to one model, and the pin buttons. */
public final class TransportBar {
    private final HBox box;
    private final Slider slider;
    private boolean followingModel;
    /** The controls whose words {@link #keepWords} keeps whole. */
    private final List<Region> wordy;
    private final SimulationModel model;
    private final ChangeListener<Number> followTime;

    /**
     * @param pin      keeps the run on screen drawn faint under the live curves
     * @param clearPins removes every pin
     * @param pinCount how many pins there are ("Clear pins" is shown only when there are some)
     */
    TransportBar(SimulationModel model, Runnable reset, Runnable pin, Runnable clearPins,
                 ObservableIntegerValue pinCount, Texts texts) {
        this.model = model;
        Button playPause = button("playPause", "", texts.get("transport.play.name"), texts.get("transport.play.help"));
        playPause.textProperty().bind(Bindings.when(model.playingProperty())
                .then(texts.get("transport.pause")).otherwise(texts.get("transport.play")));
        playPause.setOnAction(event -> model.togglePlay());
        playPause.setMinWidth(70);
        Button step = button("step", texts.get("transport.step"), texts.get("transport.step.name"),
                texts.get("transport.step.help"));
        step.setOnAction(event -> model.step());
        Button resetButton = button("reset", texts.get("transport.reset"), texts.get("transport.reset.name"),
                texts.get("transport.reset.help"));
        resetButton.setOnAction(event -> reset.run());

        ChoiceBox<Speed> speed = new ChoiceBox<>();
        speed.getItems().setAll(Speed.values());
        speed.setValue(model.speedProperty().get());
        speed.setId("speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Speed value) {
                return value == null ? "" : texts.get("speed." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Speed fromString(String text) {
                return null;
            }
        });
        speed.setAccessibleText(texts.get("transport.speed.name"));
        speed.setAccessibleHelp(texts.get("transport.speed.help"));
        speed.setTooltip(new Tooltip(texts.get("transport.speed.help")));
        // reached with Tab, changed with Up and Down (Space plays, Right steps)
        speed.setFocusTraversable(true);
        speed.valueProperty().addListener((obs, old, value) -> model.setSpeed(value));

        int last = model.grid().size() - 1;
        // a model resumed mid-run (a parameter dragged) starts where it is
        slider = new Slider(0, Math.max(1, last), Math.max(0, model.shownIndex()));
        slider.setId("timeSlider");
        slider.setAccessibleText(texts.get("transport.slider.name"));
        slider.setAccessibleHelp(texts.get("transport.slider.help"));
        slider.setTooltip(new Tooltip(texts.get("transport.slider.help")));
        // time runs left to right, as on the charts' axis, in a mirrored (Persian) window too
        slider.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        followTime = (obs, old, t) -> {
            followingModel = true;
            slider.setValue(Math.max(0, model.shownIndex()));
            followingModel = false;
        };
        model.timeProperty().addListener(followTime);
        slider.setValue(Math.max(0, model.shownIndex()));
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!followingModel) {
                model.seek((int) Math.round(value.doubleValue()));
            }
        });

        Button pinButton = button("pin", texts.get("transport.pin"), texts.get("transport.pin.name"),
                texts.get("transport.pin.help"));
        pinButton.setOnAction(event -> pin.run());
        Button clearButton = button("clearPins", texts.get("transport.clearPins"), texts.get("transport.clearPins.name"),
                texts.get("transport.clearPins.help"));
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
                () -> texts.get("transport.time", ScreenNumber.fixed(texts, model.timeProperty().get(), 2),
                        ScreenNumber.fixed(texts, end, 2)),
                model.timeProperty()));
        time.setAccessibleText(texts.get("transport.time.name"));
        time.setAccessibleHelp(texts.get("transport.time.help"));

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
    private static Button button(String id, String text, String name, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(name);
        button.setAccessibleHelp(help);
        button.setTooltip(new Tooltip(help));
        button.setFocusTraversable(false);
        return button;
    }

    Node node() {
        return box;
    }

    /** Stops following the model, which outlives this bar when the window's language is switched. */
    void release() {
        model.timeProperty().removeListener(followTime);
    }

    public Slider slider() {
        return slider;
    }
}
