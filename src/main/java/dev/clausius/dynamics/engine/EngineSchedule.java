package dev.clausius.dynamics.engine;

import dev.clausius.preset.EngineSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The strokes of an engine preset laid out on the time axis, cycle after cycle. Stroke start times
 * are computed as cycle * period + offset (never by running sums), so no rounding drifts in.
 */
public final class EngineSchedule {
    private final List<Segment> segments;
    private final double period;
    private final int cycles;
    private final EngineSpec spec;

    /** Which bath a stroke touches. */
    public enum Contact { HOT, COLD, NONE }

    /** One stroke of one cycle: omega moves linearly from omegaStart to omegaEnd over duration. */
    public record Segment(int cycle, int stroke, double start, double duration, Contact contact,
                          double omegaStart, double omegaEnd, double temperature, double gamma) {

        public double end() {
            return start + duration;
        }

        public boolean isQuench() {
            return duration == 0;
        }

        /** omega(t), linear within the stroke. */
        public double omegaAt(double t) {
            if (duration == 0) {
                return omegaEnd;
            }
            double s = Math.min(1, Math.max(0, (t - start) / duration));
            return omegaStart + (omegaEnd - omegaStart) * s;
        }

        /** d omega / dt within the stroke. */
        public double omegaRate() {
            return duration == 0 ? 0 : (omegaEnd - omegaStart) / duration;
        }
    }

    public EngineSchedule(EngineSpec spec) {
        this.spec = spec;
        this.cycles = spec.cycles();
        double p = 0;
        for (EngineSpec.Stroke stroke : spec.strokes()) {
            p += stroke.duration();
        }
        this.period = p;
        this.segments = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            double offset = 0;
            List<EngineSpec.Stroke> strokes = spec.strokes();
            for (int s = 0; s < strokes.size(); s++) {
                EngineSpec.Stroke stroke = strokes.get(s);
                Contact contact = contact(stroke.bath());
                EngineSpec.Bath bath = contact == Contact.HOT ? spec.hot() : contact == Contact.COLD ? spec.cold() : null;
                segments.add(new Segment(c, s, c * period + offset, stroke.duration(), contact,
                        stroke.omegaStart(), stroke.omegaEnd(),
                        bath == null ? Double.NaN : bath.temperature(), bath == null ? 0 : bath.gamma()));
                offset += stroke.duration();
            }
        }
    }

    private static Contact contact(String bath) {
        if ("hot".equals(bath)) {
            return Contact.HOT;
        }
        return "cold".equals(bath) ? Contact.COLD : Contact.NONE;
    }

    /** The end of the last cycle: the default time.end of an engine preset. */
    public static double lastCycleEnd(EngineSpec spec) {
        return new EngineSchedule(spec).end();
    }

    public double end() {
        return cycles * period;
    }

    public double period() {
        return period;
    }

    public int cycles() {
        return cycles;
    }

    public List<Segment> segments() {
        return segments;
    }

    public EngineSpec spec() {
        return spec;
    }
}
