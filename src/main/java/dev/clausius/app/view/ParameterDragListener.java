package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;

/**
 * What happens while a parameter's slider is dragged (set with {@link WindowHooks#setOnParameterDrag}).
 * Called on the FX thread; every value is snapped and lies inside the slider's span, which the
 * preset reader accepts.
 */
public interface ParameterDragListener {
    /** The slider's thumb was pressed: a drag of {@code parameter} begins at its current value. */
    void started(Parameter parameter);

    /** The drag reached a new snapped {@code value}. */
    void moved(Parameter parameter, double value);

    /** The thumb was released at {@code value}: the drag's last word (the value to keep). */
    void ended(Parameter parameter, double value);
}
