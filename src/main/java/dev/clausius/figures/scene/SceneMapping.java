package dev.clausius.figures.scene;


import dev.clausius.preset.Mode;
import dev.clausius.preset.Preset;
import dev.clausius.thermo.Frame;

import java.awt.Color;
import java.util.List;

/**
 * The one mapping of the scene from the frame's numbers to colours and sizes (docs/model.md, "The
 * scene"). Every size is a fraction of its element's full size, so the drawing can scale it to any
 * window or projector without changing what it says:
 * <ul>
 * <li>temperature to colour: ColorBrewer's RdYlBu scale (blue cold, red hot), linear in T between the
 * preset's two starting temperatures (T_A(0) and T_B(0); an engine's cold and hot bath), clamped at
 * both ends; a body has a colour only where its temperature is finite and positive;</li>
 * <li>heat current to arrow width: |dQ_A/dt| / J_full, where J_full is the largest |dQ_A/dt| of the
 * frames so far rounded up to 1, 2 or 5 times a power of ten;</li>
 * <li>I(A:B) to bond thickness: I_AB / I_full, I_full the same rounded maximum of I_AB so far;</li>
 * <li>entropies to bar lengths: S / S_full, S_full the rounded maximum of |S_A|, |S_A + S_B|,
 * |S_A + S_B + S_C| and |S_AB| so far.</li>
 * </ul>
 * A heat current or I(A:B) below {@link #ZERO} in magnitude is round-off and drawn as nothing.
 */
public final class SceneMapping {

    /** Magnitudes below this draw nothing: a product state's I_AB and dQ/dt are round-off there. */
    public static final double ZERO = 1e-12;

    /**
     * ColorBrewer RdYlBu, 11 classes (Brewer, colorbrewer2.org), reversed so that cold is blue and
     * hot is red: a diverging scale made of perceptually even steps that stays readable under the
     * common colour-vision deficiencies. Interpolated linearly between the classes.
     */
    static final Color[] SCALE = {
        new Color(0x31, 0x36, 0x95), new Color(0x45, 0x75, 0xB4), new Color(0x74, 0xAD, 0xD1),
        new Color(0xAB, 0xD9, 0xE9), new Color(0xE0, 0xF3, 0xF8), new Color(0xFF, 0xFF, 0xBF),
        new Color(0xFE, 0xE0, 0x90), new Color(0xFD, 0xAE, 0x61), new Color(0xF4, 0x6D, 0x43),
        new Color(0xD7, 0x30, 0x27), new Color(0xA5, 0x00, 0x26)};

    private final double coldest;
    private final double hottest;
    private final double heatFull;
    private final double informationFull;
    private final double entropyFull;
    private final boolean entropyNegative;

    SceneMapping(double coldest, double hottest, double heatFull, double informationFull, double entropyFull,
                 boolean entropyNegative) {
        this.coldest = coldest;
        this.hottest = hottest;
        this.heatFull = heatFull;
        this.informationFull = informationFull;
        this.entropyFull = entropyFull;
        this.entropyNegative = entropyNegative;
    }

    /** The mapping for {@code preset} with the scales of {@code frames} (every frame so far). */
    public static SceneMapping of(Preset preset, List<Frame> frames) {
        double[] range = temperatureRange(preset);
        double heat = 0;
        double information = 0;
        double entropy = 0;
        boolean negative = false;
        for (Frame frame : frames) {
            heat = maxAbs(heat, frame.heatRateA());
            information = maxAbs(information, frame.mutualInformation());
            for (double partial : EntropyBudget.of(frame).partialSums()) {
                entropy = maxAbs(entropy, partial);
                negative |= partial < -ZERO;
            }
        }
        return new SceneMapping(range[0], range[1], niceCeiling(heat), niceCeiling(information), niceCeiling(entropy),
                negative);
    }

    private static double maxAbs(double max, double value) {
        return Double.isFinite(value) ? Math.max(max, Math.abs(value)) : max;
    }

