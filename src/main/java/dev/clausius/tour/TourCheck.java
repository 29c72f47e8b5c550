package dev.clausius.tour;

import dev.clausius.dynamics.engine.CycleRecord;
import dev.clausius.thermo.Frame;

import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;

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

    /**
     * Evaluates the claim on the frames shown so far (the last one is the frame reached) and the
     * cycles completed so far.
     */
    public Outcome evaluate(List<Frame> frames, List<CycleRecord> cycles, double bathTemperature) {
        if (Quantity.isCycleQuantity(quantity)) {
            if (cycles.isEmpty()) {
                return new Outcome(false, quantity + ": no completed cycle yet; " + claim());
            }
            if (throughout) {
                for (CycleRecord cycle : cycles) {
                    if (!admits(Quantity.ofCycle(quantity, cycle))) {
                        return cycleOutcome(cycle);
                    }
                }
            } else {
                return cycleOutcome(cycles.get(cycles.size() - 1));
            }
            return new Outcome(true, quantity + " in cycles 1-" + cycles.size() + "; " + claim());
        }
        if (frames.isEmpty()) {
            return new Outcome(false, quantity + ": no frame yet; " + claim());
        }
        Frame reached = frames.get(frames.size() - 1);
        if (throughout) {
            for (Frame frame : frames) {
                double x = Quantity.ofFrame(quantity, frame, frames.get(0), bathTemperature);
                if (!admits(x)) {
                    return new Outcome(false, quantity + " = " + number(x) + " at t = " + number(frame.time())
                            + "; " + claim());
                }
            }
            return new Outcome(true, quantity + " from t = 0 to " + number(reached.time()) + "; " + claim());
        }
        double x = Quantity.ofFrame(quantity, reached, frames.get(0), bathTemperature);
        return new Outcome(admits(x), quantity + " = " + number(x) + " at t = " + number(reached.time()) + "; " + claim());
    }

    private Outcome cycleOutcome(CycleRecord cycle) {
        double x = Quantity.ofCycle(quantity, cycle);
        return new Outcome(admits(x), quantity + " = " + number(x) + " in cycle " + (cycle.cycle() + 1) + "; " + claim());
    }

    /** "claim: below 1e-09", "claim: near 0.5 ± 1e-06, throughout". */
    public String claim() {
        String slack = tolerance > 0 ? (relation == Relation.NEAR ? " ± " : " (within ") + number(tolerance)
                + (relation == Relation.NEAR ? "" : ")") : "";
        return "claim: " + relation.word() + " " + number(value) + slack + (throughout ? ", throughout" : "");
    }

    /** Four significant digits, no trailing zeros: 0.0929, 1.028, 1e-9, 0. */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros();
        double size = Math.abs(x);
        if (size == 0 || size >= 1e-3 && size < 1e6) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace('E', 'e');
    }
}
