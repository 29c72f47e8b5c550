package dev.clausius.app.view;

import dev.clausius.app.model.AuditLog;
import dev.clausius.app.model.SimulationModel;
import dev.clausius.app.session.CurrentSession;

/**
 * What the window does on each pulse: moves the model's finished frames on screen, lets the
 * partner follow while Compare is in front, inspects the new frames (audit, invariants) and
 * redraws the panel in front once when anything changed. No physics: the frames were computed
 * elsewhere.
 */
final class WindowPulse {
    private final CurrentSession session;
    private final PanelTabs tabs;
    private final NewFrames newFrames;
    private final ExplorerStatusBar statusBar;
    private final PanelDescriptions descriptions;
    private final PulseListeners listeners;
    /** Something on screen changed since the last redraw. */
    private boolean dirty;
    private PreparingPanel preparing;

    WindowPulse(CurrentSession session, PanelTabs tabs, NewFrames newFrames, ExplorerStatusBar statusBar,
                PanelDescriptions descriptions, PulseListeners listeners) {
        this.session = session;
        this.tabs = tabs;
        this.newFrames = newFrames;
        this.statusBar = statusBar;
        this.descriptions = descriptions;
        this.listeners = listeners;
    }

    /** Asks for one redraw of the panel in front at the next pulse. */
    void markDirty() {
        dirty = true;
    }

    /** The panel shown while the first session is prepared, or null once a session plays. */
    void preparing(PreparingPanel panel) {
        preparing = panel;
    }

    void run(long now) {
        SimulationModel model = session.model();
        long start = System.nanoTime();
        listeners.pulseStarted(start);
        if (model == null) {
            if (preparing != null) {
                preparing.update(); // still preparing the first session
            }
            // counted too: the pulses while a big system is set up show whether the FX thread stays free
            listeners.pulseFinished(now, System.nanoTime() - start, 0);
            return;
        }
        model.pulse(now);
        // the partner plays only while the compare panel is on screen (its evolver would
        // otherwise share the cores with the shown one for nothing); shown again, it catches up
        if (tabs.comparing() && session.partner().follow(model, now)) {
            dirty = true;
        }
        if (newFrames.any()) {
            AuditLog.Note note = newFrames.inspect();
            if (note != null) {
                statusBar.showAudit(note);
            }
            statusBar.showInvariants(model.latestProperty().get().invariants());
        }
        if (dirty) {
            dirty = false;
            tabs.redrawInFront(session.snapshot());
            descriptions.changed();
        }
        descriptions.pulse(now, session::snapshot);
        listeners.pulseFinished(now, System.nanoTime() - start, model.frames().size());
    }
}
