package dev.clausius.tour;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.i18n.Texts;
import dev.clausius.thermo.Frame;

import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;

/**
 * The claim a tour step makes, as a test on the frame it reaches: e.g. "I_AB below 1e-9" at the
 * full swap, or "spohn_rate above 0 (within 1e-12) throughout" for a Markovian bath.
 *
 * @param quantity   a {@link Quantity} name
 * @param tolerance  slack on the bound (below: x <= value + tolerance; near: |x - value| <= tolerance)
 * @param throughout true: every frame from t = 0 to the step's moment must satisfy it (every
 *                   completed cycle, for a cycle quantity); false: the frame reached only
 */
public record TourCheck(String quantity, Relation relation, double value, double tolerance, boolean throughout) {

    /** How the quantity must compare with the value. */
    public enum Relation {
        BELOW("below"), ABOVE("above"), NEAR("near");

        private final String word;

        Relation(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Whether the check held, and one line saying what was found. */
    public record Outcome(boolean holds, String text) {
    }

    /** True when {@code x} satisfies the claim; NaN never does. */
    public boolean admits(double x) {
        return switch (relation) {
            case BELOW -> x <= value + tolerance;
            case ABOVE -> x >= value - tolerance;
            case NEAR -> Math.abs(x - value) <= tolerance;
        };
    }

    /** As {@link #evaluate(List, List, double, Texts)}, said in English. */
    public Outcome evaluate(List<Frame> frames, List<CycleRecord> cycles, double bathTemperature) {
        return evaluate(frames, cycles, bathTemperature, Texts.english());
    }

    /**
     * Evaluates the claim on the frames shown so far (the last one is the frame reached) and the
     * cycles completed so far; the outcome's line is in {@code texts}' language and digits.
     */
    public Outcome evaluate(List<Frame> frames, List<CycleRecord> cycles, double bathTemperature, Texts texts) {
        String claim = claim(texts);
        if (Quantity.isCycleQuantity(quantity)) {
            if (cycles.isEmpty()) {
                return new Outcome(false, texts.get("tour.outcome.noCycle", quantity, claim));
            }
            if (throughout) {
                for (CycleRecord cycle : cycles) {
                    if (!admits(Quantity.ofCycle(quantity, cycle))) {
                        return cycleOutcome(cycle, texts);
                    }
                }
            } else {
                return cycleOutcome(cycles.get(cycles.size() - 1), texts);
            }
            return new Outcome(true, texts.get("tour.outcome.cycles", quantity, cycles.size(), claim));
        }
        if (frames.isEmpty()) {
            return new Outcome(false, texts.get("tour.outcome.noFrame", quantity, claim));
        }
        Frame reached = frames.get(frames.size() - 1);
        if (throughout) {
            for (Frame frame : frames) {
                double x = Quantity.ofFrame(quantity, frame, frames.get(0), bathTemperature);
                if (!admits(x)) {
                    return new Outcome(false, texts.get("tour.outcome.value", quantity, number(x, texts),
                            number(frame.time(), texts), claim));
                }
            }
            return new Outcome(true, texts.get("tour.outcome.throughout", quantity, number(reached.time(), texts), claim));
        }
        double x = Quantity.ofFrame(quantity, reached, frames.get(0), bathTemperature);
        return new Outcome(admits(x), texts.get("tour.outcome.value", quantity, number(x, texts),
                number(reached.time(), texts), claim));
    }

    private Outcome cycleOutcome(CycleRecord cycle, Texts texts) {
        double x = Quantity.ofCycle(quantity, cycle);
        return new Outcome(admits(x), texts.get("tour.outcome.cycle", quantity, number(x, texts), cycle.cycle() + 1,
                claim(texts)));
    }

    /** "claim: below 1e-09", "claim: near 0.5 ± 1e-06, throughout". */
    public String claim() {
        return claim(Texts.english());
    }

    /** The claim in {@code texts}' language. */
    public String claim(Texts texts) {
        String key = "tour.claim." + relation.word() + (tolerance > 0 ? "Tolerance" : "");
        String claim = texts.get(key, number(value, texts), number(tolerance, texts));
        return throughout ? texts.get("tour.claim.throughout", claim) : claim;
    }

    /** Four significant digits, no trailing zeros: 0.0929, 1.028, 1e-9, 0. */
    public static String number(double x) {
        return number(x, Texts.english());
    }

    /**
     * As {@link #number(double)} in {@code texts}' digits and decimal separator (15,71 in German);
     * a number written with an exponent keeps the Latin form, as a formula does.
     */
    public static String number(double x, Texts texts) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros();
        double size = Math.abs(x);
        if (size == 0 || size >= 1e-3 && size < 1e6) {
            NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(Math.max(0, rounded.scale()));
            return format.format(rounded);
        }
        return rounded.toString().replace("E+", "e").replace('E', 'e');
    }
}