    /**
     * The ends of the colour scale: the preset's two starting temperatures (an engine's two baths),
     * lowest first. Equal temperatures T give [T/2, 2T]; an infinite one is drawn as twice the other
     * (at least 1); two zeros give [0, 1].
     */
    public static double[] temperatureRange(Preset preset) {
        double a;
        double b;
        if (preset.mode() == Mode.ENGINE) {
            a = preset.engine().cold().temperature();
            b = preset.engine().hot().temperature();
        } else {
            a = preset.temperatureA();
            b = preset.temperatureB();
        }
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        if (!Double.isFinite(lo)) {
            lo = 0;
        }
        if (!Double.isFinite(hi)) {
            hi = Math.max(2 * lo, 1);
        }
        if (hi <= lo) {
            return lo > 0 ? new double[] {lo / 2, 2 * lo} : new double[] {0, 1};
        }
        return new double[] {lo, hi};
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code x} (x > 0); 0 for x below {@link #ZERO}. */
    public static double niceCeiling(double x) {
        if (!(x >= ZERO)) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 2, 5, 10}) {
            // a hair of tolerance: 0.2 must not round up to 0.5 through 0.2000000000000001
            if (x <= step * power * (1 + 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Whether a body at {@code temperature} gets a colour: finite and positive (Eq. 17's T_gen can be neither). */
    public static boolean hasTemperature(double temperature) {
        return Double.isFinite(temperature) && temperature > 0;
    }

    public double coldest() {
        return coldest;
    }

    public double hottest() {
        return hottest;
    }

    /** The colour of {@code temperature}, clamped to the ends of the scale (call only where it has one). */
    public Color colour(double temperature) {
        double u = (temperature - coldest) / (hottest - coldest);
        return colourAt(Double.isNaN(u) ? 0 : Math.max(0, Math.min(1, u)));
    }

    /** The scale at position {@code u} in [0, 1] (the legend's colour bar). */
    static Color colourAt(double u) {
        double x = u * (SCALE.length - 1);
        int i = Math.min(SCALE.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = SCALE[i];
        Color b = SCALE[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** |dQ_A/dt| drawn at the arrow's full width; 0 while no heat has flowed. */
    public double heatFull() {
        return heatFull;
    }

    /** I(A:B) drawn at the bond's full thickness; 0 while A and B have had no correlation. */
    public double informationFull() {
        return informationFull;
    }

    /** The entropy drawn at the bar's full length (nats). */
    public double entropyFull() {
        return entropyFull;
    }

    /** Whether some partial sum of the budget went below zero: the bar then has room on both sides of 0. */
    public boolean entropyNegative() {
        return entropyNegative;
    }

    /** The arrow's width as a fraction of its full width: |dQ_A/dt| / J_full (0 for round-off or NaN). */
    public double arrowFraction(double heatRate) {
        return fraction(Math.abs(heatRate), heatFull);
    }

    /** The bond's thickness as a fraction of its full thickness: I_AB / I_full (0: no bond, also for NaN). */
    public double bondFraction(double information) {
        return fraction(information, informationFull);
    }

    private static double fraction(double value, double full) {
        if (!Double.isFinite(value) || Math.abs(value) < ZERO || full <= 0) {
            return 0;
        }
        return Math.min(1, value / full);
    }

    /** A signed entropy as a fraction of the bar's full length (0 for NaN). */
    public double entropyFraction(double entropy) {
        return Double.isFinite(entropy) && entropyFull > 0 ? entropy / entropyFull : 0;
    }

    /**
     * The entropies of one frame as the budget bar stacks them: S_A, then S_B, then S_C (paper
     * Eq. 16: S_A + S_B + S_C = S_AB), against S_AB alone. Missing parts (no B in open and engine
     * mode, no S_C in classical mode, where it is 0) are 0 and drawn as nothing.
     */
    public record EntropyBudget(double entropyA, double entropyB, double correlation, double entropyAB) {

        public static EntropyBudget of(Frame frame) {
            return new EntropyBudget(orZero(frame.entropyA()), orZero(frame.entropyB()),
                    orZero(frame.correlationEntropy()), orZero(frame.entropyAB()));
        }

        private static double orZero(double value) {
            return Double.isFinite(value) ? value : 0;
        }

        /** Where each stacked segment ends: S_A, S_A + S_B, S_A + S_B + S_C, and S_AB on its own row. */
        public double[] partialSums() {
            return new double[] {entropyA, entropyA + entropyB, entropyA + entropyB + correlation, entropyAB};
        }
    }
}
