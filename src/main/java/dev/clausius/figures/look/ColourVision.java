package dev.clausius.figures.look;

import java.awt.Color;

/**
 * How a colour looks to a dichromat, and how far apart two colours look: the check behind the
 * palette (docs/figures.md, "Colour-vision check").
 *
 * <p>Simulation: Machado, Oliveira &amp; Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6) 1291-1298: the pre-computed matrices
 * published with the paper (its supplementary table of matrices per severity) at severity 1.0,
 * i.e. protanopia, deuteranopia and tritanopia. They act on
 * linear RGB, so a colour is decoded from sRGB (IEC 61966-2-1), multiplied, clipped to [0, 1] and
 * encoded again.
 *
 * <p>Difference: CIEDE2000 (CIE 142-2001, as written out by Sharma, Wu &amp; Dalal 2005, Color Res.
 * Appl. 30, 21-30) in CIELAB under D65, the sRGB white. CIEDE2000 rather than CIE76 ΔE*ab because
 * CIE76 overstates differences between saturated colours (a blue and a violet of equal lightness
 * differ by tens of ΔE*ab yet look alike), and saturated colours are what a palette holds.
 */
public enum ColourVision {
    NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868},
            {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968},
            {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779},
            {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

    /** D65 white in XYZ (Y = 100), the reference white of sRGB. */
    private static final double[] WHITE = {95.047, 100.0, 108.883};

    private final double[][] matrix;

    ColourVision(double[][] matrix) {
        this.matrix = matrix;
    }

    /** The colour as this eye sees it, back in sRGB (alpha kept). */
    public Color simulate(Color colour) {
        double[] linear = {decode(colour.getRed()), decode(colour.getGreen()), decode(colour.getBlue())};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = matrix[i][0] * linear[0] + matrix[i][1] * linear[1] + matrix[i][2] * linear[2];
            out[i] = encode(Math.min(1, Math.max(0, v)));
        }
        return new Color(out[0], out[1], out[2], colour.getAlpha());
    }

    /** The CIEDE2000 difference between two colours as this eye sees them. */
    public double difference(Color a, Color b) {
        return deltaE2000(lab(simulate(a)), lab(simulate(b)));
    }

    /** sRGB 0..255 to linear 0..1. */
    static double decode(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Linear 0..1 to sRGB 0..255. */
    static int encode(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(c * 255);
    }

    /** CIELAB (D65) of an sRGB colour: L*, a*, b*. */
    public static double[] lab(Color colour) {
        double r = decode(colour.getRed());
        double g = decode(colour.getGreen());
        double b = decode(colour.getBlue());
        // sRGB primaries to XYZ (IEC 61966-2-1), scaled to Y = 100 for white
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) * 100;
        double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) * 100;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) * 100;
        double fx = labF(x / WHITE[0]);
        double fy = labF(y / WHITE[1]);
        double fz = labF(z / WHITE[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double labF(double t) {
        double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    }

    /** CIEDE2000 ΔE00 between two CIELAB colours (kL = kC = kH = 1), Sharma et al. (2005) Eqs. 1-22. */
    public static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double l2 = lab2[0];
        double cAb = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double c7 = Math.pow(cAb, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hueDegrees(a1, lab1[2]);
        double h2 = hueDegrees(a2, lab2[2]);

        double dL = l2 - l1;
        double dC = c2 - c1;
        double dh;
        if (c1 * c2 == 0) {
            dh = 0;
        } else if (Math.abs(h2 - h1) <= 180) {
            dh = h2 - h1;
        } else {
            dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        }
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));

        double lMean = (l1 + l2) / 2;
        double cMean = (c1 + c2) / 2;
        double hMean;
        if (c1 * c2 == 0) {
            hMean = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hMean = (h1 + h2) / 2;
        } else {
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cMean7 = Math.pow(cMean, 7);
        double rc = 2 * Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * (lMean - 50) * (lMean - 50) / Math.sqrt(20 + (lMean - 50) * (lMean - 50));
        double sc = 1 + 0.045 * cMean;
        double sh = 1 + 0.015 * cMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double termL = dL / sl;
        double termC = dC / sc;
        double termH = dH / sh;
        return Math.sqrt(termL * termL + termC * termC + termH * termH + rt * termC * termH);
    }

    private static double hueDegrees(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
