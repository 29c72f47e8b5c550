package dev.clausius.app.view;

import dev.clausius.app.session.SliderScale;

import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A parameter's slider. Its own value is the track position (0 to 1); {@link SliderScale} turns it
 * into the parameter's snapped value, which is what {@link #shown} holds and what a screen reader is
 * told, and the thumb jumps to that snapped value. A mouse gesture (press, drag, release, on the
 * thumb or the track) reports its start, each new snapped value and its end; the arrow keys,
 * PageUp/PageDown, Home, End and a screen reader's increments step through the scale and report a
 * finished value (they never go through the slider's own increments).
 */
final class ParameterSlider extends Slider {
    /** What the slider reports, on the FX thread. */
    interface Moves {
        /** A finished value from a key or a screen reader. */
        void stepped(double value);

        void dragStarted(double value);

        void dragged(double value);

        void dragEnded(double value);
    }

    private SliderScale scale;
    private double shown;
    private boolean placing;
    private final Moves moves;

    ParameterSlider(SliderScale scale, double value, Moves moves) {
        super(0, 1, 0);
        this.moves = moves;
        getStyleClass().add("parameter-slider");
        setFocusTraversable(true);
        show(scale, value);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // a press on the track moves the value too, without valueChanging: every mouse gesture on
        // the slider is a drag, from press to release, whether it began on the thumb or not
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isDisabled()) {
                setValueChanging(true);
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                setValueChanging(false);
            }
        });
        valueProperty().addListener((obs, old, position) -> onTrack());
        valueChangingProperty().addListener((obs, was, changing) -> {
            if (changing) {
                moves.dragStarted(shown);
            } else {
                moves.dragEnded(shown);
            }
        });
    }

    /** The thumb moved by mouse: snap it, and report the snapped value if it changed. */
    private void onTrack() {
        if (placing) {
            return;
        }
        double next = scale.value(getValue());
        place(next);
        if (next == shown) {
            return;
        }
        shown = next;
        notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
        if (isValueChanging()) {
            moves.dragged(next);
        } else {
            moves.stepped(next);
        }
    }

    private void place(double value) {
        placing = true;
        try {
            setValue(scale.position(value));
        } finally {
            placing = false;
        }
    }

    /** True for the keys a focused parameter slider takes for itself (the window's shortcuts let them pass). */
    static boolean stepKey(KeyEvent event) {
        return event.getTarget() instanceof ParameterSlider && !event.isShortcutDown() && steps(event.getCode()) != null;
    }

    /** Arrow-key steps for {@code code}; Integer.MIN_VALUE / MAX_VALUE for Home / End; null for other keys. */
    private static Integer steps(KeyCode code) {
        return switch (code) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
            case PAGE_UP -> SliderScale.PAGE;
            case PAGE_DOWN -> -SliderScale.PAGE;
            case HOME -> Integer.MIN_VALUE;
            case END -> Integer.MAX_VALUE;
            default -> null;
        };
    }

    private void onKey(KeyEvent event) {
        Integer steps = event.isShortcutDown() ? null : steps(event.getCode());
        if (steps == null) {
            return;
        }
        // right to left the track runs from max on the left to min on the right: Left goes up
        boolean sideways = event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT
                || event.getCode() == KeyCode.KP_LEFT || event.getCode() == KeyCode.KP_RIGHT;
        if (sideways && getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            steps = -steps;
        }
        event.consume();
        stepBy(steps);
    }

    private void stepBy(int steps) {
        double next = steps == Integer.MIN_VALUE ? scale.min()
                : steps == Integer.MAX_VALUE ? scale.max() : scale.step(shown, steps);
        if (next != shown) {
            showValue(next);
            moves.stepped(next);
        }
    }

    /** Shows {@code value} on {@code newScale} (the thumb moves; nothing is committed). */
    void show(SliderScale newScale, double value) {
        scale = newScale;
        setDisable(newScale.min() == newScale.max());
        showValue(value);
    }

    /** Moves the thumb to {@code value} (nothing is committed). */
    void showValue(double value) {
        shown = value;
        place(value);
        notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
    }

    double shown() {
        return shown;
    }

    SliderScale scale() {
        return scale;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> shown;
            case MIN_VALUE -> scale.min();
            case MAX_VALUE -> scale.max();
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> stepBy(1);
            case DECREMENT -> stepBy(-1);
            case SET_VALUE -> {
                if (parameters.length > 0 && parameters[0] instanceof Double value) {
                    double next = scale.snap(value);
                    if (next != shown) {
                        showValue(next);
                        moves.stepped(next);
                    }
                }
            }
            default -> super.executeAccessibleAction(action, parameters);
        }
    }
}
