package dev.clausius.app.view;

import java.util.ArrayList;
import java.util.List;

/** The window's pulse listeners as one: each call goes to every listener, in the order added. */
final class PulseListeners implements PulseListener {
    private final List<PulseListener> listeners = new ArrayList<>();

    void add(PulseListener listener) {
        listeners.add(listener);
    }

    void clear() {
        listeners.clear();
    }

    @Override
    public void pulseStarted(long nanos) {
        for (PulseListener listener : listeners) {
            listener.pulseStarted(nanos);
        }
    }

    @Override
    public void pulseFinished(long pulseTime, long workNanos, int framesShown) {
        for (PulseListener listener : listeners) {
            listener.pulseFinished(pulseTime, workNanos, framesShown);
        }
    }
}
