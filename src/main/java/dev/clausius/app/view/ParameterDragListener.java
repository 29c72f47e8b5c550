package dev.clausius.app.view;

import dev.clausius.app.session.Parameter;

/** What a parameter's slider tells while it is dragged: the start, each value on the way, the release. */
public interface ParameterDragListener {
    void started(Parameter parameter);

    void moved(Parameter parameter, double value);

    void ended(Parameter parameter, double value);
}
