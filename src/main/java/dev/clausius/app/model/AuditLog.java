package dev.clausius.app.model;

import dev.clausius.figures.TemperatureFigure;
import dev.clausius.i18n.Texts;
import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.preset.SubsystemSpec;
import dev.clausius.thermo.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * Audit notes on the frames as they arrive, in the spirit of qthermo's checks. Sigma < 0 in closed
 * mode is explained, not flagged: it is the paper's point (the "produced" entropy was stored in
 * correlations and in B's departure from equilibrium). A bath stroke of an engine that ends far from
 * its bath's temperature is flagged: Eq. 19 then sits well below Carnot and that is why.
 */
public final class AuditLog {

    /** A note and whether it is a warning (amber) or an explanation. */
    public record Note(String text, boolean warning) {
    }

    /** A stroke "ends far from its bath" beyond this relative difference of temperatures. */
    static final double STROKE_TOLERANCE = 0.25;

    /** The production's decomposition, a formula: the same in every language. */
    static final String DECOMPOSITION = "Σ = I + D(ρ_{B}‖ρ_{B}(0)) + ΔE_{V}/T_{B}";

    private final Preset preset;
    private final Texts texts;
    private final List<Note> notes = new ArrayList<>();
    private boolean negativeSigmaExplained;
    private Frame previous;

    /** Notes in English. */
    public AuditLog(Preset preset) {
        this(preset, Texts.english());
    }

    /** Notes in {@code texts}' language. */
    public AuditLog(Preset preset, Texts texts) {
        this.preset = preset;
        this.texts = texts;
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    public void clear() {
        notes.clear();
        negativeSigmaExplained = false;
        previous = null;
    }

    /** Looks at new frames in time order; returns true if a note was added. */
    public boolean inspect(List<? extends Frame> frames) {
        int before = notes.size();
        for (Frame frame : frames) {
            if (preset.mode() == Mode.CLOSED && !negativeSigmaExplained && frame.spohnProduction() < -1e-12) {
                negativeSigmaExplained = true;
                notes.add(new Note(texts.get("audit.negativeSigma", ScreenNumber.of(texts, frame.time()), DECOMPOSITION),
                        false));
            }
            if (frame.engine() != null && previous != null && previous.engine() != null
                    && previous.engine().stroke() != frame.engine().stroke()) {
                checkStrokeEnd(previous);
            }
            previous = frame;
        }
        return notes.size() > before;
    }

    private void checkStrokeEnd(Frame end) {
        var stroke = preset.engine().strokes().get(end.engine().stroke());
        if (stroke.bath() == null) {
            return;
        }
        double bath = "hot".equals(stroke.bath()) ? preset.engine().hot().temperature()
                : preset.engine().cold().temperature();
        double medium = preset.engine().medium() instanceof SubsystemSpec.Qubit
                ? TemperatureFigure.populationTemperature(end, Double.NaN)
                : end.generalizedTemperatureA();
        if (Double.isFinite(medium) && Math.abs(medium - bath) > STROKE_TOLERANCE * bath) {
            notes.add(new Note(texts.get("hot".equals(stroke.bath()) ? "audit.strokeEnd.hot" : "audit.strokeEnd.cold",
                    end.engine().cycle() + 1, ScreenNumber.of(texts, medium), ScreenNumber.of(texts, bath)), true));
        }
    }
}
