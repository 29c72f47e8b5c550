package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the window's own controls do, decided by the commands (the view knows no controller): the
 * library's choice, the parameter sheet's edits and slider drags, the compare panel's button and the
 * pin buttons. Each does nothing until set. Used on the FX thread.
 */
public final class WindowHooks {
    private BiConsumer<Parameter, String> onParameterEdit = (parameter, text) -> { };
    private Consumer<Path> onLibraryChoice = file -> { };
    private Runnable onCompareWith = () -> { };
    private Runnable onPin = () -> { };
    private Runnable onClearPins = () -> { };
    private ParameterDragListener onParameterDrag;
    private Parameter dragged;

    /** A preset chosen in the library (not the one shown). */
    public void setOnLibraryChoice(Consumer<Path> action) {
        onLibraryChoice = Objects.requireNonNull(action);
    }

    /** The compare panel's "Compare with..." button: choose the preset drawn beside the shown one. */
    public void setOnCompareWith(Runnable action) {
        onCompareWith = Objects.requireNonNull(action);
    }

    /** The transport's "Pin" button: keep the run on screen under the live curves. */
    public void setOnPin(Runnable action) {
        onPin = Objects.requireNonNull(action);
    }

    /** The transport's "Clear pins" button. */
    public void setOnClearPins(Runnable action) {
        onClearPins = Objects.requireNonNull(action);
    }

    /** A parameter's new text, committed with Enter in the parameter sheet. */
    public void setOnParameterEdit(BiConsumer<Parameter, String> action) {
        onParameterEdit = Objects.requireNonNull(action);
    }

    void parameterEdited(Parameter parameter, String text) {
        onParameterEdit.accept(parameter, text);
    }

    /** Called while a slider is dragged and when it is released; null = no live path (release commits as text). */
    public void setOnParameterDrag(ParameterDragListener listener) {
        onParameterDrag = listener;
    }

    /** A slider's thumb was pressed (its valueChanging turned true); a tour's sweep starts here too. */
    public void parameterDragStarted(Parameter parameter) {
        dragged = parameter;
        if (onParameterDrag != null) {
            onParameterDrag.started(parameter);
        }
    }

    /** Each snapped value while dragging. */
    public void parameterDragged(Parameter parameter, double value) {
        if (onParameterDrag != null) {
            onParameterDrag.moved(parameter, value);
        }
    }

    /**
     * The release. With no drag listener the value is committed like typed text, unless it is the
     * parameter's own value (a thumb pressed and let go where it was rebuilds nothing).
     */
    public void parameterDragEnded(Parameter parameter, double value) {
        dragged = null;
        if (onParameterDrag != null) {
            onParameterDrag.ended(parameter, value);
        } else if (value != parameter.value()) {
            parameterEdited(parameter, Parameter.format(value));
        }
    }

    /** True between a drag's start and its end (the sheet then keeps its rows and spans as they are). */
    boolean dragging() {
        return dragged != null;
    }

    void libraryChosen(Path file) {
        onLibraryChoice.accept(file);
    }

    void compareWith() {
        onCompareWith.run();
    }

    void pin() {
        onPin.run();
    }

    void clearPins() {
        onClearPins.run();
    }
}
