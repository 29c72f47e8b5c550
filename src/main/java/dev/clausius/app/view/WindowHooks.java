package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the window's own controls do, decided by the commands (the view knows no controller): the
 * library's choice, the parameter sheet's edits, the compare panel's button and the pin buttons.
 * Each does nothing until set. Used on the FX thread.
 */
public final class WindowHooks {
    private BiConsumer<Parameter, String> onParameterEdit = (parameter, text) -> { };
    private Consumer<Path> onLibraryChoice = file -> { };
    private Runnable onCompareWith = () -> { };
    private Runnable onPin = () -> { };
    private Runnable onClearPins = () -> { };
    private ParameterDragListener onParameterDrag = new ParameterDragListener() {
        @Override
        public void started(Parameter parameter) {
        }

        @Override
        public void moved(Parameter parameter, double value) {
        }

        @Override
        public void ended(Parameter parameter, double value) {
        }
    };

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

    /** A parameter's slider: its drag start, the values it passes and its release. */
    public void setOnParameterDrag(ParameterDragListener listener) {
        onParameterDrag = Objects.requireNonNull(listener);
    }

    public void parameterDragStarted(Parameter parameter) {
        onParameterDrag.started(parameter);
    }

    public void parameterDragged(Parameter parameter, double value) {
        onParameterDrag.moved(parameter, value);
    }

    public void parameterDragEnded(Parameter parameter, double value) {
        onParameterDrag.ended(parameter, value);
    }

    void parameterEdited(Parameter parameter, String text) {
        onParameterEdit.accept(parameter, text);
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
